package org.cytoquiz.teaching;

/** How a quiz turns answers into marks. */
public enum Marking {
  /** Full marks for a fully right answer, none otherwise. */
  ALL_OR_NOTHING,
  /** Partial credit: option fractions summed and clamped to [0, 1], pairs counted one by one. */
  PARTIAL_CREDIT,
  /** Every option of a multiple-response question is a decision that counts equally. */
  EVERY_DECISION_COUNTS,
  /** A wrong single choice costs marks; no answer costs nothing. */
  NEGATIVE_MARKING
}
