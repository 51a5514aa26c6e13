package org.cytoquiz.core.teaching;

import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.entity.EntityId;

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

  @Override
  public String toString() {
    return subject + " " + relation + " " + object;
  }
}
