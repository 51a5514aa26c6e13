package org.cytoquiz.quiz.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.cytoquiz.teaching.Marking;

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

  /**
   * The least one answer to {@code question} can earn under this policy: −6 under certainty-based marking (wrong
   * at certainty 3), below 0 under negative marking for a question that picks one option (the worst option's
   * fraction), 0 otherwise. An unanswered question earns 0, which is never below this.
   */
  public double minPoints(org.cytoquiz.quiz.question.Question question) {
    if (certaintyBased) {
      return CertaintyMarks.WRONG[3];
    }
    double least = 0;
    for (org.cytoquiz.quiz.question.Option option : question.options()) {
      org.cytoquiz.quiz.question.Response pick = new org.cytoquiz.quiz.question.Response.Choice(List.of(option.id()));
      least = Math.min(least, question.fraction(pick, marking));
    }
    return least;
  }
}
