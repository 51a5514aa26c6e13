package org.cytoquiz.quiz.question;

import java.util.Locale;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.wording.Phrases;

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

  /**
   * The verdict in English for {@code audience}, such as "Not quite." for a patient's wrong answer; the same as
   * {@code word(audience, Locale.ENGLISH)}.
   *
   * @throws NullPointerException if {@code audience} is null
   */
  public String word(Audience audience) {
    return word(audience, Locale.ENGLISH);
  }

  /**
   * The verdict for {@code audience} in {@code language}, from the phrases {@code verdict.right},
   * {@code verdict.partly} and {@code verdict.wrong} of {@link Phrases#QUIZ_BUNDLE} (English where the language
   * has no bundle or no such phrase).
   *
   * @throws NullPointerException if an argument is null
   */
  public String word(Audience audience, Locale language) {
    return Phrases.of(audience, language).get("verdict." + name().toLowerCase(Locale.ROOT));
  }
}
