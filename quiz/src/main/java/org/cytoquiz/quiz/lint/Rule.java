package org.cytoquiz.quiz.lint;

/** The item-writing rules of ITEM-QUALITY.md that {@link ItemLint} can check by reading a question. */
public enum Rule {
  /** The key is the option that shares the most words with the other options. */
  CONVERGENCE("convergence"),
  /** A word of the key (or a whole accepted answer, or one side of a pair) is already in what the learner reads. */
  KEY_IN_STEM("key-in-stem"),
  /** One option is far longer than every other. */
  LENGTH_OUTLIER("length-outlier"),
  /** The options are not all of one grammatical form (sentences beside fragments, noun phrases beside others). */
  MIXED_KINDS("mixed-kinds"),
  /** One option looks different: a trademark sign the others lack (™ among ®), or a different first-letter case. */
  TYPOGRAPHY("typography"),
  /**
   * An option (or a true/false statement) makes an absolute claim such as "always", "never", "all" or "none", or a
   * true/false statement keyed false says "must" or "has to", so that its one falsity is the absolute.
   */
  ABSOLUTE_TERM("absolute-term"),
  /** A matching question has no right-hand item left over, so its last pair is found by elimination. */
  NO_LEFT_OVER("no-left-over"),
  /**
   * Wording that trips the reader: a doubled hedge in plain-language text ("may possibly", "might possibly", "can
   * possibly"), or a verb said twice with "self-" ("administered at home, self-administered").
   */
  LANGUAGE("language");

  private final String key;

  Rule(String key) {
    this.key = key;
  }

  /** The rule's name as printed, such as {@code key-in-stem}. */
  public String key() {
    return key;
  }
}
