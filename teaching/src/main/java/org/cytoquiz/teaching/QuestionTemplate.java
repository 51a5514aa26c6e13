package org.cytoquiz.teaching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.fact.Relation;

/**
 * How to ask about one relation: which topic it belongs to, how hard its questions are, who they suit, and
 * the question stems in both wordings.
 *
 * @param relation the relation's id
 * @param topic the topic's id
 * @param difficulty the difficulty of questions that pick the right entity
 * @param audiences who these questions suit
 * @param askSubject a stem asking for the subject, with {@value Relation#OBJECT} in it, such as "Which
 *     treatment has to be given in {object}?"
 * @param askObject a stem asking for the object, with {@value Relation#SUBJECT} in it, such as "Where does
 *     {subject} have to be given?"
 */
public record QuestionTemplate(
    String relation,
    String topic,
    Difficulty difficulty,
    Set<Audience> audiences,
    Optional<Wording> askSubject,
    Optional<Wording> askObject) {

  public QuestionTemplate {
    checkNotNull(relation, "relation");
    checkNotNull(topic, "topic");
    checkNotNull(difficulty, "difficulty");
    checkArgument(!audiences.isEmpty(), "template for %s suits no audience", relation);
    audiences = Sets.immutableEnumSet(audiences);
    askSubject.ifPresent(w -> checkArgument(isStem(w, Relation.OBJECT, Relation.SUBJECT),
        "askSubject of %s must name %s and not %s", relation, Relation.OBJECT, Relation.SUBJECT));
    askObject.ifPresent(w -> checkArgument(isStem(w, Relation.SUBJECT, Relation.OBJECT),
        "askObject of %s must name %s and not %s", relation, Relation.SUBJECT, Relation.OBJECT));
  }

  /** Whether both wordings of {@code stem} hold {@code given} once and never {@code asked}. */
  public static boolean isStem(Wording stem, String given, String asked) {
    for (String text : new String[] {stem.patient(), stem.clinical()}) {
      if (text.indexOf(given) < 0 || text.indexOf(given) != text.lastIndexOf(given) || text.contains(asked)) {
        return false;
      }
    }
    return true;
  }
}
