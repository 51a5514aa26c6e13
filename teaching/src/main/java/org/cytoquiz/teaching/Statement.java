package org.cytoquiz.teaching;

import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;

/**
 * A claim an authored option rests on: subject, relation and object, whose truth the knowledge base decides.
 *
 * @param subject the subject's id
 * @param relation the relation's id
 * @param object the object's id
 */
public record Statement(EntityId subject, String relation, EntityId object) {

  public Statement {
    checkNotNull(subject, "subject");
    checkNotNull(relation, "relation");
    checkNotNull(object, "object");
  }

  /**
   * What the knowledge base says about this statement: see {@link KnowledgeBase#truth(EntityId, Relation, EntityId)}.
   *
   * @param kb the model to ask; not null
   * @return true, false or unknown
   * @throws NullPointerException if {@code kb} is null
   * @throws org.cytoquiz.core.UnknownEntityException if the model has no such relation or entity
   */
  public Truth truth(KnowledgeBase kb) {
    java.util.Objects.requireNonNull(kb, "kb");
    return kb.truth(subject, kb.relation(relation), object);
  }

  @Override
  public String toString() {
    return subject + " " + relation + " " + object;
  }
}
