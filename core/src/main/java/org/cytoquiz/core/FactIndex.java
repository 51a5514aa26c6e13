package org.cytoquiz.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityNames;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;

/**
 * The entities, relations and facts of a checked model, indexed for look-ups: by id, by kind, by relation, by
 * subject, by object, by the whole triple, and by name. Lists keep content order.
 *
 * <p>Built once per knowledge base, from parts {@link ModelCheck} found free of errors (unique ids, one fact per
 * triple); immutable afterwards. Arguments are checked by {@link KnowledgeBase}, the only caller.
 */
final class FactIndex {

  private final ImmutableList<Entity> entities;
  private final ImmutableMap<EntityId, Entity> entitiesById;
  private final ImmutableListMultimap<EntityType, Entity> entitiesByType;
  private final ImmutableMap<String, Relation> relationsById;
  private final ImmutableList<Fact> facts;
  private final ImmutableListMultimap<String, Fact> factsByRelation;
  private final ImmutableListMultimap<SubjectKey, Fact> factsBySubject;
  private final ImmutableListMultimap<ObjectKey, Fact> factsByObject;
  private final ImmutableMap<Triple, Fact> factsByTriple;
  private final EntityNames names;

  /** Indexes these parts; ids must be unique and every triple stated at most once. */
  FactIndex(List<Entity> entities, List<Relation> relations, List<Fact> facts) {
    this.entities = ImmutableList.copyOf(entities);
    this.entitiesById = entities.stream().collect(ImmutableMap.toImmutableMap(Entity::id, e -> e));
    this.entitiesByType = entities.stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(Entity::type, e -> e));
    this.relationsById = relations.stream().collect(ImmutableMap.toImmutableMap(Relation::id, r -> r));
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
  }

  /** Every entity, in content order. */
  List<Entity> entities() {
    return entities;
  }

  /** Every entity of one kind, in content order. */
  List<Entity> entities(EntityType type) {
    return entitiesByType.get(type);
  }

  /** The kind of every entity, by id: what entailment needs to know of the entities. */
  ImmutableMap<EntityId, EntityType> types() {
    return entities.stream().collect(ImmutableMap.toImmutableMap(Entity::id, Entity::type));
  }

  /** The entity with this id, if there is one. */
  Optional<Entity> findEntity(EntityId id) {
    return Optional.ofNullable(entitiesById.get(id));
  }

  /** Every relation, in content order. */
  List<Relation> relations() {
    return relationsById.values().asList();
  }

  /** The relation with this id, if there is one. */
  Optional<Relation> findRelation(String id) {
    return Optional.ofNullable(relationsById.get(id));
  }

  /** The ids of the relations, in content order. */
  List<String> relationIds() {
    return relationsById.keySet().asList();
  }

  /** Every fact, in content order. */
  List<Fact> facts() {
    return facts;
  }

  /** Every fact of one relation, in content order. */
  List<Fact> facts(Relation relation) {
    return factsByRelation.get(relation.id());
  }

  /** Every fact with this subject in this relation. */
  List<Fact> factsAbout(EntityId subject, Relation relation) {
    return factsBySubject.get(new SubjectKey(subject, relation.id()));
  }

  /** Every fact with this object in this relation. */
  List<Fact> factsPointingAt(Relation relation, EntityId object) {
    return factsByObject.get(new ObjectKey(relation.id(), object));
  }

  /** The fact about exactly this triple, stated or denied, if there is one. */
  Optional<Fact> fact(EntityId subject, Relation relation, EntityId object) {
    return Optional.ofNullable(factsByTriple.get(new Triple(subject, relation.id(), object)));
  }

  /** The entities' names, for look-up by label, alias or brand. */
  EntityNames names() {
    return names;
  }

  private record SubjectKey(EntityId subject, String relation) {}

  private record ObjectKey(String relation, EntityId object) {}

  private record Triple(EntityId subject, String relation, EntityId object) {}
}
