package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.generate.ItemBank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An export in another language needs only bundle files: with the test-only pseudo-language {@code qps}
 * ({@code src/test/resources}: the quiz phrases and the export phrases, every English phrase accented and
 * wrapped in ⟦ ⟧), every format's verdicts, source sentences and bank title are the pseudo-language's, and an
 * English set exports as it always has.
 */
class LanguageExportTests {

  private static final Locale PSEUDO = Locale.forLanguageTag("qps");

  @ParameterizedTest
  @EnumSource(Format.class)
  void everyFormatWritesTheFixedPhrasesOfTheSetsLanguage(Format format) throws IOException {
    for (Audience audience : Audience.values()) {
      QuestionSet english = QuestionSet.bank(audience, ItemBank.of(Fixtures.CURRICULUM, audience));
      QuestionSet pseudo = QuestionSet.bank(audience, ItemBank.build(Fixtures.CURRICULUM, audience, PSEUDO).questions(),
          PSEUDO);
      assertThat(pseudo.title()).startsWith("⟦").endsWith("⟧");
      assertThat(english.language()).isEqualTo(Locale.ENGLISH);
      assertThat(Fixtures.export(format, english.withLanguage(Locale.ENGLISH)))
          .isEqualTo(Fixtures.export(format, english));

      String text = text(format, Fixtures.export(format, pseudo));
      assertThat(text).contains("⟦Šöüřçé: ").doesNotContain("Source: ").doesNotContain("Sources: ");
      String wrong = audience == Audience.PATIENT ? "Not quite." : "Incorrect.";
      String right = audience == Audience.PATIENT ? "Yes, that's right." : "Correct.";
      assertThat(text).doesNotContain(wrong).doesNotContain(right).doesNotContain("True or false")
          .contains(org.cytoquiz.quiz.question.Verdict.WRONG.word(audience, PSEUDO));
      assertThat(text(format, Fixtures.export(format, english))).contains("Source: ").contains(wrong)
          .doesNotContain("⟦");
    }
  }

  /** The export as text: a zip's entries one after another, or the file itself (GIFT's escapes undone). */
  private static String text(Format format, byte[] bytes) throws IOException {
    if (!format.extension().equals("zip")) {
      String text = new String(bytes, StandardCharsets.UTF_8);
      return format == Format.GIFT ? text.replaceAll("\\\\([~=#{}:\\\\])", "$1") : text;
    }
    StringBuilder text = new StringBuilder();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        text.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return text.toString();
  }
}
