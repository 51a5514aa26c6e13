package org.cytoquiz.quiz.scoring;

/**
 * What one answer earned.
 *
 * @param points the marks earned; negative under negative or certainty-based marking
 * @param maxPoints the most the question could earn under the policy
 * @param fraction how right the response was, before certainty and tries: 1 fully right, 0 wrong, below 0
 *     under negative marking
 */
public record Mark(double points, double maxPoints, double fraction) {

  /** Whether the response was fully right. */
  public boolean right() {
    return fraction >= 1 - 1e-9;
  }

  /**
   * Scores a raw fraction under {@code policy}.
   *
   * @throws org.cytoquiz.quiz.question.InvalidResponseException if the policy needs a certainty the answer
   *     lacks, or the certainty is not 1, 2 or 3
   */
  public static Mark of(double fraction, Answer answer, ScoringPolicy policy) {
    double earned = fraction;
    if (answer.tries() > 1 && earned > 0) {
      earned = Math.max(0, earned - policy.penaltyPerExtraTry() * (answer.tries() - 1));
    }
    if (!policy.certaintyBased()) {
      return new Mark(earned, 1, fraction);
    }
    if (answer.certainty().isEmpty()) {
      throw new org.cytoquiz.quiz.question.InvalidResponseException(
          "this quiz uses certainty-based marking: give a certainty of 1, 2 or 3");
    }
    int c = answer.certainty().getAsInt();
    if (c < 1 || c > 3) {
      throw new org.cytoquiz.quiz.question.InvalidResponseException("certainty " + c + " is not 1, 2 or 3");
    }
    double f = Math.max(0, earned);
    return new Mark(f * CertaintyMarks.RIGHT[c] + (1 - f) * CertaintyMarks.WRONG[c], policy.maxPoints(), fraction);
  }
}
