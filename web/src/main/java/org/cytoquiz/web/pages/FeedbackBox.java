package org.cytoquiz.web.pages;

import java.util.List;

/**
 * A marked answer with its explanations, in terms of what the learner chose: each option (or pair, or typed
 * answer) with whether it is right, whether the learner chose it, and why.
 *
 * <p>Boxes are stored as JSON in each submitted attempt's review snapshot; boxes stored before {@code rows},
 * {@code given} and {@code certainty} existed read with those empty and are shown by their {@code items}.
 *
 * @param verdict the verdict on the whole answer, such as "Right!", "Partly right" or "Incorrect"
 * @param tone "right", "partial" or "wrong", for styling
 * @param marks the marks earned, such as "1 of 1" or "−6 of a possible 3"
 * @param key the right answer in words
 * @param items explanations without the learner's choices (only in boxes stored before {@code rows}); empty
 *     otherwise
 * @param rows each option, pair or typed answer with its verdict and explanation; empty in old boxes
 * @param given the learner's answer in words, or "Not answered"; empty in old boxes
 * @param certainty how sure the learner said they were, such as "Sure (right +3, wrong −6)"; empty when the
 *     quiz does not ask
 */
public record FeedbackBox(String verdict, String tone, String marks, String key, List<Explanation> items,
    List<Row> rows, String given, String certainty) {

  public FeedbackBox {
    items = items == null ? List.of() : List.copyOf(items);
    rows = rows == null ? List.of() : List.copyOf(rows);
    given = given == null ? "" : given;
    certainty = certainty == null ? "" : certainty;
  }

  /** An old-style box: explanations only (kept for code and snapshots that build one). */
  public FeedbackBox(String verdict, String tone, String marks, String key, List<Explanation> items) {
    this(verdict, tone, marks, key, items, List.of(), "", "");
  }

  /** This box with {@code words} as the certainty the learner gave (empty for none). */
  public FeedbackBox withCertainty(String words) {
    return new FeedbackBox(verdict, tone, marks, key, items, rows, given, words);
  }

  /** The mark beside the verdict: "✓" when right, "✗" otherwise ("◐" when partly right). */
  public String symbol() {
    return Views.symbol(tone);
  }

  /**
   * One explanation and where the article says it.
   *
   * @param verdict the verdict on the answer it explains, in the audience's words, such as "Not quite."
   * @param tone "right", "partial" or "wrong", for styling the verdict
   * @param text the explanation
   * @param citation where the article says it
   */
  public record Explanation(String verdict, String tone, String text, String citation) {}

  /**
   * One option, pair or typed answer, as the learner chose it.
   *
   * @param label what the learner saw: the option's text, the left item of a pair, or the typed answer
   * @param right whether this option (or pair, or typed answer) is right
   * @param chosen whether the learner chose it (ticked the option, made the pair, typed the answer)
   * @param status what the two mean together, in the audience's words, such as "True — you missed this one."
   * @param tone "right", "partial" or "wrong", for styling the status
   * @param explanation why, in the audience's words
   * @param citation where the article says it
   */
  public record Row(String label, boolean right, boolean chosen, String status, String tone, String explanation,
      String citation) {

    /** "✓" for a right option, "✗" for a wrong one ("◐" when partly true). */
    public String symbol() {
      return Views.symbol(tone);
    }
  }
}
