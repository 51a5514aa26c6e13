package org.cytoquiz.web.attempt;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The marks one submitted attempt got, stored at submit, as statistics read them.
 *
 * @param attemptId the attempt
 * @param marking the marking policy it was marked under (see {@link StoredMark#policyKey}), empty if none was
 *     recorded
 * @param marks each question's stored mark, in form order
 */
public record SubmittedMarks(String attemptId, Optional<String> marking, List<StoredMark> marks) {

  /** Copies the marks. */
  public SubmittedMarks {
    requireNonNull(attemptId, "attemptId");
    requireNonNull(marking, "marking");
    marks = List.copyOf(marks);
  }
}
