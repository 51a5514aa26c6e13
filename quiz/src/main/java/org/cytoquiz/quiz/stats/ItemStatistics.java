package org.cytoquiz.quiz.stats;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How one question performed over the attempts that held it, with Moodle's definitions; every figure is a
 * percentage, and a figure that cannot be worked out (no attempts, or marks that do not vary) is empty.
 *
 * @param questionId the question
 * @param attempts how many submitted attempts held it
 * @param facility the mean mark's place in the question's range of marks (0 at the least possible mark, 100 at
 *     the most): higher is easier; empty without attempts
 * @param standardDeviation the sample standard deviation of the marks, as a share of the range; empty below two
 *     attempts
 * @param discriminationIndex the correlation between this question's mark and the rest of the attempt's marks;
 *     empty below two attempts or when either varies not at all
 * @param discriminativeEfficiency the discrimination relative to the largest the two mark distributions allow;
 *     empty when that largest is 0
 * @param choices how often each option was picked (choice questions), by option id
 * @param unanswered how many attempts left the question unanswered
 */
public record ItemStatistics(
    String questionId,
    int attempts,
    OptionalDouble facility,
    OptionalDouble standardDeviation,
    OptionalDouble discriminationIndex,
    OptionalDouble discriminativeEfficiency,
    Map<String, Integer> choices,
    int unanswered) {

  /** The fewest attempts on which a question is judged at all. */
  public static final int ATTEMPTS_TO_JUDGE = 2;

  /** Copies the choice counts. */
  public ItemStatistics {
    choices = ImmutableMap.copyOf(choices);
  }

  /**
   * Whether the question looks weak: too easy or too hard (facility outside 10-90 %), or discriminating poorly
   * (index below 20 %), the usual thresholds for reviewing an item. Only figures that could be worked out count,
   * and only once {@value #ATTEMPTS_TO_JUDGE} attempts held the question: no data never makes a question weak.
   */
  public boolean weak() {
    if (attempts < ATTEMPTS_TO_JUDGE) {
      return false;
    }
    boolean extreme = facility.isPresent() && (facility.getAsDouble() < 10 || facility.getAsDouble() > 90);
    boolean flat = discriminationIndex.isPresent() && discriminationIndex.getAsDouble() < 20;
    return extreme || flat;
  }
}
