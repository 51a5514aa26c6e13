package org.cytoquiz.core;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityNames;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Derivation;
import org.cytoquiz.core.fact.Entailment;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Modality;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.core.therapy.Indication;
import org.cytoquiz.core.therapy.TargetedImmunotherapy;
import org.cytoquiz.core.therapy.Therapy;

/**
 * The whole course as one immutable, indexed model: its entities, the relations between them, and the facts
 * the article states, each with its source.
 *
 * <p>Every look-up is an index read. Lists keep the order the content gave, so anything derived from them
 * is deterministic.
 *
 * <p>Contracts: immutable once built, so one instance may serve any number of threads without locking; every
 * list it hands out is unmodifiable. No method accepts {@code null}: a null argument throws
 * {@link NullPointerException} naming the parameter. A look-up that must find something ({@link #entity},
 * {@link #therapy}, {@link #relation}) throws {@link UnknownEntityException} naming
 * the kind, the id and the ids known for that kind; the {@code find...} look-ups return an empty {@link Optional}.
 */
public final class KnowledgeBase {

  private final Course course;
  private final ImmutableList<Entity> entities;
  private final ImmutableMap<EntityId, Entity> entitiesById;
  private final ImmutableListMultimap<EntityType, Entity> entitiesByType;
  private final ImmutableMap<String, Relation> relationsById;
  private final ImmutableList<Fact> facts;
  private final ImmutableListMultimap<String, Fact> factsByRelation;
  private final ImmutableListMultimap<SubjectKey, Fact> factsBySubject;
  private final ImmutableListMultimap<ObjectKey, Fact> factsByObject;
  private final ImmutableMap<Triple, Fact> factsByTriple;
  private final Entailment entailment;
  private final EntityNames names;

