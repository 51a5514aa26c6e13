package org.cytoquiz.web.attempt;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of a submitted attempt, as stored at submit.
 *
 * @param score the points earned
 * @param maxScore the most that could be earned
 * @param percent the score as a percentage
 * @param passed whether it reached the pass mark (always true for quizzes without one)
 * @param submitted when it was submitted
 * @param marking the marking policy it was marked under (see {@link StoredMark#policyKey}), empty for attempts
 *     submitted before marks were stored
 * @param passMark the pass mark it was judged against, if the quiz had one
 */
public record StoredResult(double score, double maxScore, double percent, boolean passed, Instant submitted,
    Optional<String> marking, OptionalInt passMark) {

  public StoredResult {
    requireNonNull(submitted, "submitted");
    requireNonNull(marking, "marking");
    requireNonNull(passMark, "passMark");
  }

  /** A result without a recorded policy or pass mark. */
  public StoredResult(double score, double maxScore, double percent, boolean passed, Instant submitted) {
    this(score, maxScore, percent, passed, submitted, Optional.empty(), OptionalInt.empty());
  }
}
