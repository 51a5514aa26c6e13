package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkNotNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How typed answers are compared. Two answers match when they differ only in: trademark, registered,
 * copyright and service-mark signs; invisible characters (soft hyphens, zero-width spaces and joiners, byte
 * order marks and other Unicode format characters); Unicode compatibility forms (full-width letters,
 * ligatures, superscript digits); accents; hyphens, dashes, slashes, underscores and punctuation; spacing;
 * the spelling of alfa (alpha, α); British and American spelling ("tumour", "metastasised"); a plural "s";
 * and case, folded without regard to the machine's locale. So {@code Tecentriq™}, {@code Tecentriq®} and
 * {@code tecentriq} match, and so do {@code IL-2}, {@code il 2} and {@code IL2}, and {@code satellite tumours}
 * and {@code satellite tumor}.
 */
public final class TextAnswers {

  /** Signs that mark a name as a brand; they carry no meaning in an answer. */
  private static final Pattern BRAND_SIGNS = Pattern.compile("[™®©℠]");
  /** Unicode format characters: soft hyphen, zero-width space and joiners, word joiner, BOM, bidi marks. */
  private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  /** Everything that separates words or parts of a name, and punctuation; all dropped. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{Z}\\s]");

  private TextAnswers() {}

  /**
   * The comparable form of {@code text}: brand signs and invisible characters dropped, compatibility forms
   * replaced by their plain letters, accents removed, case folded with {@link Locale#ROOT}, and every space,
   * hyphen and punctuation mark removed. "IL-2", "il 2" and "Il2 " all become "il2". The result is its own
   * comparable form (normalising twice changes nothing).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String normalise(String text) {
    checkNotNull(text, "text");
    String previous = text;
    String current = fold(text);
    // Folding once is enough for ordinary text; a few exotic characters need a second pass to settle.
    for (int pass = 0; pass < 4 && !current.equals(previous); pass++) {
      previous = current;
      current = fold(current);
    }
    return current;
  }

  private static String fold(String text) {
    String s = INVISIBLE.matcher(BRAND_SIGNS.matcher(text).replaceAll("")).replaceAll("");
    // Compatibility forms first, so full-width or ligature letters fold like their plain forms; brand signs
    // are gone already, so NFKC cannot turn ™ into the letters "TM".
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    // Upper then lower case folds special cases such as ß (to "ss") the same on every machine.
    s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = INVISIBLE.matcher(BRAND_SIGNS.matcher(s).replaceAll("")).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll("");
    // Spelling variants over the whole answer, not word by word, so that where a learner puts spaces and hyphens
    // still does not matter: "satellite tumours" and "satellitetumor" compare alike.
    s = singular(s.replace("our", "or").replace("tre", "ter").replace("oe", "e").replace("ae", "e")
        .replace("ise", "ize"));
    // Drug names spell the Greek letter either way: interferon-alfa, interferon alpha, IFN-α.
    s = s.replace("α", "alfa");
    while (s.contains("alpha")) {
      s = s.replace("alpha", "alfa");
    }
    return s;
  }

  /**
   * One spelling for a word's British and American forms: "tumour" as "tumor", "centre" as "center", "oedema" as
   * "edema", "metastasised" as "metastasized".
   *
   * @param word a lower-case word
   * @return the American form, or {@code word} itself
   */
  public static String american(String word) {
    String w = word;
    if (w.length() > 4 && w.endsWith("our")) {
      w = w.substring(0, w.length() - 3) + "or";
    } else if (w.length() > 4 && w.endsWith("ours")) {
      w = w.substring(0, w.length() - 4) + "ors";
    } else if (w.length() > 4 && w.endsWith("tre")) {
      w = w.substring(0, w.length() - 3) + "ter";
    }
    if (w.length() > 5) {
      w = w.replaceAll("is(e|ed|es|ing|ation)$", "iz$1");
    }
    return w.replace("oe", "e").replace("ae", "e");
  }

  /** An answer of more than four letters without a final plural "s" ("tumors" as "tumor"; "metastasis" as it is). */
  private static String singular(String word) {
    boolean plural = word.length() > 4 && word.endsWith("s")
        && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    return plural ? word.substring(0, word.length() - 1) : word;
  }

  /**
   * Whether {@code given} matches {@code accepted} once both are normalised.
   *
   * @throws NullPointerException if either is null
   */
  public static boolean matches(String given, String accepted) {
    return normalise(given).equals(normalise(accepted));
  }
}
