/**
 * Turning a knowledge base into questions and quizzes: {@link org.cytoquiz.quiz.generate.ItemBank} holds every
 * question the content yields for one audience, {@link org.cytoquiz.quiz.generate.QuizSpec} says what quiz to draw,
 * and {@link org.cytoquiz.quiz.generate.QuizAssembler} draws it. The same content, spec and seed always give the
 * same quiz.
 *
 * <p>Banks, specs and quizzes are immutable (every collection handed out is unmodifiable) and safe to share
 * between threads. A spec the content cannot meet throws {@link java.lang.IllegalArgumentException} or
 * {@link org.cytoquiz.quiz.generate.BlueprintShortfallException} saying what is short.
 */
package org.cytoquiz.quiz.generate;
