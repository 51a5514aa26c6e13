package org.cytoquiz.core.fact;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;

/**
 * Everything that holds by the content: the stated facts and what follows from them along the taxonomy.
 *
 * <p>The rules, all of them sound for the relations that declare them:
 * <ol>
 *   <li>The facts of {@linkplain Relation#taxonomic() taxonomic} relations (a form of, a kind of, belongs to)
 *       make one is-a order over the entities, which is transitive: X ⊑ Y ⊑ Z gives X ⊑ Z.</li>
 *   <li>A fact S R O of a relation that carries to {@linkplain Carry#BROADER_OBJECTS broader objects} gives
 *       S R B for every B with O ⊑ B (a treatment that gives interferon-alfa gives interferon).</li>
 *   <li>A fact C R O of a relation that carries to {@linkplain Carry#MEMBERS members} gives M R O for every M
 *       with M ⊑ C (the routes stated for cytokine therapy hold for each cytokine therapy).</li>
 *   <li>A taxonomic relation carries both ways, which is what makes it transitive.</li>
 * </ol>
 * Only facts that hold are derived, and only between entities of kinds the relation takes. A derived fact
 * keeps the qualifiers and the source of the stated fact it is carried from, and knows all its grounds. A
 * denial derives nothing; a denial of a pair that is entailed is a contradiction the knowledge base reports.
 */
public final class Entailment {

  private final Map<Key, Derivation> byTriple;
  private final ImmutableListMultimap<String, Derivation> byRelation;
  private final ImmutableListMultimap<Key, Derivation> bySubject;
  private final ImmutableListMultimap<Key, Derivation> byObject;
  private final ImmutableList<Derivation> derived;

  private Entailment(Map<Key, Derivation> byTriple) {
    this.byTriple = byTriple;
    this.byRelation = byTriple.values().stream()
        .collect(ImmutableListMultimap.toImmutableListMultimap(d -> d.conclusion().relation().id(), d -> d));
    this.bySubject = byTriple.values().stream().collect(ImmutableListMultimap.toImmutableListMultimap(
        d -> new Key(d.conclusion().subject(), d.conclusion().relation().id(), null), d -> d));
    this.byObject = byTriple.values().stream().collect(ImmutableListMultimap.toImmutableListMultimap(
        d -> new Key(null, d.conclusion().relation().id(), d.conclusion().object()), d -> d));
    this.derived = byTriple.values().stream().filter(d -> !d.stated()).collect(ImmutableList.toImmutableList());
  }

  /**
   * What {@code facts} entail, given the kind of every entity they name.
   *
   * @throws IllegalArgumentException if a fact names an entity {@code types} does not know
   */
  public static Entailment of(Collection<Fact> facts, Map<EntityId, EntityType> types) {
    checkNotNull(facts, "facts");
    checkNotNull(types, "types");
    Map<EntityId, List<Fact>> up = new LinkedHashMap<>();
    Map<EntityId, List<Fact>> down = new LinkedHashMap<>();
    for (Fact fact : facts) {
      if (fact.holds() && fact.relation().taxonomic()) {
        up.computeIfAbsent(fact.subject(), k -> new ArrayList<>()).add(fact);
        down.computeIfAbsent(fact.object(), k -> new ArrayList<>()).add(fact);
      }
    }
    Map<EntityId, Map<EntityId, List<Fact>>> broader = new java.util.HashMap<>();
    Map<EntityId, Map<EntityId, List<Fact>>> narrower = new java.util.HashMap<>();
    Map<Key, Derivation> all = new LinkedHashMap<>();
    for (Fact fact : facts) {
      if (fact.holds()) {
        all.putIfAbsent(Key.of(fact), new Derivation(fact, List.of(fact)));
      }
    }
    for (Fact fact : facts) {
      if (!fact.holds()) {
        continue;
      }
      Relation relation = fact.relation();
      Map<EntityId, List<Fact>> subjects = new LinkedHashMap<>();
      subjects.put(fact.subject(), List.of());
      if (relation.carries(Carry.MEMBERS)) {
        subjects.putAll(narrower.computeIfAbsent(fact.subject(), s -> reach(s, down, false)));
      }
      Map<EntityId, List<Fact>> objects = new LinkedHashMap<>();
      objects.put(fact.object(), List.of());
      if (relation.carries(Carry.BROADER_OBJECTS)) {
        objects.putAll(broader.computeIfAbsent(fact.object(), o -> reach(o, up, true)));
      }
      for (var s : subjects.entrySet()) {
        for (var o : objects.entrySet()) {
          EntityId subject = s.getKey();
          EntityId object = o.getKey();
          if (subject.equals(object) || !relation.accepts(type(types, subject), type(types, object))) {
            continue;
          }
          Fact conclusion = new Fact(subject, relation, object, true, fact.qualifiers(), fact.source(),
              fact.furtherSources());
          Key key = Key.of(conclusion);
          if (!all.containsKey(key)) {
            List<Fact> grounds = new ArrayList<>();
            grounds.add(fact);
            grounds.addAll(s.getValue());
            grounds.addAll(o.getValue());
            all.put(key, new Derivation(conclusion, grounds));
          }
        }
      }
    }
    return new Entailment(all);
  }

