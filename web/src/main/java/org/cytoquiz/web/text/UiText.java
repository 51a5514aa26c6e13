package org.cytoquiz.web.text;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The web interface's phrases in one language: every word a page, a certificate or a chart shows that is not
 * course content (headings, buttons, hints, errors, dates).
 *
 * <p>Phrases live in message bundles beside this class, one per area of the interface, named by the first part of
 * each key: {@code learner.question.heading} is the key {@code question.heading} of {@code learner.properties}.
 * The areas are {@link #AREAS}. Each file is UTF-8 and holds the English phrases, which every other language falls
 * back to key by key; another language is a file {@code <area>_<language>.properties} beside it (such as
 * {@code learner_fr.properties}) and needs no code: a course whose {@code course.yaml} says {@code language: fr}
 * reads its phrases from there.
 *
 * <p>A phrase is an ICU message pattern: named arguments in braces ({@code Question {number} of {total}}), plural
 * forms by the language's CLDR rules ({@code {marks, plural, one {# mark} other {# marks}}}) and a single
 * apostrophe written as it reads ({@code You're}). Templates read phrases through {@link Ui}.
 *
 * <p>The language is the one asked for, never the machine's default locale. Immutable and safe to share between
 * threads; {@link #of} returns one instance per language.
 */
public final class UiText {

  /**
   * The areas of the interface, one bundle each: {@code common} (the frame of every page, the catalogue, the start
   * and error pages), {@code learner} (answering and finishing a quiz), {@code result} (the result and the review of
   * answers), {@code instructor} (results, statistics, attempts, exports), {@code certificate} (certificates, their
   * verification, the content review sheet) and {@code live} (live sessions).
   */
  public static final List<String> AREAS = List.of("common", "learner", "result", "instructor", "certificate", "live");

  /** The package holding the bundles, as a base-name prefix. */
  static final String BASE = "org.cytoquiz.web.text.";

  private static final Map<Locale, UiText> LOADED = new ConcurrentHashMap<>();
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Locale language;
  private final ULocale icuLocale;
  private final Map<String, ResourceBundle> bundles;
  /** Phrases without arguments, formatted once: most of a page's phrases. */
  private final Map<String, String> plain = new ConcurrentHashMap<>();
  /** Parsed formats of the phrases with arguments, by key, each in use by at most one thread at a time. */
  private final Map<String, Queue<MessageFormat>> formats = new ConcurrentHashMap<>();
  private final DateTimeFormatter day;
  private final DateTimeFormatter month;
  private final DateTimeFormatter moment;

  private UiText(Locale language) {
    this.language = language;
    this.icuLocale = ULocale.forLocale(language);
    Map<String, ResourceBundle> loaded = new HashMap<>();
    for (String area : AREAS) {
      loaded.put(area, ResourceBundle.getBundle(BASE + area, language, UiText.class.getClassLoader(),
          NO_DEFAULT_LOCALE));
    }
    this.bundles = Map.copyOf(loaded);
    this.day = DateTimeFormatter.ofPattern(phrase("common.format.day"), language);
    this.month = DateTimeFormatter.ofPattern(phrase("common.format.month"), language);
    this.moment = DateTimeFormatter.ofPattern(phrase("common.format.moment"), language);
  }

  /**
   * The phrases of {@code language}: its own bundles where it has them, English elsewhere.
   *
   * @param language the language, such as {@link Locale#ENGLISH}; only its language, country and variant count
   * @return the phrases, one shared instance per language
   * @throws NullPointerException if {@code language} is null
   * @throws MissingResourceException if an English base bundle is missing (a broken build)
   */
  public static UiText of(Locale language) {
    Objects.requireNonNull(language, "language");
    return LOADED.computeIfAbsent(language, UiText::new);
  }

  /** English, the language every other one falls back to. */
  public static UiText english() {
    return of(Locale.ENGLISH);
  }

  /** The language asked for. */
  public Locale language() {
    return language;
  }

  /**
   * The phrase {@code key} with its arguments filled in, such as
   * {@code t("learner.question.heading", "number", 3, "total", 10)} giving "Question 3 of 10".
   *
   * @param key the area, a dot, and the key within the area's bundle; not null
   * @param namesAndValues argument names (strings) and their values, alternating; numbers stay numbers so that
   *     plural forms and number formats apply
   * @return the phrase, as plain text (templates escape it)
   * @throws NullPointerException if {@code key}, a name or a value is null
   * @throws IllegalArgumentException if {@code namesAndValues} has an odd length or a name is not a string
   * @throws MissingResourceException if the key's area is not one of {@link #AREAS} or neither the language's
   *     bundle nor the English one has the key, naming the key and the language
   */
  public String t(String key, Object... namesAndValues) {
    Objects.requireNonNull(key, "key");
    if (namesAndValues.length == 0) {
      return plain.computeIfAbsent(key, k -> new MessageFormat(phrase(k), icuLocale).format(Map.of()));
    }
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("phrase " + key + ": argument names and values must come in pairs, not "
          + namesAndValues.length + " values");
    }
    Map<String, Object> arguments = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (!(namesAndValues[i] instanceof String name)) {
        throw new IllegalArgumentException("phrase " + key + ": argument " + (i / 2 + 1) + " has no name");
      }
      arguments.put(name, Objects.requireNonNull(namesAndValues[i + 1], "value of {" + name + "} in " + key));
    }
    // A MessageFormat is not safe to share while it formats, and parsing a pattern costs several times what
    // formatting does: each key keeps a few parsed formats, each lent to one caller at a time.
    Queue<MessageFormat> idle = formats.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>());
    MessageFormat format = idle.poll();
    if (format == null) {
      format = new MessageFormat(phrase(key), icuLocale);
    }
    try {
      return format.format(arguments);
    } finally {
      idle.offer(format);
    }
  }

  /** A day in this language's long form, such as "30 November 2026". */
  public String day(LocalDate date) {
    return day.format(date);
  }

  /** A month, such as "February 2022". */
  public String month(YearMonth yearMonth) {
    return month.format(yearMonth);
  }

  /** A moment to the minute, such as "30 Nov 2026, 14:05". */
  public String moment(LocalDateTime time) {
    return moment.format(time);
  }

  /** The phrase's pattern as its bundle writes it. */
  String phrase(String key) {
    int dot = key.indexOf('.');
    ResourceBundle bundle = dot < 0 ? null : bundles.get(key.substring(0, dot));
    if (bundle == null) {
      throw new MissingResourceException("phrase '" + key + "' names no area of the interface; its first part must "
          + "be one of " + AREAS, BASE + "*", key);
    }
    try {
      return bundle.getString(key.substring(dot + 1));
    } catch (MissingResourceException e) {
      throw new MissingResourceException("no phrase '" + key.substring(dot + 1) + "' in " + BASE
          + key.substring(0, dot) + " for language '" + language.toLanguageTag() + "' nor in its English base file",
          BASE + key.substring(0, dot), key);
    }
  }

  /** Every key of every area's English base bundle, with its area, such as {@code learner.question.heading}. */
  static List<String> baseKeys() {
    return AREAS.stream()
        .flatMap(area -> ResourceBundle.getBundle(BASE + area, Locale.ROOT, UiText.class.getClassLoader(),
            NO_DEFAULT_LOCALE).keySet().stream().map(k -> area + "." + k))
        .sorted()
        .toList();
  }
}
