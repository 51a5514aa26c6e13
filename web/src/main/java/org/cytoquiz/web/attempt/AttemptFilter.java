package org.cytoquiz.web.attempt;

import java.time.Instant;
import java.util.Optional;

/**
 * Which attempts an instructor wants to see.
 *
 * @param quizId only this quiz
 * @param from only attempts started at or after this time
 * @param to only attempts started before this time
 * @param passed only passed (true) or failed (false) submitted attempts
 * @param limit at most this many
 */
public record AttemptFilter(
    Optional<String> quizId, Optional<Instant> from, Optional<Instant> to, Optional<Boolean> passed, int limit) {

  /** Every attempt, up to {@code limit}. */
  public static AttemptFilter all(int limit) {
    return new AttemptFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }
}
