package org.cytoquiz.content.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.cytoquiz.content.Fixtures;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.QuizPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A preset's blueprint as the content reader loads it, and each defect it must report with file and line. */
class BlueprintContentTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void aBlueprintIsReadWithItsTopicAndDifficultyWeights() {
    ValidationReport report = ContentLoader.validate(Fixtures.courseWithContent("blueprint-with-a-valid-mix"), TODAY);
    assertThat(report.problems()).isEmpty();
    QuizPreset preset = report.curriculum().orElseThrow().preset("care-quiz");
    assertThat(preset.topicMix()).containsExactly(Map.entry("care", 2));
    assertThat(preset.difficultyMix()).containsOnly(Map.entry(Difficulty.RECALL, 2),
        Map.entry(Difficulty.UNDERSTANDING, 1));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      blueprint-with-unknown-topic      | content.yaml:2: quizzes[0].topic: unknown topic 'carre'
      blueprint-with-difficulty-twice   | content.yaml:10: quizzes[0].difficulty: the difficulty mix is given twice: keep only blueprint.difficulty
      blueprint-with-every-topic-at-zero | content.yaml:7: quizzes[0].blueprint.topics: every topic weighs 0: give one a weight
      """)
  void eachBlueprintDefectIsReportedWithFileLineAndField(String fixture, String expected) {
    ValidationReport report = ContentLoader.validate(Fixtures.courseWithContent(fixture), TODAY);
    assertThat(report.errors()).extracting(ContentProblem::format).containsExactly(expected);
    assertThat(report.knowledgeBase()).isEmpty();
  }
}
