/**
 * The fixed phrases of quizzes (stems such as "True or false?", verdicts, connectors) as message bundles keyed
 * by audience and language, so that a new language is a new properties file and no code; see
 * {@link org.cytoquiz.quiz.wording.Phrases} and {@code docs/wordings.md}.
 *
 * <p>All types are immutable and safe to share between threads. Null arguments throw
 * {@link java.lang.NullPointerException} naming the parameter.
 */
package org.cytoquiz.quiz.wording;
