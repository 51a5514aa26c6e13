package org.cytoquiz.quiz.lint;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The identifying words of a piece of learner-facing text, for telling whether one text gives another away.
 *
 * <p>A text's words are its runs of letters and digits, case-folded, without trademark signs, with function
 * words ("the", "of", "into") dropped and a plural "s" or an adverb's "ly" taken off, so "Interleukin-2 (IL-2)"
 * has the words
 * {@code interleukin, 2, il} and "intravenously" the word {@code intravenous}.
 */
public final class Words {

  /** Words that carry grammar, not meaning; they never identify an answer. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "in", "into", "on", "at", "to", "for", "from", "by", "with", "and", "or", "as",
      "is", "are", "be", "been", "it", "its", "this", "that", "these", "those", "which", "what", "who", "your",
      "you", "their", "his", "her", "can", "may", "must", "has", "have", "had", "do", "does", "not", "than",
      "so", "such", "there", "here", "other", "some", "one", "true", "false",
      // Prepositions of place: "under the skin" says no more than "below the skin".
      "under", "below", "beneath", "inside", "within", "through", "right", "just", "straight");

  /** A word this long or longer gives itself away inside a longer word ("interferon" in "peginterferon"). */
  private static final int INFIX_LENGTH = 5;

  private Words() {}

  /**
   * The identifying words of {@code text}, in order of first appearance.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Set<String> of(String text) {
    // Marks go before compatibility normalising, which would spell "Sylatron™" as "SylatronTM", one word.
    String unmarked = text.replaceAll("[\u2122\u00AE\u00A9\u2120]", "");
    String folded = Normalizer.normalize(unmarked, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    Set<String> words = new LinkedHashSet<>();
    for (String token : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!token.isEmpty() && !FUNCTION_WORDS.contains(token)) {
        words.add(stem(token));
      }
    }
    return words;
  }

  /**
   * Takes a plural "s" and an adverb's "ly" off a word of more than four letters, after spelling a British
   * form the American way ("tumour" as "tumor", "centre" as "center"), so spelling variants count as one word.
   */
  static String stem(String token) {
    String word = american(token);
    if (word.length() > 4 && word.endsWith("ly")) {
      return word.substring(0, word.length() - 2);
    }
    if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  /**
   * Whether every identifying word of {@code answer} is found in {@code given} (as a word, or for words of five
   * letters or more inside one of its words): a learner shown {@code given} can tell {@code answer} without
   * knowing anything. An answer without identifying words is never given away.
   */
  public static boolean givesAway(String given, String answer) {
    Set<String> answerWords = of(answer);
    if (answerWords.isEmpty()) {
      return false;
    }
    Set<String> givenWords = of(given);
    return answerWords.stream().allMatch(word -> found(word, givenWords));
  }

  /** The words of {@code words} that are found in {@code given}, in their order. */
  public static List<String> foundIn(Set<String> words, String given) {
    Set<String> givenWords = of(given);
    List<String> found = new ArrayList<>();
    for (String word : words) {
      if (found(word, givenWords)) {
        found.add(word);
      }
    }
    return found;
  }

  /** One spelling for British and American forms, as typed answers compare them. */
  static String american(String word) {
    return org.cytoquiz.quiz.question.TextAnswers.american(word);
  }

  /**
   * Whether {@code word} is in {@code in}: as a word; for a word of five letters or more, inside one of its
   * words ("interferon" in "peginterferon"); or as a compound made mostly of one of its words of five letters
   * or more ("biochemotherapy" when "chemotherapy" is shown: two thirds of it or more).
   */
  private static boolean found(String word, Set<String> in) {
    if (in.contains(word)) {
      return true;
    }
    return word.length() >= INFIX_LENGTH && in.stream().anyMatch(w -> w.contains(word))
        || in.stream().anyMatch(w -> w.length() >= INFIX_LENGTH && word.contains(w)
            && 3 * w.length() >= 2 * word.length());
  }
}
