package org.cytoquiz.web.attempt;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A submitted attempt with its saved answers, as statistics read them.
 *
 * @param attempt the stored attempt
 * @param answers its saved answers, in the order they were first saved
 */
public record SubmittedAttempt(StoredAttempt attempt, List<StoredAnswer> answers) {

  /** Copies the answers. */
  public SubmittedAttempt {
    requireNonNull(attempt, "attempt");
    answers = List.copyOf(answers);
  }
}
