package org.cytoquiz.web.live;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.cytoquiz.web.http.JsonBodies;
import org.cytoquiz.web.text.Ui;
import org.cytoquiz.web.text.UiText;

/**
 * Phrases with a number that the live pages' script ({@code live.js}) fills in as the number changes (the answers
 * counted so far, the seconds left to vote), handed to it by the page so that the script holds no words.
 *
 * <p>A phrase's wording can depend on its number (one answer, two answers), by the plural rules of the language.
 * The page therefore gives the script one form of the phrase per plural category of the language (CLDR's
 * {@code zero}, {@code one}, {@code two}, {@code few}, {@code many}, {@code other}), each with the marker
 * {@link #MARK} where the number goes; the script picks the category with the browser's {@code Intl.PluralRules}
 * for the page's language and puts the number in place of the marker.
 */
public final class LivePhrases {

  /** Where the number goes in each form. */
  public static final String MARK = "{#}";

  private LivePhrases() {}

  /**
   * The forms of a phrase for the language of the request being served ({@link Ui#text()}), as a JSON object from
   * plural category to form, such as {@code {"one":"First vote: {#} answer","other":"First vote: {#} answers"}}
   * for {@code plurals(n -> Ui.t("live.bars.caption", "vote", "first", "answers", n))}.
   *
   * @param phrase the phrase for a count (a whole number of 0 or more), typically a {@link Ui#t} call
   * @return the JSON object, one entry per plural category of the language; a form where the number is not written
   *     as a numeral (a language that spells "one") has no marker
   * @throws NullPointerException if {@code phrase} is null or returns null
   */
  public static String plurals(IntFunction<String> phrase) {
    return plurals(Ui.text(), phrase);
  }

  /**
   * The forms of a phrase in {@code text}'s language, as {@link #plurals(IntFunction)} describes.
   *
   * @param text the language whose plural rules and number format apply
   * @param phrase the phrase for a count, in that language
   * @return the JSON object from plural category to form
   * @throws NullPointerException if an argument is null or {@code phrase} returns null
   */
  static String plurals(UiText text, IntFunction<String> phrase) {
    return write(forms(text, phrase));
  }

  /** The forms as a map from plural category to form, in category order. */
  static Map<String, String> forms(UiText text, IntFunction<String> phrase) {
    Objects.requireNonNull(phrase, "phrase");
    ULocale locale = ULocale.forLocale(text.language());
    PluralRules rules = PluralRules.forLocale(locale);
    NumberFormat number = NumberFormat.getInstance(locale);
    Map<String, String> forms = new TreeMap<>();
    for (String category : rules.getKeywords()) {
      List<Integer> samples = wholeSamples(rules, category);
      if (samples.isEmpty()) {
        continue;
      }
      String form = null;
      for (int sample : samples) {
        String written = Objects.requireNonNull(phrase.apply(sample), "phrase");
        String shown = number.format(sample);
        int at = written.indexOf(shown);
        if (at >= 0 && written.indexOf(shown, at + 1) < 0) {
          form = written.substring(0, at) + MARK + written.substring(at + shown.length());
          break;
        }
      }
      forms.put(category, form != null ? form : phrase.apply(samples.get(0)));
    }
    return forms;
  }

  /** The whole numbers 0 or more that ICU gives as samples of {@code category}, smallest first. */
  private static List<Integer> wholeSamples(PluralRules rules, String category) {
    Collection<Double> samples = rules.getSamples(category, PluralRules.SampleType.INTEGER);
    List<Integer> whole = new ArrayList<>();
    if (samples != null) {
      for (double sample : samples) {
        if (sample >= 0 && sample <= Integer.MAX_VALUE && sample == Math.rint(sample)) {
          whole.add((int) sample);
        }
      }
    }
    whole.sort(null);
    return whole;
  }

  private static String write(Object value) {
    try {
      return JsonBodies.MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
