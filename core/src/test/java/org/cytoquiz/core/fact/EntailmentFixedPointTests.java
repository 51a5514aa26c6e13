package org.cytoquiz.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.core.TestModels.INTRO;
import static org.cytoquiz.core.TestModels.ref;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Property: on random taxonomies and facts, {@link Entailment} holds exactly the triples that a naive fixed
 * point of the four rules holds, and every derivation's grounds are stated facts that hold.
 */
class EntailmentFixedPointTests {

  static final Relation IS_A = new Relation("is-a", new Wording("{subject} is a {object}", "{subject} is a {object}"),
      EnumSet.of(EntityType.CYTOKINE), EnumSet.of(EntityType.CYTOKINE), World.OPEN, Cardinality.MANY, true,
      EnumSet.noneOf(Carry.class), Optional.empty());
  static final Relation UP = relation("gives", EnumSet.of(Carry.BROADER_OBJECTS));
  static final Relation DOWN = relation("is-used-with", EnumSet.of(Carry.MEMBERS));
  static final Relation BOTH = relation("goes-with", EnumSet.of(Carry.BROADER_OBJECTS, Carry.MEMBERS));
  static final Relation NONE = relation("stays-put", EnumSet.noneOf(Carry.class));
  static final List<Relation> CARRYING = List.of(UP, DOWN, BOTH, NONE);

  static Relation relation(String id, Set<Carry> carries) {
    return new Relation(id, new Wording("{subject} r {object}", "{subject} r {object}"),
        EnumSet.of(EntityType.CYTOKINE), EnumSet.of(EntityType.CYTOKINE), World.OPEN, Cardinality.MANY, false,
        carries, Optional.empty());
  }

  @Test
  void entailmentIsTheFixedPointOfItsRules() {
    qt().withExamples(300)
        .forAll(integers().between(2, 9), longs().all())
        .checkAssert((size, seed) -> {
          Random random = new Random(seed);
          Map<EntityId, EntityType> types = new HashMap<>();
          for (int i = 0; i < size; i++) {
            types.put(EntityId.of("e" + i), EntityType.CYTOKINE);
          }
          List<Fact> facts = new ArrayList<>();
          Set<String> seen = new HashSet<>();
          for (int n = random.nextInt(3 * size); n > 0; n--) {
            int s = random.nextInt(size);
            int o = random.nextInt(size);
            Relation relation = random.nextInt(3) == 0 ? IS_A : CARRYING.get(random.nextInt(CARRYING.size()));
            if (s != o && seen.add(s + " " + relation.id() + " " + o)) {
              Fact fact = Fact.of("e" + s, relation, "e" + o, ref(INTRO, 1));
              facts.add(random.nextInt(5) == 0 ? fact.denied() : fact);
            }
          }
          Entailment entailment = Entailment.of(facts, types);

          Set<String> expected = fixedPoint(facts);
          Set<String> actual = new HashSet<>();
          for (Relation relation : List.of(IS_A, UP, DOWN, BOTH, NONE)) {
            entailment.facts(relation).forEach(d -> actual.add(key(d.conclusion())));
          }
          assertThat(actual).isEqualTo(expected);
          for (Relation relation : List.of(IS_A, UP, DOWN, BOTH, NONE)) {
            for (Derivation d : entailment.facts(relation)) {
              assertThat(facts).containsAll(d.grounds());
              assertThat(d.grounds()).allMatch(Fact::holds);
              assertThat(d.conclusion().source()).isEqualTo(d.grounds().get(0).source());
            }
          }
        });
  }

  /**
   * The triples that hold: stated ones, closed under the rules by applying them one step at a time until
   * nothing changes.
   */
  static Set<String> fixedPoint(List<Fact> facts) {
    Set<String> holds = new HashSet<>();
    List<String[]> isA = new ArrayList<>();
    for (Fact fact : facts) {
      if (fact.holds()) {
        holds.add(key(fact));
        if (fact.relation().taxonomic()) {
          isA.add(new String[] {fact.subject().value(), fact.object().value()});
        }
      }
    }
    Map<String, Relation> relations = new HashMap<>();
    for (Relation r : List.of(IS_A, UP, DOWN, BOTH, NONE)) {
      relations.put(r.id(), r);
    }
    boolean grew = true;
    while (grew) {
      grew = false;
      for (String triple : List.copyOf(holds)) {
        String[] t = triple.split(" ");
        Relation r = relations.get(t[1]);
        for (String[] link : isA) {
          if (r.carries(Carry.BROADER_OBJECTS) && link[0].equals(t[2])) {
            grew |= holds.add(t[0] + " " + t[1] + " " + link[1]);
          }
          if (r.carries(Carry.MEMBERS) && link[1].equals(t[0])) {
            grew |= holds.add(link[0] + " " + t[1] + " " + t[2]);
          }
        }
      }
    }
    // A link of a thing to itself is a sound step on the way (X R X, then X R Broader), but no fact states one.
    holds.removeIf(t -> t.split(" ")[0].equals(t.split(" ")[2]));
    return holds;
  }

  static String key(Fact fact) {
    return fact.subject() + " " + fact.relation().id() + " " + fact.object();
  }
}
