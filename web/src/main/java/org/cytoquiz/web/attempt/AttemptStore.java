package org.cytoquiz.web.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.web.xapi.XapiStatement;

/**
 * Where attempts and their answers are kept. Every write is committed before the method returns, so once
 * the server has said "saved" the answer survives a crash or restart; every write to an attempt is a
 * compare-and-set on its version, so concurrent commands on one attempt behave as if run one at a time.
 */
public interface AttemptStore {

  /** Stores a new, open attempt (with no learning records and no resume code). */
  default void create(StoredAttempt attempt) {
    create(attempt, List.of(), Optional.empty());
  }

  /** Stores a new, open attempt and the xAPI statements reporting its start, in one transaction. */
  default void create(StoredAttempt attempt, List<XapiStatement> statements) {
    create(attempt, statements, Optional.empty());
  }

  /** Stores a new, open attempt and the hash of its resume code, in one transaction. */
  default void create(StoredAttempt attempt, Optional<String> resumeCodeHash) {
    create(attempt, List.of(), resumeCodeHash);
  }

  /**
   * Stores a new, open attempt, the xAPI statements reporting its start, and the hash of its resume code (see
   * {@link ResumeCode}) if given, in one transaction.
   *
   * @param statements statements of this attempt, for the outbox
   * @throws IllegalArgumentException if a statement reports another attempt
   */
  void create(StoredAttempt attempt, List<XapiStatement> statements, Optional<String> resumeCodeHash);

  /** The xAPI statements of an attempt, in the order they were made, delivered or not; empty for none. */
  List<XapiStatement> statements(String attemptId);

  /** Whether some attempt already has the resume code with this hash. */
  boolean resumeCodeTaken(String resumeCodeHash);

  /** The id of the attempt whose resume code has this hash, if that attempt exists. */
  Optional<String> attemptOfResumeCode(String resumeCodeHash);

  /** The attempt with this id, if there is one (without its answers). */
  Optional<StoredAttempt> find(String attemptId);

  /** The attempt with this id, its answers and its stored marks, read together, if there is one. */
  Optional<AttemptRecord> load(String attemptId);

  /** The saved answers of an attempt, in the order they were first saved. */
  List<StoredAnswer> answers(String attemptId);

  /**
   * Writes one command's changes in one transaction if the attempt is still at the expected version, and moves
   * it to the next version. The update's xAPI statements go into the outbox in the same transaction, so they are
   * stored exactly when the change is.
   *
   * @return false, writing nothing, if another write got there first (the caller reloads and tries again)
   */
  boolean update(AttemptUpdate update);

  /** Attempts matching the filter, newest first. */
  List<StoredAttempt> list(AttemptFilter filter);

  /**
   * The stored marks of every submitted attempt at a quiz, with the marking policy each was marked under, oldest
   * attempt first, each attempt's marks in form order: one query. Attempts submitted before marks were stored
   * have none and are not listed.
   */
  List<SubmittedMarks> marks(String quizId);

  /** Records an instructor session until {@code expires}. */
  void createSession(String tokenHash, Instant created, Instant expires);

  /** Whether the session is known and not expired at {@code now}. */
  boolean sessionValid(String tokenHash, Instant now);

  /** Ends a session. */
  void deleteSession(String tokenHash);
}
