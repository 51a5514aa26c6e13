package org.cytoquiz.quiz.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** The normaliser of typed answers: a table of answers it must accept or refuse, and its properties. */
class TextAnswersTests {

  /** Letters a learner might type, with accents, Greek, full-width and ligature forms, digits and punctuation. */
  private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
      + "éèêëàâäïîôöùûüçñÉÈÀÇÑßøåæœ" + "αβγδΣσςΩωΑ" + "alph" + "ＡＢＣａｂｃ１２３ﬁﬂ²" + " -–—_/.,;:'’\"()";
  private static final String INVISIBLES = "™®©\u00AD\u200B\u200C\u200D\u2060\uFEFF";

  private static Gen<String> answers() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 24)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).reduce("", String::concat));
  }

  @ParameterizedTest(name = "\"{0}\" matches \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Tecentriq™|Tecentriq®",
      "tecentriq|Tecentriq®",
      "TECENTRIQ|Tecentriq™",
      "Peg\u00ADinterferon alfa-2b|peginterferon alfa-2b",
      "peginterferon alfa 2b|Peginterferon alfa-2b",
      "peginterferonalfa2b|Peginterferon alfa-2b",
      "T\u200B-cells|T-cells",
      "T cells|T-cells",
      "Tcells|T-cells",
      "ＩＬ－２|IL-2",
      "il 2|IL-2",
      "Il2 |IL-2",
      "interféron|interferon",
      "INTERFÉRON|interferon",
      "Natural Killer cells|natural killer cells",
      "doctor’s office|doctor's office",
      "Keytruda\u2060|Keytruda",
      "\uFEFFOpdivo|Opdivo",
      "interferon alpha|interferon-alfa",
      "IFN-α|IFN-alfa",
      "satellite or in-transit tumours|satellite or in-transit tumor",
      "metastasised|metastasized",
      "T-cell|T-cells",
      "oedema|edema",
      "Interferon-\u0391|interferon-alfa",
      "alphalphalpha|alfalfalfa",
  })
  void accepts(String given, String accepted) {
    assertThat(TextAnswers.matches(given, accepted)).isTrue();
  }

  @ParameterizedTest(name = "\"{0}\" does not match \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "IL-12|IL-2",
      "Keytruda|Opdivo",
      "interferon alfa|interferon",
      "Tecentriq TM|Tecentriq",
      "lymphocyte cells|lymphocytes",
  })
  void refuses(String given, String accepted) {
    assertThat(TextAnswers.matches(given, accepted)).isFalse();
  }

  @Test
  void caseIsFoldedTheSameWhateverTheMachinesLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(TextAnswers.matches("INTERLEUKIN", "interleukin")).isTrue();
      assertThat(TextAnswers.matches("LIBTAYO", "Libtayo")).isTrue();
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void normalisingTwiceChangesNothing() {
    qt().withExamples(2_000).forAll(answers())
        .checkAssert(s -> assertThat(TextAnswers.normalise(TextAnswers.normalise(s)))
            .isEqualTo(TextAnswers.normalise(s)));
  }

  @Test
  void insertedBrandSignsAndInvisibleCharactersDoNotMatter() {
    qt().withExamples(2_000)
        .forAll(answers(), integers().between(0, 24), integers().between(0, INVISIBLES.length() - 1))
        .checkAssert((s, at, which) -> {
          int position = Math.min(at, s.length());
          String inserted = s.substring(0, position) + INVISIBLES.charAt(which) + s.substring(position);
          assertThat(TextAnswers.normalise(inserted)).as("%s", List.of(s, inserted))
              .isEqualTo(TextAnswers.normalise(s));
        });
  }

  @Test
  void caseDoesNotMatter() {
    qt().withExamples(2_000).forAll(answers())
        .checkAssert(s -> {
          assertThat(TextAnswers.normalise(s.toUpperCase(Locale.ROOT))).isEqualTo(TextAnswers.normalise(s));
          assertThat(TextAnswers.normalise(s.toLowerCase(Locale.ROOT))).isEqualTo(TextAnswers.normalise(s));
        });
  }

  @Test
  void spacesAndHyphensBetweenCharactersDoNotMatter() {
    qt().withExamples(2_000).forAll(answers(), integers().between(0, 24), integers().between(0, 2))
        .checkAssert((s, at, which) -> {
          int position = Math.min(at, s.length());
          String inserted = s.substring(0, position) + " -‐".charAt(which) + s.substring(position);
          assertThat(TextAnswers.normalise(inserted)).isEqualTo(TextAnswers.normalise(s));
        });
  }
}
