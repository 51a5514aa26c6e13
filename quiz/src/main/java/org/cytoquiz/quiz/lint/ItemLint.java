package org.cytoquiz.quiz.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;

/**
 * Checks questions against the item-writing rules of ITEM-QUALITY.md that a program can judge from the text a
 * learner reads (see {@link Rule}): no convergence, no key words in the stem, no option that stands out by
 * length, form or typography, no absolute terms (nor a false statement that says "must"), no matching without a
 * left-over, no doubled hedge for patients. It reports; it changes nothing.
 *
 * <p>What it cannot see from text alone, such as a true/false statement whose subject's name answers it, the
 * generators rule out before a question is made.
 */
public final class ItemLint {

  /**
   * An option this many times longer than every other (and {@link #LENGTH_MARGIN} characters longer) stands
   * out: a key that explains more than its distractors is a classic cue.
   */
  static final double LENGTH_RATIO = 1.8;
  /** Short options may differ by a word without standing out: "IV" beside "under the skin" is not a cue. */
  static final int LENGTH_MARGIN = 20;

  /**
   * Absolute terms. "Every" before a unit of time ("every day", "every other week") states how often, not that
   * something holds without exception, so it is not one.
   */
  private static final Pattern ABSOLUTE = Pattern.compile(
      "\\b(always|never|all|none|only|every(?!\\s+(?:other\\s+)?(?:day|week|month|year|morning|evening|night)s?\\b))\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A modal that states a link as necessary; denied, it gives itself away as the one false word. */
  private static final Pattern ABSOLUTE_MODAL = Pattern.compile("\\b(must|has to|have to|needs to|need to)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** Two hedges in a row: plain language says "can sometimes", not "may possibly". */
  private static final Pattern DOUBLED_HEDGE = Pattern.compile(
      "\\b(may|might|can|could)\\s+(possibly|perhaps|maybe)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** A verb said again with "self-" in one sentence: "administered at home, self-administered". */
  private static final Pattern SELF_REPEAT = Pattern.compile("\\b(\\p{L}{4,})\\b[^.?!]*\\bself-\\1\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");
  private static final String SIGNS = "™®©";

  private ItemLint() {}

  /** The findings on every question, in question order and, within a question, in rule order. */
  public static List<Finding> check(Collection<? extends Question> questions) {
    List<Finding> findings = new ArrayList<>();
    for (Question question : questions) {
      findings.addAll(check(question));
    }
    return findings;
  }

  /** The findings on one question, in rule order; empty when it breaks no rule the lint checks. */
  public static List<Finding> check(Question question) {
    List<Finding> findings = new ArrayList<>();
    List<Option> options = question instanceof TrueFalse ? List.of() : question.options();
    if (!options.isEmpty()) {
      convergence(question, options, findings);
      keyInStem(question, options, findings);
      lengthOutlier(question, options.stream().map(Option::text).toList(), findings);
      mixedKinds(question, options.stream().map(Option::text).toList(), findings);
      typography(question, options.stream().map(Option::text).toList(), findings);
      for (Option option : options) {
        absolute(question, "option “" + option.text() + "”", option.text(), findings);
      }
    }
    if (question instanceof TrueFalse) {
      absolute(question, "the statement", question.stem(), findings);
      boolean keyedFalse = question.options().stream().anyMatch(o -> o.correct() && o.id().equals(TrueFalse.FALSE));
      Matcher modal = ABSOLUTE_MODAL.matcher(question.stem());
      if (keyedFalse && modal.find()) {
        findings.add(new Finding(question.id(), Rule.ABSOLUTE_TERM, "the statement is keyed false and says “"
            + modal.group(1) + "”, so the absolute alone gives it away; ask what does hold instead"));
      }
    }
    language(question, findings);
    if (question instanceof TextEntry text) {
      for (String accepted : text.accepted()) {
        if (Words.givesAway(question.stem(), accepted)) {
          findings.add(new Finding(question.id(), Rule.KEY_IN_STEM,
              "the accepted answer “" + accepted + "” is already in the stem"));
        }
      }
    }
    if (question instanceof Matching matching) {
      matching(matching, findings);
    }
    findings.sort(Comparator.comparing(Finding::rule));
    return findings;
  }

  /**
   * The key of a single-answer question shares more words with the other options than any distractor does, and
   * with at least two of them: a test-wise learner picks the option where the others overlap.
   */
  private static void convergence(Question question, List<Option> options, List<Finding> findings) {
    long rights = options.stream().filter(Option::correct).count();
    if (rights != 1 || options.size() < 3) {
      return;
    }
    Option key = options.stream().filter(Option::correct).findFirst().orElseThrow();
    int keyScore = sharing(key, options);
    long overlapping = options.stream()
        .filter(o -> o != key && !intersection(Words.of(key.text()), Words.of(o.text())).isEmpty()).count();
    boolean highest = options.stream().filter(o -> o != key).allMatch(o -> sharing(o, options) < keyScore);
    if (highest && overlapping >= 2) {
      findings.add(new Finding(question.id(), Rule.CONVERGENCE, "the key “" + key.text()
          + "” shares the most words with the other options (" + keyScore + " shared words)"));
    }
  }

  /** For each word of {@code option}, how many other options have it too, summed. */
  private static int sharing(Option option, List<Option> options) {
    int score = 0;
    for (String word : Words.of(option.text())) {
      for (Option other : options) {
        if (other != option && Words.of(other.text()).contains(word)) {
          score++;
        }
      }
    }
    return score;
  }

  private static Set<String> intersection(Set<String> a, Set<String> b) {
    Set<String> both = new LinkedHashSet<>(a);
    both.retainAll(b);
    return both;
  }

  /** A word of a right option that the stem shows and no wrong option has: a clang association. */
  private static void keyInStem(Question question, List<Option> options, List<Finding> findings) {
    String wrongText = String.join(" ", options.stream().filter(o -> !o.correct()).map(Option::text).toList());
    for (Option option : options) {
      if (!option.correct()) {
        continue;
      }
      // A word that a wrong option has too (as a word, or inside a longer one) does not single the key out.
      Set<String> own = new LinkedHashSet<>(Words.of(option.text()));
      own.removeAll(Words.foundIn(own, wrongText));
      List<String> shown = Words.foundIn(own, question.stem());
      if (!shown.isEmpty()) {
        findings.add(new Finding(question.id(), Rule.KEY_IN_STEM, "the key “" + option.text()
            + "” repeats the stem's " + quoted(shown) + ", which no wrong option has"));
      }
    }
  }

  private static void matching(Matching matching, List<Finding> findings) {
    if (matching.right().size() <= matching.left().size()) {
      findings.add(new Finding(matching.id(), Rule.NO_LEFT_OVER, matching.left().size() + " items to match and "
          + matching.right().size() + " on the right: nothing is left over, so the last pair follows by elimination"));
    }
    Map<String, String> answer = matching.answer();
    for (Item left : matching.left()) {
      Item right = matching.right().stream().filter(r -> r.id().equals(answer.get(left.id()))).findFirst()
          .orElseThrow();
      if (Words.givesAway(left.text(), right.text()) || Words.givesAway(right.text(), left.text())) {
        findings.add(new Finding(matching.id(), Rule.KEY_IN_STEM,
            "“" + left.text() + "” and its pair “" + right.text() + "” share their identifying words"));
      }
    }
    List<String> rights = matching.right().stream().map(Item::text).toList();
    lengthOutlier(matching, rights, findings);
    mixedKinds(matching, rights, findings);
    typography(matching, rights, findings);
    typography(matching, matching.left().stream().map(Item::text).toList(), findings);
  }

  /** One text at least {@link #LENGTH_RATIO} times as long as, and {@link #LENGTH_MARGIN} longer than, every other. */
  private static void lengthOutlier(Question question, List<String> texts, List<Finding> findings) {
    if (texts.size() < 3) {
      return;
    }
    List<String> byLength = texts.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    String longest = byLength.get(0);
    int next = byLength.get(1).length();
    if (longest.length() >= LENGTH_RATIO * next && longest.length() - next >= LENGTH_MARGIN) {
      findings.add(new Finding(question.id(), Rule.LENGTH_OUTLIER, "“" + longest + "” has " + longest.length()
          + " characters; no other option has more than " + next));
    }
  }

  /**
   * The grammatical form of an option, as "a sentence" or "a phrase", with " opening with an article" when it
   * opens with "a", "an" or "the": options of one question should share it.
   */
  public static String form(String text) {
    String trimmed = text.strip();
    boolean sentence = !trimmed.isEmpty() && ".!?".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
    String first = trimmed.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    boolean article = ARTICLES.contains(first);
    return (sentence ? "a sentence" : "a phrase") + (article ? " opening with an article" : "");
  }

  private static void mixedKinds(Question question, List<String> texts, List<Finding> findings) {
    Set<String> forms = new TreeSet<>();
    texts.forEach(t -> forms.add(form(t)));
    if (forms.size() > 1) {
      findings.add(new Finding(question.id(), Rule.MIXED_KINDS, "the options mix forms: " + String.join("; ", forms)
          + " (" + String.join(" | ", texts) + ")"));
    }
  }

  /** Trademark signs used by some options and not others, or a first letter whose case differs. */
  private static void typography(Question question, List<String> texts, List<Finding> findings) {
    Set<String> signs = new TreeSet<>();
    Set<Boolean> capitals = new TreeSet<>();
    for (String text : texts) {
      StringBuilder sign = new StringBuilder();
      text.codePoints().filter(c -> SIGNS.indexOf(c) >= 0).forEach(sign::appendCodePoint);
      signs.add(sign.length() == 0 ? "no sign" : sign.toString());
      text.codePoints().filter(Character::isLetter).findFirst()
          .ifPresent(c -> capitals.add(Character.isUpperCase(c)));
    }
    if (signs.size() > 1) {
      findings.add(new Finding(question.id(), Rule.TYPOGRAPHY, "trademark signs differ between options: "
          + String.join(", ", signs)));
    }
    if (capitals.size() > 1) {
      findings.add(new Finding(question.id(), Rule.TYPOGRAPHY, "some options begin with a capital letter, others not"));
    }
  }

  private static void absolute(Question question, String what, String text, List<Finding> findings) {
    Matcher matcher = ABSOLUTE.matcher(text);
    if (matcher.find()) {
      findings.add(new Finding(question.id(), Rule.ABSOLUTE_TERM,
          what + " uses the absolute term “" + matcher.group(1) + "”"));
    }
  }

  /**
   * Doubled hedges in a patient question's text (its stem, options and feedback), and a verb repeated with
   * "self-" in any question's text. Staff wording keeps the article's own "may ... possibly".
   */
  private static void language(Question question, List<Finding> findings) {
    Set<String> texts = new LinkedHashSet<>();
    texts.add(question.stem());
    for (Option option : question.options()) {
      texts.add(option.text());
      texts.add(option.feedback().text());
    }
    if (question instanceof TextEntry text) {
      texts.add(text.right().text());
      texts.add(text.wrong().text());
    }
    if (question instanceof Matching matching) {
      matching.feedback().values().forEach(f -> texts.add(f.text()));
    }
    Set<String> said = new TreeSet<>();
    for (String text : texts) {
      Matcher hedge = DOUBLED_HEDGE.matcher(text);
      if (question.audience() == org.cytoquiz.core.Audience.PATIENT && hedge.find()) {
        said.add("the doubled hedge “" + hedge.group() + "”");
      }
      Matcher repeat = SELF_REPEAT.matcher(text);
      if (repeat.find()) {
        said.add("“" + repeat.group(1) + "” said twice, once with “self-”");
      }
    }
    for (String what : said) {
      findings.add(new Finding(question.id(), Rule.LANGUAGE, "the text has " + what));
    }
  }

  private static String quoted(List<String> words) {
    return words.size() == 1 ? "word “" + words.get(0) + "”"
        : "words " + String.join(", ", words.stream().map(w -> "“" + w + "”").toList());
  }
}
