package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.quiz.lint.Words;

/**
 * Tells when an entity's name gives away what a question about it would ask, so that no generator makes an
 * item that can be answered by reading the names: "High-dose interleukin-2 delivers the cytokine interleukin-2"
 * or "High-dose IL-2 is administered at a high dose".
 *
 * <p>The test is general, not a list: two entities give each other away when every identifying word of one
 * of the names of either (its label in either wording, an alias, or the part of a label inside or outside
 * parentheses) is found in one of the names of the other ({@link Words#givesAway}), and the relation is not a
 * comparison the names cannot settle ({@link #told}). Such a pair is never the
 * key of a question, nor a true/false statement; and a subject whose one object under a one-object relation is
 * given away by its name yields no item on that relation at all, true or false: once the name says the answer,
 * "High-dose IL-2 delivers the cytokine interferon" is answered by the name too. The same holds under taxonomic and
 * closed-world relations, whose objects beyond the told one follow from it (see {@code pointsAtItsObjects}).
 */
final class Cues {

  private final KnowledgeBase kb;
  /** Answers of {@link #related}, by pair: generators ask about the same pairs many times. */
  private final Map<List<EntityId>, Boolean> relatedPairs = new HashMap<>();

  Cues(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** Pairs of entities linked by a stated true fact, either way, or by a chain of is-a links; built once. */
  private java.util.Set<List<EntityId>> kin;

  /**
   * Whether {@code a} and {@code b} are kin, so that one must not be a wrong option beside the other: one is a
   * broader or narrower form of the other by the taxonomic relations (a form of, a kind of, belongs to,
   * followed through any number of links), or a stated true fact links them in any relation ("peginterferon
   * alfa-2b is made with interferon-alfa"). Sylatron is peginterferon alfa-2b, so "interferon" and
   * "interferon-alfa" are no wrong answers to "which medicine is Sylatron?".
   */
  boolean kin(EntityId a, EntityId b) {
    if (kin == null) {
      kin = buildKin();
    }
    return !a.equals(b) && kin.contains(List.of(a, b));
  }

  private java.util.Set<List<EntityId>> buildKin() {
    java.util.Set<List<EntityId>> pairs = new java.util.HashSet<>();
    Map<EntityId, List<EntityId>> broader = new HashMap<>();
    for (Relation relation : kb.relations()) {
      for (org.cytoquiz.core.fact.Fact fact : kb.facts(relation)) {
        if (fact.holds()) {
          pairs.add(List.of(fact.subject(), fact.object()));
          pairs.add(List.of(fact.object(), fact.subject()));
          if (relation.taxonomic()) {
            broader.computeIfAbsent(fact.subject(), k -> new ArrayList<>()).add(fact.object());
          }
        }
      }
    }
    for (EntityId start : broader.keySet()) {
      java.util.Deque<EntityId> todo = new java.util.ArrayDeque<>(broader.get(start));
      java.util.Set<EntityId> seen = new java.util.HashSet<>();
      while (!todo.isEmpty()) {
        EntityId up = todo.pop();
        if (seen.add(up)) {
          pairs.add(List.of(start, up));
          pairs.add(List.of(up, start));
          todo.addAll(broader.getOrDefault(up, List.of()));
        }
      }
    }
    return pairs;
  }

  /** Whether either entity's names give the other away. */
  boolean related(EntityId a, EntityId b) {
    return relatedPairs.computeIfAbsent(List.of(a, b), pair -> compare(a, b));
  }

  private boolean compare(EntityId a, EntityId b) {
    List<String> namesOfA = names(kb.entity(a));
    List<String> namesOfB = names(kb.entity(b));
    for (String nameA : namesOfA) {
      for (String nameB : namesOfB) {
        if (Words.givesAway(nameA, nameB) || Words.givesAway(nameB, nameA)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the names tell that {@code subject relation object} holds: the two are {@link #related}, and the
   * relation is not one that the article denies between them in one direction. A comparison such as
   * "peginterferon alfa-2b stays in the body longer than interferon-alfa" links two related names, but the
   * names cannot tell which way it goes when the article says it does not go the other way; under a one-object
   * relation (a form of, the
   * cytokine delivered) the name points at the one object, so the reverse does not matter.
   */
  boolean told(EntityId subject, Relation relation, EntityId object) {
    if (!related(subject, object)) {
      return false;
    }
    return pointsAtItsObjects(relation)
        || (kb.truth(object, relation, subject) != Truth.FALSE && kb.truth(subject, relation, object) != Truth.FALSE);
  }

  /**
   * Whether {@code subject}'s name gives away its object under a one-object {@code relation}: then it answers
   * every item on that subject and relation, the false statements too. (Under a many-object relation a name
   * that tells one object says nothing of the others, so only the told pair is left out.)
   */
  boolean answeredBySubject(EntityId subject, Relation relation) {
    return pointsAtItsObjects(relation)
        && kb.objects(subject, relation).stream().anyMatch(o -> told(subject, relation, o.id()));
  }

  /**
   * Whether a name that tells one object of {@code relation} points at the subject's objects as a whole: under a
   * one-object relation there is one object to tell; under a taxonomic relation (a form of, a kind of) a narrower
   * name carries the broader one's words; under a closed-world relation such as the cytokine a therapy gives, the
   * objects the subject has beyond the told one are only its told object's broader forms, by entailment. A
   * comparison or an open list (made from) is not pointed at: the name tells one pair and no more.
   */
  private static boolean pointsAtItsObjects(Relation relation) {
    return relation.cardinality() == Cardinality.ONE || relation.taxonomic() || relation.world() == World.CLOSED;
  }

  /** Every name a learner may know the entity by. */
  static List<String> names(Entity entity) {
    List<String> names = new ArrayList<>();
    for (String name : List.of(entity.label().patient(), entity.label().clinical())) {
      names.add(name);
      int open = name.indexOf('(');
      int close = name.indexOf(')', open + 1);
      if (open > 0 && close > open) {
        names.add(name.substring(0, open) + name.substring(close + 1));
        names.add(name.substring(open + 1, close));
      }
    }
    names.addAll(entity.aliases());
    return names;
  }

  /** A modal that makes a statement absolute: "must", "has to", "have to", "needs to". */
  private static final java.util.regex.Pattern ABSOLUTE_MODAL = java.util.regex.Pattern.compile(
      "\\b(must|has to|have to|needs to|need to)\\b",
      java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

  /**
   * Whether a statement of {@code relation} says its link holds of necessity ("has to be given in the
   * hospital"), in either wording or by its default modality. Denying such a statement gives a test-wise reader
   * the absolute term to spot: "low-dose IL-2 has to be given in the hospital" is false only because of "has
   * to", so no false true/false statement is made of it; the point is asked directly instead (where the
   * treatment may be given). A fact whose own modality is "must" is absolute too.
   */
  static boolean absolute(Relation relation, Fact fact) {
    return fact.qualifiers().contains(org.cytoquiz.core.fact.Modality.MUST) || absolute(relation);
  }

  /** Whether every statement of {@code relation} that names no modality of its own is absolute; see above. */
  static boolean absolute(Relation relation) {
    return relation.modality().filter(m -> m == org.cytoquiz.core.fact.Modality.MUST).isPresent()
        || ABSOLUTE_MODAL.matcher(relation.wording().patient()).find()
        || ABSOLUTE_MODAL.matcher(relation.wording().clinical()).find();
  }
}
