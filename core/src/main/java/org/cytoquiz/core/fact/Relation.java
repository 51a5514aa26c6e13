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
 * @param wording the verb phrase that joins subject and object, in both wordings
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

  public Relation {
    id = EntityId.of(id).value();
    checkNotNull(wording, "wording of relation %s", id);
    checkNotNull(world, "world of relation %s", id);
    checkNotNull(cardinality, "cardinality of relation %s", id);
    checkArgument(!subjectTypes.isEmpty(), "relation %s allows no subject type", id);
    checkArgument(!objectTypes.isEmpty(), "relation %s allows no object type", id);
    subjectTypes = Sets.immutableEnumSet(subjectTypes);
    objectTypes = Sets.immutableEnumSet(objectTypes);
  }

  /** Whether an entity of {@code subject} type may stand on the left and one of {@code object} type on the right. */
  public boolean accepts(EntityType subject, EntityType object) {
    return subjectTypes.contains(subject) && objectTypes.contains(object);
  }
}
