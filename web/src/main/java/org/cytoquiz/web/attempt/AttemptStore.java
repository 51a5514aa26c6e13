package org.cytoquiz.web.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where attempts and their answers are kept. Every write is committed before the method returns, so once
 * the server has said "saved" the answer survives a crash or restart.
 */
public interface AttemptStore {

  /** Stores a new, open attempt. */
  void create(StoredAttempt attempt);

  /** The attempt with this id, if there is one. */
  Optional<StoredAttempt> find(String attemptId);

  /**
   * Saves the answer to one question of an open attempt, replacing an earlier one and counting it as another
   * try. Saving the same answer again (a double click, a retried request) changes nothing.
   *
   * @return the answer as now stored
   * @throws AttemptClosedException if the attempt has been submitted
   * @throws java.util.NoSuchElementException if there is no such attempt
   */
  StoredAnswer saveAnswer(String attemptId, String questionId, String response, java.util.OptionalInt certainty,
      Instant at);

  /** The saved answers of an attempt, in the order they were first saved. */
  List<StoredAnswer> answers(String attemptId);

  /** Moves an open attempt's current question; a submitted attempt is left as it is. */
  void move(String attemptId, int position, Instant at);

  /**
   * Marks an open attempt as submitted with its result.
   *
   * @return false if it was already submitted (nothing changes then)
   */
  boolean submit(String attemptId, StoredResult result);

  /** Attempts matching the filter, newest first. */
  List<StoredAttempt> list(AttemptFilter filter);

  /** Records an instructor session until {@code expires}. */
  void createSession(String tokenHash, Instant created, Instant expires);

  /** Whether the session is known and not expired at {@code now}. */
  boolean sessionValid(String tokenHash, Instant now);

  /** Ends a session. */
  void deleteSession(String tokenHash);

  /**
   * Every submitted attempt at {@code quizId} with its answers, newest first. Stores read them in one query; this
   * default reads each attempt's answers apart.
   */
  default List<SubmittedAttempt> submitted(String quizId) {
    return list(new AttemptFilter(Optional.of(quizId), Optional.empty(), Optional.empty(), Optional.empty(),
        Integer.MAX_VALUE)).stream().filter(StoredAttempt::submitted)
        .map(a -> new SubmittedAttempt(a, answers(a.id()))).toList();
  }
}
