/**
 * The teaching material a course builds on its medical model: {@link org.cytoquiz.teaching.Topic}s, question
 * templates per relation, hand-written questions whose options rest on typed statements, and quiz presets
 * (audience, size, kinds, topics, marking, feedback). The quiz engine ({@code cytoquiz-quiz}) reads it.
 *
 * <p>A {@link org.cytoquiz.teaching.Curriculum} holds a {@link org.cytoquiz.core.KnowledgeBase} with its
 * {@link org.cytoquiz.teaching.Teaching}; {@link org.cytoquiz.teaching.TeachingCheck} checks the material against
 * the model (references to relations, entities and topics, the truth of authored options, unique ids), the quiz
 * rules the model itself does not know.
 *
 * <p>All types are immutable and safe to share between threads; null arguments throw
 * {@link java.lang.NullPointerException} and out-of-range values {@link java.lang.IllegalArgumentException}; a
 * look-up that must find something throws {@link org.cytoquiz.core.UnknownEntityException} naming what is known.
 */
package org.cytoquiz.teaching;