  private KnowledgeBase(
      Course course, List<Entity> entities, List<Relation> relations, List<Fact> facts) {
    this.course = course;
    this.entities = ImmutableList.copyOf(entities);
    this.entitiesById = entities.stream().collect(ImmutableMap.toImmutableMap(Entity::id, e -> e));
    this.entitiesByType = entities.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Entity::type, e -> e));
    this.relationsById = relations.stream()
        .collect(ImmutableMap.toImmutableMap(Relation::id, r -> r));
    this.facts = ImmutableList.copyOf(facts);
    this.factsByRelation = facts.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(f -> f.relation().id(), f -> f));
    this.factsBySubject = facts.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(
            f -> new SubjectKey(f.subject(), f.relation().id()), f -> f));
    this.factsByObject = facts.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(
            f -> new ObjectKey(f.relation().id(), f.object()), f -> f));
    this.factsByTriple = facts.stream()
        .collect(ImmutableMap.toImmutableMap(
            f -> new Triple(f.subject(), f.relation().id(), f.object()), f -> f));
    this.names = EntityNames.of(this.entities);
    this.entailment = Entailment.of(facts, entities.stream()
        .collect(ImmutableMap.toImmutableMap(Entity::id, Entity::type)));
  }

  /**
   * A knowledge base of these parts.
   *
   * @throws InvalidModelException if {@link #check} finds any error
   */
  public static KnowledgeBase of(
      Course course,
      Collection<Entity> entities,
      Collection<Relation> relations,
      Collection<Fact> facts) {
    List<ModelProblem> errors = check(course, entities, relations, facts).stream()
        .filter(p -> p.severity() == Severity.ERROR)
        .toList();
    if (!errors.isEmpty()) {
      throw new InvalidModelException(errors);
    }
    return new KnowledgeBase(course, List.copyOf(entities), List.copyOf(relations), List.copyOf(facts));
  }

  /**
   * Every problem that would stop these parts from forming a knowledge base, and every warning, in the order
   * the parts are given.
   *
   * <p>Errors: duplicate ids, facts that name unknown entities or relations, entities of a kind the relation
   * does not take, sources outside the course's article, repeated facts, a fact and its denial, a denial of
   * what the other facts entail, a second object (stated or entailed) in a one-object relation, and a
   * modality on a fact whose relation's wording has no place for one. Warning: a denial in a closed-world
   * relation, which says nothing new.
   */
  public static List<ModelProblem> check(
      Course course,
      Collection<Entity> entities,
      Collection<Relation> relations,
      Collection<Fact> facts) {
    checkNotNull(course, "course");
    List<ModelProblem> problems = new ArrayList<>();
    List<Section> sections = course.source().sections();

    Map<EntityId, Entity> byId = new HashMap<>();
    Map<String, Entity> byLabel = new HashMap<>();
    for (Entity entity : entities) {
      for (String label : List.of(entity.label().patient(), entity.label().clinical())) {
        Entity same = byLabel.putIfAbsent(entity.type() + " " + label.toLowerCase(java.util.Locale.ROOT), entity);
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
    Map<SubjectKey, Fact> firstObject = new HashMap<>();
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
        Fact first = firstObject.putIfAbsent(new SubjectKey(fact.subject(), relation.id()), fact);
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
    if (problems.stream().noneMatch(p -> p.severity() == Severity.ERROR)) {
      new KnowledgeBase(course, List.copyOf(entities), List.copyOf(relations), List.copyOf(facts))
          .checkEntailment(problems);
    }
    return problems;
  }

  /** Denials of what the other facts entail, and second objects that entailment gives a one-object relation. */
  private void checkEntailment(List<ModelProblem> problems) {
    for (Fact fact : facts) {
      if (!fact.holds()) {
        entailment.derivation(fact.subject(), fact.relation(), fact.object()).ifPresent(d ->
            problems.add(ModelProblem.error(fact, "holds", "denies what the facts entail: " + d.grounds().stream()
                .map(g -> "'" + g.describe() + "'").collect(Collectors.joining(" and ")) + " make '"
                + d.conclusion().describe() + "' true")));
      }
    }
    for (Derivation derived : entailment.derived()) {
      Fact conclusion = derived.conclusion();
      if (conclusion.relation().cardinality() != Cardinality.ONE) {
        continue;
      }
      entailment.about(conclusion.subject(), conclusion.relation()).stream()
          .filter(other -> !other.conclusion().object().equals(conclusion.object()))
          .filter(other -> other.stated() || indexOf(other) < indexOf(derived))
          .findFirst()
          .ifPresent(other -> problems.add(ModelProblem.error(derived.grounds().get(0), "object",
              "relation '" + conclusion.relation().id() + "' allows one object per subject, but '"
                  + conclusion.subject() + "' has '" + other.conclusion().object() + "' and, by entailment from "
                  + derived.grounds().stream().map(g -> "'" + g.describe() + "'").collect(Collectors.joining(" and "))
                  + ", '" + conclusion.object() + "'")));
    }
  }

  private int indexOf(Derivation derivation) {
    return entailment.derived().indexOf(derivation);
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

  /** The course: title and source article. */
  public Course course() {
    return course;
  }

  /** Every entity, in content order. */
  public List<Entity> entities() {
    return entities;
  }

  /** Every entity of one kind, in content order. */
  public List<Entity> entities(EntityType type) {
    Objects.requireNonNull(type, "type");
    return entitiesByType.get(type);
  }

  /** The entity with this id, if there is one. */
  public Optional<Entity> findEntity(EntityId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(entitiesById.get(id));
  }

  /**
   * The entity with this id.
   *
   * @throws UnknownEntityException if there is none
   */
  public Entity entity(EntityId id) {
    return findEntity(id).orElseThrow(() -> new UnknownEntityException("entity", id.value()));
  }

  /**
   * The entity of this kind with this id.
   *
   * @throws UnknownEntityException naming the kind, if there is no such entity of that kind
   */
  public Entity entity(EntityType type, String id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    Entity entity = EntityId.isWellFormed(id) ? entitiesById.get(EntityId.of(id)) : null;
    if (entity == null || entity.type() != type) {
      throw new UnknownEntityException(type.key(), id,
          entities(type).stream().map(e -> e.id().value()).toList());
    }
    return entity;
  }

  /** Every relation, in content order. */
  public List<Relation> relations() {
    return relationsById.values().asList();
  }

  /**
   * The relation with this id.
   *
   * @throws UnknownEntityException if there is none
   */
  public Relation relation(String id) {
    Objects.requireNonNull(id, "id");
    Relation relation = relationsById.get(id);
    if (relation == null) {
      throw new UnknownEntityException("relation", id, relationsById.keySet());
    }
    return relation;
  }

  /** Every fact, stated or denied, in content order: the uniform view the quiz engine reads. */
  public List<Fact> facts() {
    return facts;
  }

  /** Every fact of one relation, in content order. */
  public List<Fact> facts(Relation relation) {
    Objects.requireNonNull(relation, "relation");
    return factsByRelation.get(relation.id());
  }

  /** Every fact with this subject in this relation, stated or denied. */
  public List<Fact> factsAbout(EntityId subject, Relation relation) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    return factsBySubject.get(new SubjectKey(subject, relation.id()));
  }

  /** Every fact with this object in this relation, stated or denied. */
  public List<Fact> factsPointingAt(Relation relation, EntityId object) {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    return factsByObject.get(new ObjectKey(relation.id(), object));
  }

  /**
   * The entities that {@code subject} has in {@code relation}, stated ones first in content order, then the
   * ones the facts entail (see {@link Entailment}).
   */
  public List<Entity> objects(EntityId subject, Relation relation) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    return entailment.about(subject, relation).stream()
        .map(d -> entitiesById.get(d.conclusion().object()))
        .toList();
  }

  /** The entities that have {@code object} in {@code relation}, stated ones first, then entailed ones. */
  public List<Entity> subjects(Relation relation, EntityId object) {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    return entailment.pointingAt(relation, object).stream()
        .map(d -> entitiesById.get(d.conclusion().subject()))
        .toList();
  }

  /**
   * The fact that makes "{@code subject} {@code relation} {@code object}" true, stated or entailed: an entailed
   * one carries the qualifiers and source of the stated fact it follows from. Empty when the pair does not
   * hold by the content (it may still be denied: see {@link #fact}).
   */
  public Optional<Fact> entailed(EntityId subject, Relation relation, EntityId object) {
    requireTriple(subject, relation, object);
    return entailment.derivation(subject, relation, object).map(Derivation::conclusion);
  }

  /** Everything the facts entail, with the grounds of each derived fact. */
  public Entailment entailment() {
    return entailment;
  }

  /** The fact about exactly this subject, relation and object, if the content states or denies it. */
  public Optional<Fact> fact(EntityId subject, Relation relation, EntityId object) {
    requireTriple(subject, relation, object);
    return Optional.ofNullable(factsByTriple.get(new Triple(subject, relation.id(), object)));
  }

  /**
   * What the content tells about "{@code subject} {@code relation} {@code object}".
   *
   * <p>True when a fact states it or the facts entail it (see {@link Entailment}). Otherwise false when a fact
   * denies it; when the relation is closed-world and both entities are of kinds it takes; or when the relation
   * allows one object and the subject has another, stated or entailed. Unknown otherwise: an unknown statement
   * is never offered to a learner as true or as false.
   */
  public Truth truth(EntityId subject, Relation relation, EntityId object) {
    requireTriple(subject, relation, object);
    Fact fact = factsByTriple.get(new Triple(subject, relation.id(), object));
    if (fact != null) {
      return fact.holds() ? Truth.TRUE : Truth.FALSE;
    }
    if (entailment.holds(subject, relation, object)) {
      return Truth.TRUE;
    }
    Entity s = entity(subject);
    Entity o = entity(object);
    if (!relation.accepts(s.type(), o.type())) {
      return Truth.UNKNOWN;
    }
    if (relation.world() == World.CLOSED) {
      return Truth.FALSE;
    }
    if (relation.cardinality() == Cardinality.ONE && !objects(subject, relation).isEmpty()) {
      return Truth.FALSE;
    }
    return Truth.UNKNOWN;
  }

  /**
   * The fact as a sentence in both wordings, its qualifiers inside the sentence (see {@link Relation#render});
   * a denied fact reads as a denial, such as "Not true: high-dose interleukin-2 may be given at home.".
   */
  public Wording statement(Fact fact) {
    Objects.requireNonNull(fact, "fact");
    Wording sentence = fact.relation().render(
        entity(fact.subject()).label(), entity(fact.object()).label(), fact.qualifiers());
    String patient = sentence.patient();
    String clinical = sentence.clinical();
    return fact.holds()
        ? new Wording(capitalized(patient) + ".", capitalized(clinical) + ".")
        : new Wording("Not true: " + patient + ".", "Incorrect: " + clinical + ".");
  }

  private static String capitalized(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * The entities a reader may mean by {@code term}, found by label, alias or brand name, ignoring case, spacing,
   * punctuation, trademark signs and the spelling "alpha" for "alfa" (see {@link EntityNames}). A brand name also
   * finds the medicine sold under it. An ambiguous term finds every candidate; a term that is nobody's name finds
   * none. Example: "peginterferon" finds peginterferon alfa-2b; "Sylatron" finds the brand and peginterferon
   * alfa-2b.
   *
   * @param term what the reader typed; not null
   * @return the candidates, each once, names matched exactly before medicines found by brand; unmodifiable
   * @throws NullPointerException if {@code term} is null
   */
  public List<Entity> lookUp(String term) {
    List<Entity> named = names.lookUp(term);
    Optional<Relation> brand = findRelation(TargetedImmunotherapy.HAS_BRAND_NAME);
    if (brand.isEmpty() || named.stream().noneMatch(e -> e.type() == EntityType.BRAND_NAME)) {
      return named;
    }
    java.util.LinkedHashSet<Entity> found = new java.util.LinkedHashSet<>(named);
    for (Entity entity : named) {
      if (entity.type() == EntityType.BRAND_NAME) {
        found.addAll(subjects(brand.get(), entity.id()));
      }
    }
    return List.copyOf(found);
  }

  /** Every cytokine therapy with what the content says about it, in content order. */
  public List<Therapy> therapies() {
    return entities(EntityType.THERAPY).stream().map(t -> Therapy.of(this, t)).toList();
  }

  /**
   * The therapy with this id and what the content says about it.
   *
   * @throws UnknownEntityException if there is no such therapy
   */
  public Therapy therapy(String id) {
    Objects.requireNonNull(id, "id");
    return Therapy.of(this, entity(EntityType.THERAPY, id));
  }

  /**
   * Every use of a treatment for a condition, with its qualifiers and source: the stated ones in content order,
   * then the entailed ones (a use stated for a class holds for its members).
   */
  public List<Indication> indications() {
    return findRelation(Indication.RELATION)
        .map(r -> entailment.facts(r).stream().map(d -> Indication.of(this, d.conclusion())).toList())
        .orElse(List.of());
  }

  /** Every targeted immunotherapy with its brand name, in content order. */
  public List<TargetedImmunotherapy> targetedImmunotherapies() {
    return entities(EntityType.TARGETED_IMMUNOTHERAPY).stream()
        .map(drug -> TargetedImmunotherapy.of(this, drug))
        .toList();
  }

  /** The relation with this id, if the content defines it. */
  public Optional<Relation> findRelation(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(relationsById.get(id));
  }

  private static void requireTriple(EntityId subject, Relation relation, EntityId object) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
  }

  private record SubjectKey(EntityId subject, String relation) {}

  private record ObjectKey(String relation, EntityId object) {}

  private record Triple(EntityId subject, String relation, EntityId object) {}
}
