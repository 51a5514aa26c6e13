package org.cytoquiz.quiz.question;

import java.text.Normalizer;
import java.util.Locale;

/** How typed answers are compared: case, spacing, hyphens, punctuation and trademark signs do not matter. */
public final class TextAnswers {

  private TextAnswers() {}

  /** The comparable form of {@code text}: "IL-2", "il 2" and "Il2 " all become "il 2" or "il2" alike. */
  public static String normalise(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replaceAll("[®™©]", "")
        .replaceAll("[‐‑‒–—_/-]", " ")
        .replaceAll("[.,;:!?'’\"()\\[\\]]", "")
        .replaceAll("\\s+", " ")
        .strip();
    // Treat a letter-digit boundary like a space, so "il2" and "il 2" agree.
    return folded.replaceAll("(?<=[a-z])(?=\\d)|(?<=\\d)(?=[a-z])", " ").replaceAll("\\s+", " ");
  }

  /** Whether {@code given} matches {@code accepted} once both are normalised. */
  public static boolean matches(String given, String accepted) {
    return normalise(given).equals(normalise(accepted));
  }
}
