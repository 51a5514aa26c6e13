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
  /** An option (or a true/false statement) makes an absolute claim such as "always", "never", "all" or "none". */
  ABSOLUTE_TERM("absolute-term");

  private final String key;

  Rule(String key) {
    this.key = key;
  }

  /** The rule's name as printed, such as {@code key-in-stem}. */
  public String key() {
    return key;
  }
}
