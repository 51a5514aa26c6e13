package org.cytoquiz.core;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Entailment;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.therapy.TargetedImmunotherapy;

/**
 * The three-valued reading of a model: what the stated facts, their entailment and the relations' declarations
 * (closed world, one object) say about a triple, which entities a subject or object has in a relation, and whom
 * a name means (a brand name meaning also the medicine sold under it).
 *
 * <p>Immutable and safe to share between threads. Arguments are checked by {@link KnowledgeBase}, the only caller;
 * an id the model lacks throws {@link UnknownEntityException}.
 */
final class Truths {

  private final FactIndex index;
  private final Entailment entailment;

  /** The reading of the facts in {@code index} with what they entail. */
  Truths(FactIndex index, Entailment entailment) {
    this.index = index;
    this.entailment = entailment;
  }

  /** The entity with this id. */
  Entity entity(EntityId id) {
    return index.findEntity(id).orElseThrow(() -> new UnknownEntityException("entity", id.value()));
  }

  /** The entities {@code subject} has in {@code relation}: stated ones first, then entailed ones. */
  List<Entity> objects(EntityId subject, Relation relation) {
    return entailment.about(subject, relation).stream().map(d -> entity(d.conclusion().object())).toList();
  }

  /** The entities that have {@code object} in {@code relation}: stated ones first, then entailed ones. */
  List<Entity> subjects(Relation relation, EntityId object) {
    return entailment.pointingAt(relation, object).stream().map(d -> entity(d.conclusion().subject())).toList();
  }

  /** The rule {@link KnowledgeBase#truth(EntityId, Relation, EntityId)} states. */
  Truth truth(EntityId subject, Relation relation, EntityId object) {
    Optional<Fact> fact = index.fact(subject, relation, object);
    if (fact.isPresent()) {
      return fact.get().holds() ? Truth.TRUE : Truth.FALSE;
    }
    if (entailment.holds(subject, relation, object)) {
      return Truth.TRUE;
    }
    if (!relation.accepts(entity(subject).type(), entity(object).type())) {
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

  /** The rule {@link KnowledgeBase#lookUp(String)} states. */
  List<Entity> lookUp(String term) {
    List<Entity> named = index.names().lookUp(term);
    Optional<Relation> brand = index.findRelation(TargetedImmunotherapy.HAS_BRAND_NAME);
    if (brand.isEmpty() || named.stream().noneMatch(e -> e.type() == EntityType.BRAND_NAME)) {
      return named;
    }
    LinkedHashSet<Entity> found = new LinkedHashSet<>(named);
    for (Entity entity : named) {
      if (entity.type() == EntityType.BRAND_NAME) {
        found.addAll(subjects(brand.get(), entity.id()));
      }
    }
    return List.copyOf(found);
  }
}
