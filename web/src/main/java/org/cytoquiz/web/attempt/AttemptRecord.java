package org.cytoquiz.web.attempt;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Everything stored about one attempt, read together: the attempt, its saved answers (in the order first saved)
 * and, once submitted, its stored marks in form order.
 *
 * @param attempt the attempt
 * @param answers its saved answers
 * @param marks its marks stored at submit; empty while open (and for attempts submitted before marks were stored)
 */
public record AttemptRecord(StoredAttempt attempt, List<StoredAnswer> answers, List<StoredMark> marks) {

  public AttemptRecord {
    java.util.Objects.requireNonNull(attempt, "attempt");
    answers = ImmutableList.copyOf(answers);
    marks = ImmutableList.copyOf(marks);
  }
}
