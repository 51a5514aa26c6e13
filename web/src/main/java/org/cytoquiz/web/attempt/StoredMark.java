package org.cytoquiz.web.attempt;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.quiz.scoring.ScoringPolicy;

/**
 * The mark one question of a submitted attempt got, stored at submit: the one source of every results view.
 *
 * @param number the question's position on the attempt's form, from 1
 * @param questionId the question
 * @param response the response as JSON, empty when unanswered
 * @param certainty the certainty given, where the quiz asked for one
 * @param points the marks earned
 * @param maxPoints the most the question could earn
 * @param fraction how right the response was, before certainty
 * @param review the question as the learner saw it and its marked feedback, as JSON (see
 *     {@link ReviewSnapshot}), so the result survives a change of content
 */
public record StoredMark(int number, String questionId, Optional<String> response, OptionalInt certainty,
    double points, double maxPoints, double fraction, String review) {

  public StoredMark {
    requireNonNull(questionId, "questionId");
    requireNonNull(response, "response");
    requireNonNull(certainty, "certainty");
    requireNonNull(review, "review");
  }

  /** How a policy is recorded: its marking rule's key, with "+certainty" when certainty counts. */
  public static String policyKey(ScoringPolicy policy) {
    return org.cytoquiz.teaching.Keyed.key(policy.marking()) + (policy.certaintyBased() ? "+certainty" : "");
  }

  /**
   * The policy a {@link #policyKey} records (the penalty per extra try is not recorded and reads as 0), or empty
   * if {@code key} names no marking rule.
   */
  public static Optional<ScoringPolicy> policy(String key) {
    String suffix = "+certainty";
    boolean certainty = key.endsWith(suffix);
    String marking = certainty ? key.substring(0, key.length() - suffix.length()) : key;
    return org.cytoquiz.teaching.Keyed.fromKey(org.cytoquiz.teaching.Marking.class, marking)
        .map(m -> certainty ? ScoringPolicy.of(m).withCertainty() : ScoringPolicy.of(m));
  }
}
