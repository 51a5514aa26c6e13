package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One side of a matching pair.
 *
 * @param id the item's id, unique within its side
 * @param text what the learner reads
 */
public record Item(String id, String text) {

  public Item {
    checkNotNull(id, "id");
    checkNotNull(text, "text");
  }
}
