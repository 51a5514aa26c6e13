package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.quiz.question.TextAnswers;

/**
 * The answers a text-entry question accepts: every form an informed learner would type for each right
 * entity (both wordings, the aliases, and each side of a name with a parenthesis, such as "leukocytes" and
 * "white blood cells" for "leukocytes (white blood cells)"), but no form, other than the preferred answer,
 * that the prompt already shows word for word.
 */
final class AcceptedAnswers {

  /** "before (inside) after": a name with one parenthesis. */
  private static final Pattern PARENTHESIS = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*(.*)$");

  /** "first or second noun": two one-word alternatives before the noun they share. */
  private static final Pattern ALTERNATIVES = Pattern.compile("^(\\S+) or (\\S+) (\\S.*)$");

  private AcceptedAnswers() {}

  /**
   * The accepted answers, {@code preferred} first, then the forms of {@code rights} (the key first), one per
   * normalised form, leaving out any the {@code prompt} shows.
   */
  static List<String> of(String preferred, List<Entity> rights, String prompt) {
    Map<String, String> accepted = new LinkedHashMap<>();
    accepted.put(TextAnswers.normalise(preferred), preferred);
    List<String> promptWords = words(prompt);
    for (Entity right : rights) {
      List<String> names = new ArrayList<>();
      names.add(right.label().patient());
      names.add(right.label().clinical());
      names.addAll(right.aliases());
      for (String name : names) {
        for (String form : forms(name)) {
          String key = TextAnswers.normalise(form);
          if (!key.isEmpty() && !shows(promptWords, words(form))) {
            accepted.putIfAbsent(key, form);
          }
        }
      }
    }
    return List.copyOf(accepted.values());
  }

  /**
   * A name, and the other ways of writing it that mean the same: for a name with a parenthesis each reading of it
   * ("natural killer (NK) cells" gives "NK cells"); for a name that opens with two alternatives of one word each
   * before a shared noun ("satellite or in-transit metastasis"), the alternatives the other way round and joined
   * by "and" or a slash, as clinicians also write them ("in-transit or satellite metastasis", "satellite and
   * in-transit metastasis", "satellite/in-transit metastasis").
   */
  static List<String> forms(String name) {
    List<String> forms = new ArrayList<>();
    forms.add(name.strip());
    Matcher m = PARENTHESIS.matcher(name.strip());
    if (m.matches()) {
      String after = m.group(3).isBlank() ? "" : " " + m.group(3).strip();
      forms.add((m.group(1).strip() + after).strip());
      forms.add((m.group(2).strip() + after).strip());
    }
    for (String form : List.copyOf(forms)) {
      Matcher pair = ALTERNATIVES.matcher(form);
      if (pair.matches()) {
        String first = pair.group(1);
        String second = pair.group(2);
        String noun = pair.group(3);
        for (String joined : List.of(second + " or " + first, first + " and " + second, second + " and " + first,
            first + "/" + second, second + "/" + first)) {
          forms.add(joined + " " + noun);
        }
      }
    }
    return forms;
  }

  /** The words of {@code text}, each normalised, split at spaces, hyphens and punctuation. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String piece : text.split("[\\p{P}\\p{Z}\\s]+")) {
      String word = TextAnswers.normalise(piece);
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Whether {@code form}'s words appear in a row among {@code prompt}'s. */
  static boolean shows(List<String> prompt, List<String> form) {
    return !form.isEmpty() && Collections.indexOfSubList(prompt, form) >= 0;
  }
}
