package org.cytoquiz.core.therapy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Fact;

/**
 * A cytokine therapy together with what the content says about it, stated or entailed (a route stated for
 * cytokine therapy as a whole holds for each cytokine therapy): a typed read of the knowledge base's facts for
 * library users, never a second copy of them.
 *
 * @param entity the therapy itself
 * @param cytokine the cytokine it gives, if stated
 * @param dose its dose level, if stated
 * @param routes the ways it is stated to be given
 * @param requiredSettings where it must be given
 * @param possibleSettings where it may be given
 * @param schedules how often it may be given
 * @param indications what it is used to treat
 * @param facts every fact the lists above are read from, stated or entailed, each with its qualifiers and
 *     source (an entailed fact cites the stated fact it follows from)
 */
public record Therapy(
    Entity entity,
    Optional<Entity> cytokine,
    Optional<Entity> dose,
    List<Entity> routes,
    List<Entity> requiredSettings,
    List<Entity> possibleSettings,
    List<Entity> schedules,
    List<Indication> indications,
    List<Fact> facts) {

  /** Relation from a therapy to the cytokine it gives. */
  public static final String USES_CYTOKINE = "uses-cytokine";
  /** Relation from a therapy to its dose level. */
  public static final String GIVEN_AT_DOSE = "given-at-dose";
  /** Relation from a therapy to a route of administration. */
  public static final String GIVEN_BY_ROUTE = "given-by-route";
  /** Relation from a therapy to a care setting it is restricted to. */
  public static final String MUST_BE_GIVEN_IN = "must-be-given-in";
  /** Relation from a therapy to a care setting where it may be given. */
  public static final String CAN_BE_GIVEN_IN = "can-be-given-in";
  /** Relation from a therapy to a dosing frequency. */
  public static final String GIVEN_ON_SCHEDULE = "given-on-schedule";

  public Therapy {
    checkArgument(entity.type() == EntityType.THERAPY, "%s is not a therapy", entity.id());
    routes = ImmutableList.copyOf(routes);
    requiredSettings = ImmutableList.copyOf(requiredSettings);
    possibleSettings = ImmutableList.copyOf(possibleSettings);
    schedules = ImmutableList.copyOf(schedules);
    indications = ImmutableList.copyOf(indications);
    facts = ImmutableList.copyOf(facts);
  }

  /** The typed view of {@code therapy} in {@code kb}. */
  public static Therapy of(KnowledgeBase kb, Entity therapy) {
    return new Therapy(
        therapy,
        objects(kb, therapy, USES_CYTOKINE).stream().findFirst(),
        objects(kb, therapy, GIVEN_AT_DOSE).stream().findFirst(),
        objects(kb, therapy, GIVEN_BY_ROUTE),
        objects(kb, therapy, MUST_BE_GIVEN_IN),
        objects(kb, therapy, CAN_BE_GIVEN_IN),
        objects(kb, therapy, GIVEN_ON_SCHEDULE),
        kb.indications().stream().filter(i -> i.treatment().equals(therapy)).toList(),
        java.util.stream.Stream.of(USES_CYTOKINE, GIVEN_AT_DOSE, GIVEN_BY_ROUTE, MUST_BE_GIVEN_IN, CAN_BE_GIVEN_IN,
                GIVEN_ON_SCHEDULE, Indication.RELATION)
            .flatMap(r -> kb.findRelation(r).stream())
            .flatMap(r -> kb.objects(therapy.id(), r).stream()
                .map(o -> kb.entailed(therapy.id(), r, o.id()).orElseThrow()))
            .toList());
  }

  /** The fact, stated or entailed, that gives this therapy {@code object} in the relation {@code relationId}. */
  public Optional<Fact> factAbout(String relationId, Entity object) {
    return facts.stream()
        .filter(f -> f.relation().id().equals(relationId) && f.object().equals(object.id()))
        .findFirst();
  }

  /** The objects {@code subject} has in the relation {@code relationId}, stated or entailed. */
  static List<Entity> objects(KnowledgeBase kb, Entity subject, String relationId) {
    return kb.findRelation(relationId).map(r -> kb.objects(subject.id(), r)).orElse(List.of());
  }
}
