package org.cytoquiz.quiz.question;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/**
 * What a learner answered: option ids, typed text, or matched pairs.
 *
 * <p>Immutable records, safe to share between threads; a null component throws {@link NullPointerException}
 * naming it, and a null element of a list or map throws {@link NullPointerException} too.
 */
public sealed interface Response {

  /**
   * The options picked, for single-choice, multiple-response, true/false and scenario questions.
   *
   * @param selected the ids of the options picked, in the order picked; may be empty, not null
   */
  record Choice(List<String> selected) implements Response {
    /**
     * Copies the selection.
     *
     * @throws NullPointerException if {@code selected} or one of its ids is null
     */
    public Choice {
      java.util.Objects.requireNonNull(selected, "selected");
      selected = ImmutableList.copyOf(selected);
    }
  }

  /**
   * The text typed, for text-entry questions.
   *
   * @param text what the learner typed, as typed; may be blank, not null
   */
  record Text(String text) implements Response {
    /**
     * Checks the text is there.
     *
     * @throws NullPointerException if {@code text} is null
     */
    public Text {
      java.util.Objects.requireNonNull(text, "text");
    }
  }

  /**
   * Left item id to right item id, for matching questions.
   *
   * @param pairs each left item's id to the id of the right item matched with it; may be empty, not null
   */
  record Pairs(Map<String, String> pairs) implements Response {
    /**
     * Copies the pairs.
     *
     * @throws NullPointerException if {@code pairs} or one of its keys or values is null
     */
    public Pairs {
      java.util.Objects.requireNonNull(pairs, "pairs");
      pairs = ImmutableMap.copyOf(pairs);
    }
  }
}
