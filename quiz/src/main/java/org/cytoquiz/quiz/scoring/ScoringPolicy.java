package org.cytoquiz.quiz.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.teaching.Marking;

/**
 * How answers become marks: the marking rule, whether certainty counts, and the penalty for each extra try.
 *
 * @param marking all-or-nothing, partial credit, every decision counts, or negative marking
 * @param certaintyBased whether the learner's certainty (1, 2 or 3) scales the mark: right earns 1, 2 or 3;
 *     wrong earns 0, -2 or -6
 * @param penaltyPerExtraTry in interactive mode, the share of the mark lost for each try after the first
 */
public record ScoringPolicy(Marking marking, boolean certaintyBased, double penaltyPerExtraTry) {

  public ScoringPolicy {
    checkNotNull(marking, "marking");
    checkArgument(penaltyPerExtraTry >= 0 && penaltyPerExtraTry <= 1, "penalty %s", penaltyPerExtraTry);
  }

  /** Plain marking by {@code marking}: one try, no certainty. */
  public static ScoringPolicy of(Marking marking) {
    return new ScoringPolicy(marking, false, 0);
  }

  /** This policy with certainty-based marking. */
  public ScoringPolicy withCertainty() {
    return new ScoringPolicy(marking, true, penaltyPerExtraTry);
  }

  /** This policy in interactive mode, losing {@code penalty} of the mark for each extra try. */
  public ScoringPolicy interactive(double penalty) {
    return new ScoringPolicy(marking, certaintyBased, penalty);
  }

  /** The most one question can earn under this policy. */
  public double maxPoints() {
    return certaintyBased ? CertaintyMarks.RIGHT[3] : 1;
  }
}
