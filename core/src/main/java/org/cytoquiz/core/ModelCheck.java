package org.cytoquiz.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Derivation;
import org.cytoquiz.core.fact.Entailment;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Modality;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.SourceRef;

/**
 * Checks the parts of a model once and, when they hold together, builds the knowledge base from the index and
 * entailment the check made, so that one load checks and builds once.
 *
 * <p>First the parts one by one (ids, references, kinds, sources, repeats, contradictions, one-object relations,
 * modalities); then, when those have no error, what the facts entail (a denial of an entailed fact, a second
 * object by entailment). Stateless.
 */
final class ModelCheck {

  private ModelCheck() {}

  /** Every problem of these parts, in the order given, and the knowledge base when none is an error. */
  static CheckedModel run(
      Course course, Collection<Entity> entities, Collection<Relation> relations, Collection<Fact> facts) {
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(relations, "relations");
    Objects.requireNonNull(facts, "facts");
    List<ModelProblem> problems = new ArrayList<>();
    checkParts(course, entities, relations, facts, problems);
    if (hasError(problems)) {
      return new CheckedModel(problems, Optional.empty());
    }
    FactIndex index = new FactIndex(List.copyOf(entities), List.copyOf(relations), List.copyOf(facts));
    Entailment entailment = Entailment.of(index.facts(), index.types());
    checkEntailment(index.facts(), entailment, problems);
    return new CheckedModel(problems,
        hasError(problems) ? Optional.empty() : Optional.of(new KnowledgeBase(course, index, entailment)));
  }

  private static boolean hasError(List<ModelProblem> problems) {
    return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
  }

  private static void checkParts(Course course, Collection<Entity> entities, Collection<Relation> relations,
      Collection<Fact> facts, List<ModelProblem> problems) {
    List<Section> sections = course.source().sections();
    Map<EntityId, Entity> byId = new HashMap<>();
    Map<String, Entity> byLabel = new HashMap<>();
    for (Entity entity : entities) {
      for (String label : List.of(entity.label().patient(), entity.label().clinical())) {
        Entity same = byLabel.putIfAbsent(entity.type() + " " + label.toLowerCase(Locale.ROOT), entity);
        if (same != null && same != entity) {
          problems.add(ModelProblem.warning(entity, "id", "'" + entity.id() + "' reads '" + label + "' like '"
              + same.id() + "'; two " + entity.type().key() + " entities that read alike are never offered side by side"));
          break;
        }
      }
      if (byId.putIfAbsent(entity.id(), entity) != null) {
        problems.add(ModelProblem.error(entity, "id",
            "the id '" + entity.id() + "' is already used by another " + byId.get(entity.id()).type().key()));
      }
      checkSource(entity, entity.source(), sections, problems);
    }
    Map<String, Relation> relationsById = new HashMap<>();
    for (Relation relation : relations) {
      if (relationsById.putIfAbsent(relation.id(), relation) != null) {
        problems.add(ModelProblem.error(relation, "id",
            "the relation id '" + relation.id() + "' is already used"));
      }
    }

    Map<Triple, Fact> seen = new HashMap<>();
    Map<Pair, Fact> firstObject = new HashMap<>();
    for (Fact fact : facts) {
      Relation relation = relationsById.get(fact.relation().id());
      if (relation == null || !relation.equals(fact.relation())) {
        problems.add(ModelProblem.error(fact, "relation",
            "unknown relation '" + fact.relation().id() + "'"));
        continue;
      }
      Entity subject = byId.get(fact.subject());
      Entity object = byId.get(fact.object());
      if (subject == null) {
        problems.add(ModelProblem.error(fact, "subject", "unknown entity '" + fact.subject() + "'"));
      } else if (!relation.subjectTypes().contains(subject.type())) {
        problems.add(ModelProblem.error(fact, "subject", typeMismatch(subject, relation, "subject")));
      }
      if (object == null) {
        problems.add(ModelProblem.error(fact, "object", "unknown entity '" + fact.object() + "'"));
      } else if (!relation.objectTypes().contains(object.type())) {
        problems.add(ModelProblem.error(fact, "object", typeMismatch(object, relation, "object")));
      }
      checkSource(fact, fact.source(), sections, problems);

      Triple triple = new Triple(fact.subject(), relation.id(), fact.object());
      Fact earlier = seen.putIfAbsent(triple, fact);
      if (earlier != null) {
        if (earlier.holds() == fact.holds()) {
          problems.add(ModelProblem.error(fact, "object",
              "repeats the fact '" + fact.describe() + "'"));
        } else {
          problems.add(ModelProblem.error(fact, "holds",
              "contradicts the fact '" + earlier.describe() + "' (one states what the other denies)"));
        }
        continue;
      }
      if (fact.holds() && relation.cardinality() == Cardinality.ONE) {
        Fact first = firstObject.putIfAbsent(new Pair(fact.subject(), relation.id()), fact);
        if (first != null) {
          problems.add(ModelProblem.error(fact, "object",
              "relation '" + relation.id() + "' allows one object per subject, but '" + fact.subject()
                  + "' already has '" + first.object() + "'"));
        }
      }
      Optional<Modality> modality = Qualifier.find(fact.qualifiers(), Modality.class);
      if (modality.isPresent() && relation.modality().isEmpty()) {
        problems.add(ModelProblem.error(fact, "modality", "relation '" + relation.id() + "' has no "
            + Relation.MODAL + " in its wording, so its facts cannot say '" + modality.get().key() + "'"));
      }
      if (!fact.holds() && relation.world() == World.CLOSED) {
        problems.add(ModelProblem.warning(fact, "holds",
            "relation '" + relation.id() + "' is closed-world, so this denial says nothing new: "
                + "every pair it does not list is already false"));
      }
    }
  }

