/**
 * Questions as values: a sealed {@link org.cytoquiz.quiz.question.Question} with one record per kind (single
 * choice, multiple response, true/false, matching, text entry, scenario), each with its options, key, feedback
 * that cites the article, and its own scoring of a {@link org.cytoquiz.quiz.question.Response}.
 *
 * <p>All types are immutable and safe to share between threads. Null arguments throw
 * {@link java.lang.NullPointerException} naming the parameter; a response that does not fit its question throws
 * {@link org.cytoquiz.quiz.question.InvalidResponseException}.
 */
package org.cytoquiz.quiz.question;
