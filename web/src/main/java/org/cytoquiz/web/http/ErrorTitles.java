package org.cytoquiz.web.http;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.web.text.Ui;
import org.cytoquiz.web.text.UiText;

/**
 * The titles of error pages in the reader's language. The server names each error with an English title (the
 * {@code title} of the API's JSON error, of an {@link HttpProblem}); an error page shows the phrase
 * {@code common.error.title.<name>} whose English is that title, or the title as it is when no phrase has it.
 * Stateless and safe to share between threads.
 */
public final class ErrorTitles {

  /** The names of the titles the phrases know, the last part of their keys. */
  static final List<String> NAMES = List.of("bad-request", "not-signed-in", "forbidden", "not-found",
      "method-not-allowed", "too-large", "unsupported-media-type", "server-error", "unavailable",
      "attempt-submitted", "answer-marked", "answer-counted", "quiz-changed", "cannot-start", "conflict",
      "invalid-answer", "name-needed", "too-many-tries", "voting-closed", "move-not-allowed");

  /** Each English title, with the name of its phrase. */
  private static final Map<String, String> BY_ENGLISH = byEnglish();

  private ErrorTitles() {}

  /**
   * The page title for the English error title {@code english}, in the phrases of this thread ({@link Ui}).
   *
   * @param english an error's title as the server gives it in English, such as "Not found"; not null
   * @return its phrase in this thread's language, or {@code english} itself when no phrase has that English
   * @throws NullPointerException if {@code english} is null
   */
  public static String page(String english) {
    String name = BY_ENGLISH.get(java.util.Objects.requireNonNull(english, "english"));
    return name == null ? english : Ui.t("common.error.title." + name);
  }

  private static Map<String, String> byEnglish() {
    Map<String, String> titles = new HashMap<>();
    for (String name : NAMES) {
      String english = UiText.english().t("common.error.title." + name);
      String before = titles.put(english, name);
      if (before != null) {
        throw new IllegalStateException("the error titles " + before + " and " + name + " both read '" + english
            + "' in English");
      }
    }
    return Map.copyOf(titles);
  }
}
