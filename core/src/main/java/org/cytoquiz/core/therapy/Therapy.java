package org.cytoquiz.core.therapy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;

/**
 * A cytokine therapy together with what the content states about it: a typed read of the knowledge base's
 * facts for library users, never a second copy of them.
 *
 * @param entity the therapy itself
 * @param cytokine the cytokine it gives, if stated
 * @param dose its dose level, if stated
 * @param routes the ways it is stated to be given
 * @param requiredSettings where it must be given
 * @param possibleSettings where it may be given
 * @param schedules how often it may be given
 * @param indications what it is stated to treat
 */
public record Therapy(
    Entity entity,
    Optional<Entity> cytokine,
    Optional<Entity> dose,
    List<Entity> routes,
    List<Entity> requiredSettings,
    List<Entity> possibleSettings,
    List<Entity> schedules,
    List<Indication> indications) {

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
        kb.indications().stream().filter(i -> i.treatment().equals(therapy)).toList());
  }

  static List<Entity> objects(KnowledgeBase kb, Entity subject, String relationId) {
    return kb.findRelation(relationId).map(r -> kb.objects(subject.id(), r)).orElse(List.of());
  }
}
