/**
 * Item statistics over submitted attempts: facility, discrimination, distractor use per question, and the
 * quiz's mean, spread and reliability ({@link org.cytoquiz.quiz.stats.QuizStatistics}). Figures that cannot be
 * worked out are empty, never 0.
 *
 * <p>All types are immutable and safe to share between threads; computing statistics is a pure function of the
 * attempts given.
 */
package org.cytoquiz.quiz.stats;
