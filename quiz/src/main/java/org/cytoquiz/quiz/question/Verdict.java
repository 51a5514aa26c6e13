package org.cytoquiz.quiz.question;

import org.cytoquiz.core.Audience;

/**
 * What a piece of feedback says of the answer it explains, apart from the explanation itself, so that pages
 * and other programs can style or translate it.
 */
public enum Verdict {
  /** The answer (option, pair or typed text) is right. */
  RIGHT,
  /** The answer is wrong, but part of what it says is true (an option that joins true and false claims). */
  PARTLY,
  /** The answer is wrong. */
  WRONG;

  /** The verdict as an English word for {@code audience}, such as "Not quite." for a patient's wrong answer. */
  public String word(Audience audience) {
    boolean patient = audience == Audience.PATIENT;
    return switch (this) {
      case RIGHT -> patient ? "Yes, that's right." : "Correct.";
      case PARTLY -> patient ? "Partly right." : "Partially correct.";
      case WRONG -> patient ? "Not quite." : "Incorrect.";
    };
  }
}
