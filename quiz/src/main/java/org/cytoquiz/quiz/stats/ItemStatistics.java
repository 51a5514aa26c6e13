package org.cytoquiz.quiz.stats;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * How one question performed over a set of attempts, with Moodle's definitions; every figure is a
 * percentage.
 *
 * @param questionId the question
 * @param attempts how many attempts included it
 * @param facility the mean mark as a share of the question's maximum: higher is easier
 * @param standardDeviation the sample standard deviation of the marks, as a share of the maximum
 * @param discriminationIndex the correlation between this question's mark and the rest of the test
 * @param discriminativeEfficiency the discrimination index relative to the largest the mark distributions allow
 * @param choices how often each option was picked (choice questions), by option id
 * @param unanswered how many attempts left the question unanswered
 */
public record ItemStatistics(
    String questionId,
    int attempts,
    double facility,
    OptionalDouble standardDeviation,
    OptionalDouble discriminationIndex,
    OptionalDouble discriminativeEfficiency,
    Map<String, Integer> choices,
    int unanswered) {

  public ItemStatistics {
    choices = ImmutableMap.copyOf(choices);
  }

  /**
   * Whether the question looks weak: too easy or too hard (facility outside 10-90 %), or discriminating
   * poorly (index below 20 %), the usual thresholds for reviewing an item.
   */
  public boolean weak() {
    return facility < 10 || facility > 90
        || (discriminationIndex.isPresent() && discriminationIndex.getAsDouble() < 20);
  }
}
