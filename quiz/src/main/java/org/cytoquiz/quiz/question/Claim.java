package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.entity.EntityId;

/**
 * A fact a question tests or an answer asserts, as typed values rather than text: subject, relation, object,
 * and whether the link holds. Anyone can judge a claim against the model without parsing words.
 *
 * <p>A definition question's claims use the relation {@link #MEANS}: the term {@code subject} means what the
 * definition of {@code object} says, which is true exactly when the two are the same entity.
 *
 * @param subject the entity the claim is about
 * @param relation the relation's id, or {@link #MEANS}
 * @param object the entity on the other side
 * @param holds true when the claim asserts the link, false when it asserts that the link does not hold
 */
public record Claim(EntityId subject, String relation, EntityId object, boolean holds) {

  /** The relation of a definition claim: "the term {subject} means what {object}'s definition says". */
  public static final String MEANS = "means";

  public Claim {
    checkNotNull(subject, "subject");
    checkNotNull(relation, "relation");
    checkArgument(!relation.isBlank(), "claim about %s has a blank relation", subject);
    checkNotNull(object, "object");
  }

  /** The claim that {@code subject relation object} holds. */
  public static Claim of(EntityId subject, String relation, EntityId object) {
    return new Claim(subject, relation, object, true);
  }

  /** The claim that the term {@code term} means what {@code meaning}'s definition says. */
  public static Claim meaning(EntityId term, EntityId meaning) {
    return new Claim(term, MEANS, meaning, true);
  }

  /** The same link, asserted the other way (holding when this one denies it, and the reverse). */
  public Claim negated() {
    return new Claim(subject, relation, object, !holds);
  }

  /** The same link, asserted to hold: what two claims about one fact have in common. */
  public Claim asserted() {
    return holds ? this : negated();
  }

  /** Whether this is a definition claim ({@link #MEANS}). */
  public boolean definition() {
    return relation.equals(MEANS);
  }

  /** A compact form for messages: {@code high-dose-il2 must-be-given-in hospital}, with NOT when denied. */
  @Override
  public String toString() {
    return subject + (holds ? " " : " NOT ") + relation + " " + object;
  }
}