  /** Denials of what the other facts entail, and second objects that entailment gives a one-object relation. */
  private static void checkEntailment(List<Fact> facts, Entailment entailment, List<ModelProblem> problems) {
    for (Fact fact : facts) {
      if (!fact.holds()) {
        entailment.derivation(fact.subject(), fact.relation(), fact.object()).ifPresent(d ->
            problems.add(ModelProblem.error(fact, "holds", "denies what the facts entail: " + d.grounds().stream()
                .map(g -> "'" + g.describe() + "'").collect(Collectors.joining(" and ")) + " make '"
                + d.conclusion().describe() + "' true")));
      }
    }
    List<Derivation> derived = entailment.derived();
    for (Derivation derivation : derived) {
      Fact conclusion = derivation.conclusion();
      if (conclusion.relation().cardinality() != Cardinality.ONE) {
        continue;
      }
      entailment.about(conclusion.subject(), conclusion.relation()).stream()
          .filter(other -> !other.conclusion().object().equals(conclusion.object()))
          .filter(other -> other.stated() || derived.indexOf(other) < derived.indexOf(derivation))
          .findFirst()
          .ifPresent(other -> problems.add(ModelProblem.error(derivation.grounds().get(0), "object",
              "relation '" + conclusion.relation().id() + "' allows one object per subject, but '"
                  + conclusion.subject() + "' has '" + other.conclusion().object() + "' and, by entailment from "
                  + derivation.grounds().stream().map(g -> "'" + g.describe() + "'")
                      .collect(Collectors.joining(" and "))
                  + ", '" + conclusion.object() + "'")));
    }
  }

  private static String typeMismatch(Entity entity, Relation relation, String side) {
    var allowed = side.equals("subject") ? relation.subjectTypes() : relation.objectTypes();
    return "'" + entity.id() + "' is a " + entity.type().key() + ", but relation '" + relation.id()
        + "' takes " + allowed.stream().map(EntityType::key).collect(Collectors.joining(" or "))
        + " as its " + side;
  }

  private static void checkSource(
      Object element, SourceRef source, List<Section> sections, List<ModelProblem> problems) {
    if (!sections.contains(source.section())) {
      problems.add(ModelProblem.error(element, "source",
          "section '" + source.section().id() + "' is not in the course's article"));
    }
  }

  private record Pair(EntityId subject, String relation) {}

  private record Triple(EntityId subject, String relation, EntityId object) {}
}
