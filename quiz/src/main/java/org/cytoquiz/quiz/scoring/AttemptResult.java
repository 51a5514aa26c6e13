package org.cytoquiz.quiz.scoring;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The marks of one submitted attempt.
 *
 * @param questions each question's result, in quiz order
 * @param points the total earned (may be negative under negative or certainty-based marking)
 * @param maxPoints the most the quiz could earn
 * @param passMark the percentage needed to pass, if the quiz has one
 */
public record AttemptResult(List<QuestionResult> questions, double points, double maxPoints, OptionalInt passMark) {

  public AttemptResult {
    questions = ImmutableList.copyOf(questions);
  }

  /** The score as a percentage of the maximum, floored at 0 and rounded to two decimals. */
  public double percent() {
    if (maxPoints <= 0) {
      return 0;
    }
    return Math.round(Math.max(0, points) / maxPoints * 10000) / 100.0;
  }

  /** Whether the attempt reaches the pass mark; an attempt at a quiz without one never fails. */
  public boolean passed() {
    return passMark.isEmpty() || percent() >= passMark.getAsInt();
  }
}
