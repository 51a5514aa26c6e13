package org.cytoquiz.web.attempt;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cytoquiz.web.xapi.XapiStatement;

/**
 * One command's changes to one attempt, written in one transaction if and only if the attempt is still at
 * {@code expectedVersion} (compare-and-set).
 *
 * @param attemptId the attempt
 * @param expectedVersion the version the changes were computed from
 * @param position the new current question
 * @param updated when the change happened
 * @param answers answers to insert or replace
 * @param result the result, when the command submitted the attempt
 * @param marks the marks stored at submit, in form order (only with a result)
 * @param statements the xAPI statements reporting the change, for the outbox (of this attempt only)
 */
public record AttemptUpdate(String attemptId, long expectedVersion, int position, Instant updated,
    List<StoredAnswer> answers, Optional<StoredResult> result, List<StoredMark> marks,
    List<XapiStatement> statements) {

  public AttemptUpdate {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(updated, "updated");
    answers = ImmutableList.copyOf(answers);
    Objects.requireNonNull(result, "result");
    marks = ImmutableList.copyOf(marks);
    if (result.isEmpty() && !marks.isEmpty()) {
      throw new IllegalArgumentException("marks are stored only with the result of a submit");
    }
    statements = ImmutableList.copyOf(statements);
    for (XapiStatement statement : statements) {
      if (!statement.attemptId().equals(attemptId)) {
        throw new IllegalArgumentException("statement " + statement.id() + " reports attempt "
            + statement.attemptId() + ", not " + attemptId);
      }
    }
  }

  /** An update without learning records. */
  public AttemptUpdate(String attemptId, long expectedVersion, int position, Instant updated,
      List<StoredAnswer> answers, Optional<StoredResult> result, List<StoredMark> marks) {
    this(attemptId, expectedVersion, position, updated, answers, result, marks, List.of());
  }
}
