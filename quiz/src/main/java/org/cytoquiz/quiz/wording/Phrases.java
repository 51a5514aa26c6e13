package org.cytoquiz.quiz.wording;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.cytoquiz.core.Audience;

/**
 * The fixed phrases one audience reads in one language, taken from a message bundle: UTF-8 properties files
 * {@code <base>.properties} (English, the fallback for every language) and {@code <base>_<language>.properties}
 * beside it on the class path, each key written {@code <audience>.<name>}, such as
 * {@code patient.verdict.right=Yes, that's right.}. A phrase may hold named placeholders such as
 * {@code {statement}}, which {@link #fill} replaces; apostrophes and other characters need no escaping.
 *
 * <p>The language is the one asked for, never the machine's default locale: a language with no bundle of its
 * own reads English, and a key its bundle leaves out reads the English phrase. Immutable and safe to share
 * between threads.
 */
public final class Phrases {

  /** The base name of the bundle of the quiz generators' phrases, and of the verdicts. */
  public static final String QUIZ_BUNDLE = "org.cytoquiz.quiz.wording.phrases";

  private final String baseName;
  private final ResourceBundle bundle;
  private final Audience audience;
  private final Locale language;

  private Phrases(String baseName, ResourceBundle bundle, Audience audience, Locale language) {
    this.baseName = baseName;
    this.bundle = bundle;
    this.audience = audience;
    this.language = language;
  }

  /**
   * The quiz phrases ({@link #QUIZ_BUNDLE}) for {@code audience} in {@code language}.
   *
   * @param audience who reads the phrases; not null
   * @param language the language, such as {@link Locale#ENGLISH}; only its language, country and variant count
   * @return the phrases
   * @throws NullPointerException if an argument is null
   * @throws MissingResourceException if the English bundle itself cannot be found (a broken build)
   */
  public static Phrases of(Audience audience, Locale language) {
    return of(QUIZ_BUNDLE, Phrases.class.getModule(), audience, language);
  }

  /**
   * The phrases of the bundle {@code baseName} (a dotted name such as {@code org.cytoquiz.interchange.phrases})
   * that {@code module} holds, for {@code audience} in {@code language}; other modules of cytoquiz keep their
   * phrases in bundles of their own and read them through this method.
   *
   * @param baseName the bundle's base name; not null
   * @param module the module (or, on the class path, the unnamed module of the class loader) holding the
   *     bundle; not null
   * @param audience who reads the phrases; not null
   * @param language the language; not null
   * @return the phrases
   * @throws NullPointerException if an argument is null
   * @throws MissingResourceException if the bundle has no base (English) file
   */
  public static Phrases of(String baseName, Module module, Audience audience, Locale language) {
    Objects.requireNonNull(baseName, "baseName");
    Objects.requireNonNull(module, "module");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(language, "language");
    ResourceBundle bundle = ResourceBundle.getBundle(baseName, language, module);
    String found = bundle.getLocale().getLanguage();
    if (!found.isEmpty() && !found.equals(language.getLanguage())) {
      // ResourceBundle falls back to the JVM's default locale when the language asked for has no file of its
      // own; cytoquiz reads English then, whatever machine it runs on.
      bundle = ResourceBundle.getBundle(baseName, Locale.ROOT, module);
    }
    return new Phrases(baseName, bundle, audience, language);
  }

  /** Who reads these phrases. */
  public Audience audience() {
    return audience;
  }

  /** The language asked for (whose bundle, or English where it has none, gives the phrases). */
  public Locale language() {
    return language;
  }

  /**
   * The phrase {@code name} for this audience, such as {@code get("verdict.wrong")} giving "Not quite." to a
   * patient in English.
   *
   * @param name the key without its audience prefix; not null
   * @return the phrase, as the bundle writes it
   * @throws NullPointerException if {@code name} is null
   * @throws MissingResourceException if neither the language's bundle nor the English one has the key, naming
   *     the key and the bundle
   */
  public String get(String name) {
    Objects.requireNonNull(name, "name");
    String key = audience.key() + "." + name;
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new MissingResourceException("no phrase '" + key + "' in the bundle " + baseName + " for language '"
          + language.toLanguageTag() + "' nor in its English base file", baseName, key);
    }
  }

  /**
   * The phrase {@code name} with each of its placeholders {@code {placeholder}} replaced by its value, in one
   * pass (a value holding braces is not read again), such as
   * {@code fill("true-false.stem", "statement", "Interferon is a cytokine")}.
   *
   * @param name the key without its audience prefix; not null
   * @param namesAndValues placeholder names and their values, alternating; none null
   * @return the filled phrase
   * @throws NullPointerException if an argument or a name or value is null
   * @throws IllegalArgumentException if {@code namesAndValues} has an odd length, or the phrase holds a
   *     placeholder not given or an unclosed brace (naming the key, the bundle and the placeholder)
   * @throws MissingResourceException as {@link #get} does
   */
  public String fill(String name, String... namesAndValues) {
    Objects.requireNonNull(namesAndValues, "namesAndValues");
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("phrase " + name + ": placeholder names and values must come in pairs, "
          + "not " + namesAndValues.length + " strings");
    }
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.put(Objects.requireNonNull(namesAndValues[i], "placeholder name"),
          Objects.requireNonNull(namesAndValues[i + 1], "value of {" + namesAndValues[i] + "}"));
    }
    String template = get(name);
    StringBuilder out = new StringBuilder(template.length() + 64);
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        out.append(template, at, template.length());
        break;
      }
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalArgumentException(where(name) + " has an unclosed '{' at character " + open);
      }
      String placeholder = template.substring(open + 1, close);
      String value = values.get(placeholder);
      if (value == null) {
        throw new IllegalArgumentException(where(name) + " holds the placeholder {" + placeholder
            + "}, which the code does not fill; it fills " + values.keySet());
      }
      out.append(template, at, open).append(value);
      at = close + 1;
    }
    return out.toString();
  }

  private String where(String name) {
    return "the phrase '" + audience.key() + "." + name + "' of the bundle " + baseName + " for language '"
        + language.toLanguageTag() + "'";
  }

  @Override
  public String toString() {
    return "Phrases[" + baseName + ", " + audience.key() + ", " + language.toLanguageTag() + "]";
  }
}
