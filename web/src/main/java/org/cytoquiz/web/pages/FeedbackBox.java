package org.cytoquiz.web.pages;

import java.util.List;

/**
 * A marked answer with its explanations.
 *
 * @param verdict "Correct", "Partly correct" or "Not correct"
 * @param tone "right", "partial" or "wrong", for styling
 * @param marks the marks earned, such as "1 of 1"
 * @param key the right answer in words
 * @param items the explanations, each with its citation
 */
public record FeedbackBox(String verdict, String tone, String marks, String key, List<Explanation> items) {

  /**
   * One explanation and where the article says it.
   *
   * @param verdict the verdict on the answer it explains, in the audience's words, such as "Not quite."
   * @param tone "right", "partial" or "wrong", for styling the verdict
   * @param text the explanation
   * @param citation where the article says it
   */
  public record Explanation(String verdict, String tone, String text, String citation) {}
}
