package org.cytoquiz.core;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityNames;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Derivation;
import org.cytoquiz.core.fact.Entailment;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.therapy.Indication;
import org.cytoquiz.core.therapy.TargetedImmunotherapy;
import org.cytoquiz.core.therapy.Therapies;
import org.cytoquiz.core.therapy.Therapy;

/**
 * The whole course as one immutable model: its entities, the relations between them, and the facts the article
 * states, each with its source. This is where a library user starts; the work is done by the classes behind it:
 * a model check run once when the model is built, an index for look-ups, {@link Entailment} for what the facts
 * imply, a sentence renderer, and {@link Therapies} for the typed views.
 *
 * <p>Every look-up is an index read. Lists keep the order the content gave, so anything derived from them
 * is deterministic.
 *
 * <p>Contracts: immutable once built, so one instance may serve any number of threads without locking; every
 * list it hands out is unmodifiable. No method accepts {@code null}: a null argument throws
 * {@link NullPointerException} naming the parameter. A look-up that must find something ({@link #entity},
 * {@link #therapy}, {@link #relation}) throws {@link UnknownEntityException} naming the kind, the id and the ids
 * known for that kind; the {@code find...} look-ups return an empty {@link Optional}.
 */
public final class KnowledgeBase {

  private final Course course;
  private final FactIndex index;
  private final Entailment entailment;
  private final Truths truths;
  private final Sentences sentences;

  /** A model of parts {@link ModelCheck} found free of errors, with the index and entailment it built. */
  KnowledgeBase(Course course, FactIndex index, Entailment entailment) {
    this.course = course;
    this.index = index;
    this.entailment = entailment;
    this.truths = new Truths(index, entailment);
    this.sentences = new Sentences(truths::entity);
  }

  /**
   * A knowledge base of these parts, checked once (see {@link #checked} for the rules).
   *
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException carrying every error, if the check finds any
   */
  public static KnowledgeBase of(
      Course course,
      Collection<Entity> entities,
      Collection<Relation> relations,
      Collection<Fact> facts) {
    CheckedModel checked = checked(course, entities, relations, facts);
    return checked.knowledgeBase().orElseThrow(() -> new InvalidModelException(checked.errors()));
  }

  /**
   * Checks these parts once and builds the knowledge base when they hold together: for a loader or a validator
   * that reports the problems ({@link CheckedModel#problems()}, errors and warnings in the order the parts are
   * given) and then uses the model.
   *
   * <p>Errors: duplicate ids, facts that name unknown entities or relations, entities of a kind the relation
   * does not take, sources outside the course's article, repeated facts, a fact and its denial, a denial of
   * what the other facts entail, a second object (stated or entailed) in a one-object relation, and a
   * modality on a fact whose relation's wording has no place for one. Warnings: a denial in a closed-world
   * relation, which says nothing new; two entities of one kind whose labels read alike.
   *
   * @param course the course: title and source article; not null
   * @param entities the entities, in content order; not null
   * @param relations the relations, in content order; not null
   * @param facts the facts, stated or denied, in content order; not null
   * @return the problems in the order the parts are given, and the knowledge base when none is an error
   * @throws NullPointerException if an argument is null
   */
  public static CheckedModel checked(
      Course course,
      Collection<Entity> entities,
      Collection<Relation> relations,
      Collection<Fact> facts) {
    return ModelCheck.run(course, entities, relations, facts);
  }

  /** The course: title and source article. */
  public Course course() {
    return course;
  }

  /** Every entity, in content order. */
  public List<Entity> entities() {
    return index.entities();
  }

  /** Every entity of one kind, in content order. */
  public List<Entity> entities(EntityType type) {
    Objects.requireNonNull(type, "type");
    return index.entities(type);
  }

  /** The entity with this id, if there is one. */
  public Optional<Entity> findEntity(EntityId id) {
    Objects.requireNonNull(id, "id");
    return index.findEntity(id);
  }

  /**
   * The entity with this id.
   *
   * @throws UnknownEntityException if there is none
   */
  public Entity entity(EntityId id) {
    Objects.requireNonNull(id, "id");
    return truths.entity(id);
  }

