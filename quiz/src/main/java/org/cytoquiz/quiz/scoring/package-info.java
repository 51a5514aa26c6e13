/**
 * Marking: a {@link org.cytoquiz.quiz.scoring.ScoringPolicy} (all or nothing, partial credit, negative or
 * certainty-based marking, pass mark) turns a learner's answers into {@link org.cytoquiz.quiz.scoring.Mark}s and
 * an {@link org.cytoquiz.quiz.scoring.AttemptResult}; {@link org.cytoquiz.quiz.scoring.Grading} combines attempts.
 *
 * <p>All types are immutable and safe to share between threads; scoring is a pure function of its arguments.
 */
package org.cytoquiz.quiz.scoring;
