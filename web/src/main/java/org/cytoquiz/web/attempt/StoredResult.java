package org.cytoquiz.web.attempt;

import java.time.Instant;

/**
 * The result of a submitted attempt.
 *
 * @param score the points earned
 * @param maxScore the most that could be earned
 * @param percent the score as a percentage
 * @param passed whether it reached the pass mark (always true for quizzes without one)
 * @param submitted when it was submitted
 */
public record StoredResult(double score, double maxScore, double percent, boolean passed, Instant submitted) {}