  private static EntityType type(Map<EntityId, EntityType> types, EntityId id) {
    EntityType type = types.get(id);
    if (type == null) {
      throw new IllegalArgumentException("unknown entity '" + id + "'");
    }
    return type;
  }

  /**
   * Every entity reachable from {@code start} along taxonomic links (upward to broader things, or downward to
   * narrower ones), each with the shortest chain of links that reaches it, in breadth-first order.
   */
  private static Map<EntityId, List<Fact>> reach(EntityId start, Map<EntityId, List<Fact>> links, boolean upward) {
    Map<EntityId, List<Fact>> found = new LinkedHashMap<>();
    Deque<EntityId> queue = new ArrayDeque<>();
    Map<EntityId, List<Fact>> paths = new LinkedHashMap<>();
    paths.put(start, List.of());
    queue.add(start);
    while (!queue.isEmpty()) {
      EntityId at = queue.poll();
      for (Fact link : links.getOrDefault(at, List.of())) {
        EntityId next = upward ? link.object() : link.subject();
        if (!paths.containsKey(next)) {
          List<Fact> path = new ArrayList<>(paths.get(at));
          path.add(link);
          paths.put(next, List.copyOf(path));
          found.put(next, List.copyOf(path));
          queue.add(next);
        }
      }
    }
    found.remove(start);
    return found;
  }

  /** Whether "{@code subject} {@code relation} {@code object}" holds, stated or entailed. */
  public boolean holds(EntityId subject, Relation relation, EntityId object) {
    return byTriple.containsKey(new Key(subject, relation.id(), object));
  }

  /** How "{@code subject} {@code relation} {@code object}" holds, if it does. */
  public Optional<Derivation> derivation(EntityId subject, Relation relation, EntityId object) {
    return Optional.ofNullable(byTriple.get(new Key(subject, relation.id(), object)));
  }

  /** Every fact of {@code relation} that holds, stated ones first in content order, then entailed ones. */
  public List<Derivation> facts(Relation relation) {
    return byRelation.get(relation.id());
  }

  /** Every fact that holds with this subject in this relation, stated first. */
  public List<Derivation> about(EntityId subject, Relation relation) {
    return bySubject.get(new Key(subject, relation.id(), null));
  }

  /** Every fact that holds with this object in this relation, stated first. */
  public List<Derivation> pointingAt(Relation relation, EntityId object) {
    return byObject.get(new Key(null, relation.id(), object));
  }

  /** Every fact that holds but is not stated, in the order derived. */
  public List<Derivation> derived() {
    return derived;
  }

  private record Key(EntityId subject, String relation, EntityId object) {
    static Key of(Fact fact) {
      return new Key(fact.subject(), fact.relation().id(), fact.object());
    }
  }
}
