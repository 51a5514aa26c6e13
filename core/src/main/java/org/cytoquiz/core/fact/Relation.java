package org.cytoquiz.core.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.util.Set;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;

/**
 * A kind of link between two entities, such as "must be given in" from a therapy to a care setting.
 *
 * @param id the stable identifier, such as {@code must-be-given-in}
 * @param wording a sentence template in both wordings, with {@value #SUBJECT} and {@value #OBJECT} standing for
 *     the two entities, such as "{subject} has to be given in {object}"
 * @param subjectTypes the kinds of entity that may be the subject
 * @param objectTypes the kinds of entity that may be the object
 * @param world whether an unlisted pair is false ({@link World#CLOSED}) or unknown ({@link World#OPEN})
 * @param cardinality how many objects one subject may have
 */
public record Relation(
    String id,
    Wording wording,
    Set<EntityType> subjectTypes,
    Set<EntityType> objectTypes,
    World world,
    Cardinality cardinality) {

  /** Stands for the subject's label in a wording template. */
  public static final String SUBJECT = "{subject}";
  /** Stands for the object's label in a wording template. */
  public static final String OBJECT = "{object}";

  public Relation {
    id = EntityId.of(id).value();
    checkNotNull(wording, "wording of relation %s", id);
    checkArgument(isTemplate(wording.patient()) && isTemplate(wording.clinical()),
        "the wordings of relation %s must each contain %s and %s", id, SUBJECT, OBJECT);
    checkNotNull(world, "world of relation %s", id);
    checkNotNull(cardinality, "cardinality of relation %s", id);
    checkArgument(!subjectTypes.isEmpty(), "relation %s allows no subject type", id);
    checkArgument(!objectTypes.isEmpty(), "relation %s allows no object type", id);
    subjectTypes = Sets.immutableEnumSet(subjectTypes);
    objectTypes = Sets.immutableEnumSet(objectTypes);
  }

  /** Whether {@code text} holds both placeholders, once each. */
  public static boolean isTemplate(String text) {
    return text.indexOf(SUBJECT) >= 0 && text.indexOf(SUBJECT) == text.lastIndexOf(SUBJECT)
        && text.indexOf(OBJECT) >= 0 && text.indexOf(OBJECT) == text.lastIndexOf(OBJECT);
  }

  /** The clause this relation makes of a subject and an object, in both wordings, without end punctuation. */
  public Wording render(Wording subject, Wording object) {
    return new Wording(
        fill(wording.patient(), subject.patient(), object.patient()),
        fill(wording.clinical(), subject.clinical(), object.clinical()));
  }

  private static String fill(String template, String subject, String object) {
    return template.replace(SUBJECT, subject).replace(OBJECT, object);
  }

  /** Whether an entity of {@code subject} type may stand on the left and one of {@code object} type on the right. */
  public boolean accepts(EntityType subject, EntityType object) {
    return subjectTypes.contains(subject) && objectTypes.contains(object);
  }
}
