package org.cytoquiz.quiz.question;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;

/** What a learner answered: option ids, typed text, or matched pairs. */
public sealed interface Response {

  /** The options picked, for single-choice, multiple-response, true/false and scenario questions. */
  record Choice(List<String> selected) implements Response {
    public Choice {
      selected = ImmutableList.copyOf(selected);
    }
  }

  /** The text typed, for text-entry questions. */
  record Text(String text) implements Response {
    public Text {
      java.util.Objects.requireNonNull(text, "text");
    }
  }

  /** Left item id to right item id, for matching questions. */
  record Pairs(Map<String, String> pairs) implements Response {
    public Pairs {
      pairs = ImmutableMap.copyOf(pairs);
    }
  }
}
