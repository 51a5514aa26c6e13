package org.cytoquiz.content.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.cytoquiz.content.Fixtures;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.teaching.QuizPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A quiz preset's optional certificate {@code validity}: an ISO-8601 period longer than zero. */
class QuizValidityTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void aValidityIsReadAsAPeriod() {
    ValidationReport report = ContentLoader.validate(Fixtures.courseWithContent("quiz-with-validity"), TODAY);
    assertThat(report.problems()).isEmpty();
    QuizPreset preset = report.curriculum().orElseThrow().preset("care-quiz");
    assertThat(preset.validity()).contains(Period.ofMonths(18));
  }

  @Test
  void withoutAValidityCertificatesDoNotExpire() {
    ValidationReport report = ContentLoader.validate(Fixtures.courseWithContent("blueprint-with-a-valid-mix"), TODAY);
    assertThat(report.curriculum().orElseThrow().preset("care-quiz").validity()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      quiz-with-malformed-validity | content.yaml:18: quizzes[0].validity: 'two years' is not a period: write P2Y for two years, P18M for eighteen months or P90D for ninety days
      quiz-with-zero-validity      | content.yaml:18: quizzes[0].validity: a validity must be longer than zero, not 'P0D'
      """)
  void aValidityThatIsNoPositivePeriodIsReportedWithFileLineAndField(String fixture, String expected) {
    ValidationReport report = ContentLoader.validate(Fixtures.courseWithContent(fixture), TODAY);
    assertThat(report.errors()).extracting(ContentProblem::format).containsExactly(expected);
  }
}