  /**
   * The entity of this kind with this id.
   *
   * @throws UnknownEntityException naming the kind, if there is no such entity of that kind
   */
  public Entity entity(EntityType type, String id) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    return (EntityId.isWellFormed(id) ? index.findEntity(EntityId.of(id)) : Optional.<Entity>empty())
        .filter(e -> e.type() == type)
        .orElseThrow(() -> new UnknownEntityException(type.key(), id,
            entities(type).stream().map(e -> e.id().value()).toList()));
  }

  /** Every relation, in content order. */
  public List<Relation> relations() {
    return index.relations();
  }

  /**
   * The relation with this id.
   *
   * @throws UnknownEntityException if there is none
   */
  public Relation relation(String id) {
    return findRelation(id).orElseThrow(() -> new UnknownEntityException("relation", id, index.relationIds()));
  }

  /** The relation with this id, if the content defines it. */
  public Optional<Relation> findRelation(String id) {
    Objects.requireNonNull(id, "id");
    return index.findRelation(id);
  }

  /** Every fact, stated or denied, in content order: the uniform view the quiz engine reads. */
  public List<Fact> facts() {
    return index.facts();
  }

  /** Every fact of one relation, in content order. */
  public List<Fact> facts(Relation relation) {
    Objects.requireNonNull(relation, "relation");
    return index.facts(relation);
  }

  /** Every fact with this subject in this relation, stated or denied. */
  public List<Fact> factsAbout(EntityId subject, Relation relation) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    return index.factsAbout(subject, relation);
  }

  /** Every fact with this object in this relation, stated or denied. */
  public List<Fact> factsPointingAt(Relation relation, EntityId object) {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    return index.factsPointingAt(relation, object);
  }

  /**
   * The entities that {@code subject} has in {@code relation}, stated ones first in content order, then the
   * ones the facts entail (see {@link Entailment}).
   */
  public List<Entity> objects(EntityId subject, Relation relation) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    return truths.objects(subject, relation);
  }

  /** The entities that have {@code object} in {@code relation}, stated ones first, then entailed ones. */
  public List<Entity> subjects(Relation relation, EntityId object) {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
    return truths.subjects(relation, object);
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
    return index.fact(subject, relation, object);
  }

  /**
   * What the content tells about "{@code subject} {@code relation} {@code object}".
   *
   * <p>True when a fact states it or the facts entail it (see {@link Entailment}). Otherwise false when a fact
   * denies it; when the relation is closed-world and both entities are of kinds it takes; or when the relation
   * allows one object and the subject has another, stated or entailed. Unknown otherwise: an unknown statement
   * is never offered to a learner as true or as false.
   *
   * @throws UnknownEntityException if the subject or the object is not an entity of the model
   */
  public Truth truth(EntityId subject, Relation relation, EntityId object) {
    requireTriple(subject, relation, object);
    return truths.truth(subject, relation, object);
  }

  /**
   * The fact as a sentence in both wordings, its qualifiers inside the sentence (see {@link Relation#render});
   * a denied fact reads as a denial, such as "Not true: high-dose interleukin-2 may be given at home.", in the
   * course's language ({@link Course#language()}).
   *
   * @throws UnknownEntityException if the fact names an entity the model does not have
   */
  public Wording statement(Fact fact) {
    return statement(fact, course.language());
  }

  /**
   * The fact as a sentence in both wordings, in {@code language}: as {@link #statement(Fact)}, framed by the words
   * of the bundle {@code org/cytoquiz/core/sentences_<language>.properties}, or English where the language has no
   * file or leaves a key out.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnknownEntityException if the fact names an entity the model does not have
   */
  public Wording statement(Fact fact, Locale language) {
    return sentences.statement(fact, language);
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
    return truths.lookUp(term);
  }

  /** Every cytokine therapy with what the content says about it, in content order (see {@link Therapies}). */
  public List<Therapy> therapies() {
    return Therapies.all(this);
  }

  /**
   * The therapy with this id and what the content says about it.
   *
   * @throws UnknownEntityException if there is no such therapy
   */
  public Therapy therapy(String id) {
    return Therapies.therapy(this, id);
  }

  /**
   * Every use of a treatment for a condition, with its qualifiers and source: the stated ones in content order,
   * then the entailed ones (a use stated for a class holds for its members).
   */
  public List<Indication> indications() {
    return Therapies.indications(this);
  }

  /** Every targeted immunotherapy with its brand name, in content order. */
  public List<TargetedImmunotherapy> targetedImmunotherapies() {
    return Therapies.targetedImmunotherapies(this);
  }

  private static void requireTriple(EntityId subject, Relation relation, EntityId object) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(object, "object");
  }
}
