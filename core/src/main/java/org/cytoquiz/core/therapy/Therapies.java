package org.cytoquiz.core.therapy;

import java.util.List;
import java.util.Objects;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.EntityType;

/**
 * The typed views of a knowledge base: its therapies, indications and targeted immunotherapies, each with what the
 * content says about it. {@link KnowledgeBase#therapies()} and its siblings call these.
 *
 * <p>Stateless and safe to call from several threads at once. Null arguments throw {@link NullPointerException}
 * naming the parameter.
 */
public final class Therapies {

  private Therapies() {}

  /**
   * Every cytokine therapy in {@code kb} with what the content says about it.
   *
   * @param kb the model; not null
   * @return the therapies, in content order; unmodifiable
   */
  public static List<Therapy> all(KnowledgeBase kb) {
    Objects.requireNonNull(kb, "kb");
    return kb.entities(EntityType.THERAPY).stream().map(t -> Therapy.of(kb, t)).toList();
  }

  /**
   * The therapy of {@code kb} with this id.
   *
   * @param kb the model; not null
   * @param id the therapy's id, such as {@code high-dose-il2}; not null
   * @return the therapy and what the content says about it
   * @throws org.cytoquiz.core.UnknownEntityException if there is no such therapy, listing the therapies
   */
  public static Therapy therapy(KnowledgeBase kb, String id) {
    Objects.requireNonNull(kb, "kb");
    Objects.requireNonNull(id, "id");
    return Therapy.of(kb, kb.entity(EntityType.THERAPY, id));
  }

  /**
   * Every use of a treatment for a condition in {@code kb}, with its qualifiers and source: the stated ones in
   * content order, then the entailed ones (a use stated for a class holds for its members).
   *
   * @param kb the model; not null
   * @return the indications; empty when the model has no {@value Indication#RELATION} relation; unmodifiable
   */
  public static List<Indication> indications(KnowledgeBase kb) {
    Objects.requireNonNull(kb, "kb");
    return kb.findRelation(Indication.RELATION)
        .map(r -> kb.entailment().facts(r).stream().map(d -> Indication.of(kb, d.conclusion())).toList())
        .orElse(List.of());
  }

  /**
   * Every targeted immunotherapy in {@code kb} with its brand name.
   *
   * @param kb the model; not null
   * @return the medicines, in content order; unmodifiable
   */
  public static List<TargetedImmunotherapy> targetedImmunotherapies(KnowledgeBase kb) {
    Objects.requireNonNull(kb, "kb");
    return kb.entities(EntityType.TARGETED_IMMUNOTHERAPY).stream()
        .map(drug -> TargetedImmunotherapy.of(kb, drug))
        .toList();
  }
}
