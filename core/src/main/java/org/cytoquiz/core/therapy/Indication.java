package org.cytoquiz.core.therapy;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.core.source.SourceRef;

/**
 * A treatment's use for a condition, stated or entailed, with the hedges the article attaches.
 *
 * @param treatment the therapy, cytokine or approach
 * @param condition what it treats
 * @param qualifiers how firmly, when or for whom, such as "may" and "if other treatments are not working"
 * @param source where the article says it (for an entailed use, where it says the fact it follows from)
 */
public record Indication(
    Entity treatment, Entity condition, List<Qualifier> qualifiers, SourceRef source) {

  /** Relation from a treatment to a condition it is used for. */
  public static final String RELATION = "treats";

  public Indication {
    checkArgument(condition.type() == EntityType.CONDITION, "%s is not a condition", condition.id());
    qualifiers = ImmutableList.copyOf(qualifiers);
  }

  /** The indication that {@code fact}, a fact of the {@value #RELATION} relation that holds, expresses. */
  public static Indication of(KnowledgeBase kb, Fact fact) {
    checkArgument(fact.holds() && fact.relation().id().equals(RELATION), "not a stated indication: %s", fact.describe());
    return new Indication(
        kb.entity(fact.subject()), kb.entity(fact.object()), fact.qualifiers(), fact.source());
  }
}
