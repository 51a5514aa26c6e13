package org.cytoquiz.teaching;

/** When a learner sees whether an answer was right and why. */
public enum FeedbackMode {
  /** After each answer. */
  IMMEDIATE,
  /** Only when the whole quiz is submitted. */
  DEFERRED
}
