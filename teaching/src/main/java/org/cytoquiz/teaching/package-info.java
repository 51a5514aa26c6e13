/**
 * The teaching material a course carries beside its facts: {@link org.cytoquiz.teaching.Topic}s, question
 * templates per relation, hand-written questions whose options rest on typed statements, and quiz presets
 * (audience, size, kinds, topics, marking, feedback). The quiz engine ({@code cytoquiz-quiz}) reads it.
 *
 * <p>All types are immutable and safe to share between threads; null arguments throw
 * {@link java.lang.NullPointerException} and out-of-range values {@link java.lang.IllegalArgumentException}.
 */
package org.cytoquiz.teaching;
