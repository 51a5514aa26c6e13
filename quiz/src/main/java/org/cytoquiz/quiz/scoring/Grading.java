package org.cytoquiz.quiz.scoring;

import java.util.List;
import java.util.OptionalDouble;

/** How several attempts at one quiz make one grade, as Moodle offers. */
public enum Grading {
  /** The best attempt counts. */
  HIGHEST,
  /** The mean of all attempts counts. */
  AVERAGE,
  /** The first attempt counts. */
  FIRST,
  /** The latest attempt counts. */
  LAST;

  /** The grade, as a percentage, of {@code attempts} in the order they were made; empty if there are none. */
  public OptionalDouble grade(List<AttemptResult> attempts) {
    if (attempts.isEmpty()) {
      return OptionalDouble.empty();
    }
    return switch (this) {
      case HIGHEST -> attempts.stream().mapToDouble(AttemptResult::percent).max();
      case AVERAGE -> OptionalDouble.of(
          Math.round(attempts.stream().mapToDouble(AttemptResult::percent).average().orElseThrow() * 100) / 100.0);
      case FIRST -> OptionalDouble.of(attempts.get(0).percent());
      case LAST -> OptionalDouble.of(attempts.get(attempts.size() - 1).percent());
    };
  }
}
