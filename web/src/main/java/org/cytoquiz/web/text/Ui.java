package org.cytoquiz.web.text;

import java.util.Objects;

/**
 * The phrases of the request this thread is serving, for templates and the code that builds pages: the web
 * application sets them from its course's language before each request ({@link #use}) and clears them after.
 * Where nothing is set (a page rendered by the command line, outside a request) they are English.
 *
 * <p>In a template: {@code ${Ui.t("common.page.title", "title", title)}}.
 */
public final class Ui {

  private static final ThreadLocal<UiText> CURRENT = new ThreadLocal<>();

  private Ui() {}

  /**
   * Makes {@code text} the phrases of the pages this thread renders until {@link #clear()}.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static void use(UiText text) {
    CURRENT.set(Objects.requireNonNull(text, "text"));
  }

  /** Forgets this thread's phrases: it reads English again. */
  public static void clear() {
    CURRENT.remove();
  }

  /** This thread's phrases: those set by {@link #use}, or English. */
  public static UiText text() {
    UiText text = CURRENT.get();
    return text == null ? UiText.english() : text;
  }

  /**
   * This thread's phrase {@code key} with its arguments, as {@link UiText#t} gives it.
   *
   * @throws java.util.MissingResourceException if no bundle has the key
   */
  public static String t(String key, Object... namesAndValues) {
    return text().t(key, namesAndValues);
  }

  /** This thread's language as an IETF tag for {@code <html lang>}, such as {@code en}. */
  public static String lang() {
    return text().language().toLanguageTag();
  }
}
