package org.cytoquiz.quiz.generate;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Derivation;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.quiz.question.Feedback;

/** Turns facts and claims into sentences and feedback in one audience's wording. */
final class Wordings {

  private final KnowledgeBase kb;
  private final Audience audience;

  Wordings(KnowledgeBase kb, Audience audience) {
    this.kb = kb;
    this.audience = audience;
  }

  Audience audience() {
    return audience;
  }

  /** What ends every question id of this audience, so each audience's questions have ids of their own. */
  String idSuffix() {
    return audience == Audience.PATIENT ? "-p" : "-s";
  }

  String label(Entity entity) {
    return entity.label().in(audience);
  }

  String label(EntityId id) {
    return label(kb.entity(id));
  }

  /**
   * "subject relation object" as a clause, with the hedges of the fact that states, entails or denies it
   * (its modality, extent, scope, condition and reason) inside the clause.
   */
  String clause(EntityId subject, Relation relation, EntityId object) {
    List<Qualifier> qualifiers = kb.entailed(subject, relation, object).or(() -> kb.fact(subject, relation, object))
        .map(Fact::qualifiers).orElse(List.of());
    return relation.render(kb.entity(subject).label(), kb.entity(object).label(), qualifiers).in(audience);
  }

  /** The clause as a sentence. */
  String sentence(EntityId subject, Relation relation, EntityId object) {
    return capitalized(clause(subject, relation, object)) + ".";
  }

  /** The clause denied. */
  String denial(EntityId subject, Relation relation, EntityId object) {
    return "It is not true that " + clause(subject, relation, object) + ".";
  }

  /** A stem from a template such as "Where does {subject} have to be given?". */
  String stem(Wording template, String placeholder, Entity given) {
    return capitalized(template.in(audience).replace(placeholder, label(given)));
  }

  String right() {
    return audience == Audience.PATIENT ? "Yes, that's right." : "Correct.";
  }

  String wrong() {
    return audience == Audience.PATIENT ? "Not quite." : "Incorrect.";
  }

  /**
   * Feedback on a true statement: what the article says, and where; for an entailed statement, also the
   * stated facts it follows from, citing the one it is carried from.
   */
  Feedback truthOf(EntityId subject, Relation relation, EntityId object) {
    Derivation derivation = kb.entailment().derivation(subject, relation, object).orElseThrow(
        () -> new IllegalStateException("no ground for stating " + subject + " " + relation.id() + " " + object));
    String text = derivation.stated()
        ? sentence(subject, relation, object)
        : derivation.grounds().stream().map(g -> sentence(g.subject(), g.relation(), g.object()))
            .collect(Collectors.joining(" ")) + " " + (audience == Audience.PATIENT ? "So " : "Therefore, ")
            + clause(subject, relation, object) + ".";
    return new Feedback(text, derivation.conclusion().source());
  }

  /**
   * Feedback on a false statement: the article's denial when it makes one, followed by the subject's object in
   * the relation when it has exactly one; otherwise what the article does say that rules the statement
   * out (the subject's object in a one-object relation, or the closed-world list), with its source.
   */
  Feedback falsityOf(EntityId subject, Relation relation, EntityId object) {
    Optional<Fact> denial = kb.fact(subject, relation, object).filter(f -> !f.holds());
    if (denial.isPresent()) {
      String text = denial(subject, relation, object);
      // The subject's one object, if it has exactly one, is what holds instead ("…has to be given in the
      // hospital"); a list of several (an entity's traits) would not correct this statement.
      List<Entity> actual = kb.objects(subject, relation);
      if (actual.size() == 1) {
        text += " " + sentence(subject, relation, actual.get(0).id());
      }
      return new Feedback(text, denial.get().source());
    }
    List<Entity> actual = kb.objects(subject, relation);
    if (!actual.isEmpty()) {
      EntityId real = actual.get(0).id();
      return new Feedback(denial(subject, relation, object) + " " + sentence(subject, relation, real),
          kb.entailed(subject, relation, real).orElseThrow().source());
    }
    List<Entity> others = kb.subjects(relation, object);
    if (!others.isEmpty()) {
      EntityId other = others.get(0).id();
      return new Feedback(denial(subject, relation, object) + " " + sentence(other, relation, object),
          kb.entailed(other, relation, object).orElseThrow().source());
    }
    if (relation.world() != World.CLOSED && relation.cardinality() != Cardinality.ONE) {
      throw new IllegalStateException("no ground for denying " + subject + " " + relation.id() + " " + object);
    }
    SourceRef source = kb.facts(relation).get(0).source();
    return new Feedback(denial(subject, relation, object), source);
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
