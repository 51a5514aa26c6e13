package org.cytoquiz.quiz.stats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.cytoquiz.quiz.question.Response;

/**
 * One question's mark in one submitted attempt, with the range of marks the question could give under the
 * attempt's marking (for example −6 to 3 under certainty-based marking, −1/3 to 1 for a four-option single
 * choice under negative marking).
 *
 * @param questionId the question
 * @param mark the marks given, between {@code minMark} and {@code maxMark}
 * @param minMark the least the question could give (0 or below)
 * @param maxMark the most the question could give, above {@code minMark}
 * @param response the response given, or empty when the question was left unanswered
 */
public record ItemMark(String questionId, double mark, double minMark, double maxMark, Optional<Response> response) {

  private static final double SLACK = 1e-9;

  /**
   * Checks the mark against its range.
   *
   * @throws IllegalArgumentException if the range is empty or the mark lies outside it, naming the question
   */
  public ItemMark {
    checkNotNull(questionId, "questionId");
    checkNotNull(response, "response");
    checkArgument(Double.isFinite(mark) && Double.isFinite(minMark) && Double.isFinite(maxMark),
        "question %s: mark %s and range %s..%s must be finite numbers", questionId, mark, minMark, maxMark);
    checkArgument(maxMark > minMark, "question %s: the most it can give (%s) must exceed the least (%s)",
        questionId, maxMark, minMark);
    checkArgument(mark >= minMark - SLACK && mark <= maxMark + SLACK,
        "question %s: mark %s lies outside its range %s..%s", questionId, mark, minMark, maxMark);
  }

  /** Where the mark lies in the question's range: 0 at the least, 1 at the most. */
  public double position() {
    return Math.max(0, Math.min(1, (mark - minMark) / (maxMark - minMark)));
  }
}
