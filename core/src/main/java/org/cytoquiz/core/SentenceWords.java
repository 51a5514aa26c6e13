package org.cytoquiz.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words cytoquiz puts around and inside a course's facts when it states them, in one language: the frames of
 * stated and denied facts and the modal words ("may", "has to"). They live in the message bundle {@value #BUNDLE}
 * ({@code sentences.properties}, English, and {@code sentences_<language>.properties} beside it), keyed
 * {@code <audience>.<name>} such as {@code patient.modality.must}.
 *
 * <p>The language is the one asked for, never the machine's default locale: a language with no file of its own
 * reads English, and a key its file leaves out reads the English words. Stateless and safe to use from any thread.
 */
public final class SentenceWords {

  /** The base name of the bundle of sentence words. */
  public static final String BUNDLE = "org.cytoquiz.core.sentences";

  private SentenceWords() {}

  /**
   * The words {@code <audience>.<name>} in {@code language}, as the bundle writes them.
   *
   * @param audience who reads them; not null
   * @param name the key without its audience, such as {@code modality.may}; not null
   * @param language the language; not null
   * @return the words
   * @throws NullPointerException if an argument is null
   * @throws MissingResourceException if neither the language's file nor the English one has the key, naming the
   *     key, the bundle and the language
   */
  public static String get(Audience audience, String name, Locale language) {
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(name, "name");
    String key = audience.key() + "." + name;
    ResourceBundle words = bundle(Objects.requireNonNull(language, "language"));
    try {
      return words.getString(key);
    } catch (MissingResourceException e) {
      throw new MissingResourceException("no words '" + key + "' in the bundle " + BUNDLE + " for language '"
          + language.toLanguageTag() + "' nor in its English base file", BUNDLE, key);
    }
  }

  /**
   * The words {@code patient.<name>} and {@code staff.<name>} as one wording.
   *
   * @throws NullPointerException if an argument is null
   * @throws MissingResourceException as {@link #get} does
   */
  public static Wording wording(String name, Locale language) {
    return new Wording(get(Audience.PATIENT, name, language), get(Audience.STAFF, name, language));
  }

  private static ResourceBundle bundle(Locale language) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language);
    String found = bundle.getLocale().getLanguage();
    if (!found.isEmpty() && !found.equals(language.getLanguage())) {
      // ResourceBundle falls back to the machine's default locale when the language asked for has no file of its
      // own; cytoquiz reads English then, wherever it runs.
      bundle = ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
    }
    return bundle;
  }
}
