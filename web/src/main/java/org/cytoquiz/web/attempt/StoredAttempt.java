package org.cytoquiz.web.attempt;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * An attempt as stored: which quiz, drawn with which seed, by whom, how far it got, and its result once
 * submitted.
 *
 * @param id the unguessable attempt id
 * @param tokenHash the SHA-256 of the learner's bearer token (the token itself is never stored)
 * @param quizId the quiz preset
 * @param seed the seed the attempt's form was drawn with
 * @param fingerprint the version of the form the attempt began on, to notice content that changed under it
 * @param learner the learner's name or staff id, if given
 * @param position the index of the current question
 * @param created when it was started
 * @param updated when it last changed
 * @param result the result, once submitted
 * @param version the optimistic version: every write compares it and adds one, so no two writes interleave
 */
public record StoredAttempt(
    String id, String tokenHash, String quizId, long seed, String fingerprint, Optional<String> learner,
    int position, Instant created, Instant updated, Optional<StoredResult> result, long version) {

  public StoredAttempt {
    requireNonNull(id, "id");
    requireNonNull(tokenHash, "tokenHash");
    requireNonNull(quizId, "quizId");
    requireNonNull(fingerprint, "fingerprint");
    requireNonNull(learner, "learner");
    requireNonNull(created, "created");
    requireNonNull(updated, "updated");
    requireNonNull(result, "result");
  }

  /** A new attempt's record, at version 0. */
  public StoredAttempt(String id, String tokenHash, String quizId, long seed, String fingerprint,
      Optional<String> learner, int position, Instant created, Instant updated, Optional<StoredResult> result) {
    this(id, tokenHash, quizId, seed, fingerprint, learner, position, created, updated, result, 0);
  }

  /** Whether the attempt has been submitted and can no longer change. */
  public boolean submitted() {
    return result.isPresent();
  }
}
