package org.cytoquiz.teaching;

import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;

/**
 * A part of the course that quizzes balance over, such as "how cytokines are given".
 *
 * @param id the stable identifier, such as {@code administration}
 * @param label what the topic covers, in both wordings
 */
public record Topic(String id, Wording label) {

  public Topic {
    id = EntityId.of(id).value();
    checkNotNull(label, "label of topic %s", id);
  }
}
