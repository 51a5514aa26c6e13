/**
 * Item-writing rules a program can judge (convergence, key words in the stem, option length outliers, mixed
 * option forms, absolute terms): {@link org.cytoquiz.quiz.lint.ItemLint} checks questions and returns
 * {@link org.cytoquiz.quiz.lint.Finding}s.
 *
 * <p>Checking is a pure function of the questions given; every type is immutable and safe to share between threads.
 */
package org.cytoquiz.quiz.lint;
