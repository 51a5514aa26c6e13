package org.cytoquiz.teaching;

/** The kinds of question a quiz can hold. */
public enum QuestionKind {
  /** One right option among several. */
  SINGLE_CHOICE,
  /** Any number of right options; the learner picks all of them. */
  MULTIPLE_RESPONSE,
  /** A statement to judge true or false. */
  TRUE_FALSE,
  /** Items on the left each matched to one on the right. */
  MATCHING,
  /** A short typed answer, accepted in its usual variants. */
  TEXT_ENTRY,
  /** A patient situation followed by one right option among several, for staff. */
  SCENARIO
}
