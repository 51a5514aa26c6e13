package org.cytoquiz.core.therapy;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;

/**
 * A targeted immunotherapy drug by its generic name, with the brand name it is sold under.
 *
 * @param drug the drug, labelled with its generic name
 * @param brandName its brand name, if stated
 */
public record TargetedImmunotherapy(Entity drug, Optional<Entity> brandName) {

  /** Relation from a drug to its brand name. */
  public static final String HAS_BRAND_NAME = "has-brand-name";

  public TargetedImmunotherapy {
    checkArgument(
        drug.type() == EntityType.TARGETED_IMMUNOTHERAPY, "%s is not a targeted immunotherapy", drug.id());
  }

  /** The typed view of {@code drug} in {@code kb}. */
  public static TargetedImmunotherapy of(KnowledgeBase kb, Entity drug) {
    return new TargetedImmunotherapy(drug, Therapy.objects(kb, drug, HAS_BRAND_NAME).stream().findFirst());
  }
}
