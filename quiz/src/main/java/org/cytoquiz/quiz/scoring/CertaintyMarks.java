package org.cytoquiz.quiz.scoring;

/** Gardner-Medwin's certainty-based marking scheme, as Moodle uses it. */
final class CertaintyMarks {

  /** Marks for a right answer at certainty 1, 2, 3 (index 0 unused). */
  static final double[] RIGHT = {0, 1, 2, 3};
  /** Marks for a wrong answer at certainty 1, 2, 3 (index 0 unused). */
  static final double[] WRONG = {0, 0, -2, -6};

  private CertaintyMarks() {}
}
