package org.cytoquiz.teaching;

/** How deep a question goes, after the first levels of Bloom's taxonomy. */
public enum Difficulty {
  /** Remembering a fact as stated. */
  RECALL,
  /** Telling a fact from what it is not, or relating two facts. */
  UNDERSTANDING,
  /** Using facts on a patient's situation. */
  APPLICATION
}
