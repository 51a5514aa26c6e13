package org.cytoquiz.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.content.load.LoadedCourse;
import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.content.write.ContentWriter;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.quiz.generate.Quiz;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four portal tasks, run against the bundled course. */
class PortalTasksTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();

  @Nested
  class ListingTherapies {

    @Test
    void everyTherapyIsListedWithItsRoutesAndTheirParagraphs() {
      List<String> lines = ListTherapies.lines(KB, Audience.PATIENT);
      assertThat(lines).hasSize(KB.therapies().size());
      assertThat(lines).allMatch(line -> line.matches("[^:]+: .+"));
      // Every route cites a section and paragraph, as "[section/paragraph]".
      assertThat(lines).anyMatch(line -> line.matches(".*\\[[a-z0-9-]+/\\d+\\].*"));
      assertThat(String.join("\n", lines)).contains(KB.therapies().get(0).entity().label().patient());
    }
  }

  @Nested
  class AskingTheModel {

    @Test
    void highDoseInterleukinIsNotGivenAtHomeButLowDoseMayBe() {
      assertThat(AskTheModel.canBeGivenAtHome(KB, "high-dose IL-2")).isEqualTo(Truth.FALSE);
      assertThat(AskTheModel.canBeGivenAtHome(KB, "low dose interleukin 2")).isEqualTo(Truth.TRUE);
    }

    @Test
    void aNameThatFindsNoTherapyIsRefusedClearly() {
      assertThatThrownBy(() -> AskTheModel.canBeGivenAtHome(KB, "chemotherapy"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'chemotherapy' names 0 therapies");
    }

    @Test
    void factsAboutWhatAReaderNamesCiteTheArticle() {
      List<String> facts = AskTheModel.factsAbout(KB, "peginterferon");
      assertThat(facts).isNotEmpty().allMatch(f -> f.contains(", paragraph "));
    }
  }

  @Nested
  class GeneratingAndScoring {

    @Test
    void theSameSeedDrawsTheSameQuiz() {
      Quiz first = GenerateAndScore.draw(CURRICULUM, "patient-basics", 11L);
      Quiz again = GenerateAndScore.draw(CURRICULUM, "patient-basics", 11L);
      assertThat(again.questions()).extracting(Question::id)
          .containsExactlyElementsOf(first.questions().stream().map(Question::id).toList());
    }

    @Test
    void theKeyEarnsFullMarksAndWrongAnswersLess() {
      Quiz quiz = GenerateAndScore.draw(CURRICULUM, "patient-basics", 11L);
      AttemptResult keyed = GenerateAndScore.score(CURRICULUM, "patient-basics", quiz, Question::key);
      assertThat(keyed.percent()).isEqualTo(100.0);
      assertThat(keyed.passed()).isTrue();
      AttemptResult wrong = GenerateAndScore.score(CURRICULUM, "patient-basics", quiz,
          q -> q.key() instanceof Response.Text ? new Response.Text("no idea") : wrongOrEmpty(q));
      assertThat(wrong.points()).isLessThan(keyed.points());
    }

    @Test
    void anUnknownPresetNamesThePresetsThereAre() {
      assertThatThrownBy(() -> GenerateAndScore.draw(CURRICULUM, "patient-basic", 1L))
          .isInstanceOf(UnknownEntityException.class)
          .hasMessageStartingWith("unknown quiz 'patient-basic'; known: ")
          .hasMessageContaining("patient-basics");
    }

    /** One option outside the key for a choice question; the key itself for a matching question. */
    private Response wrongOrEmpty(Question question) {
      if (question.key() instanceof Response.Choice key) {
        return new Response.Choice(question.options().stream().map(o -> o.id())
            .filter(id -> !key.selected().contains(id)).limit(1).toList());
      }
      return question.key();
    }
  }

  @Nested
  class ValidatingACourseFolder {

    @TempDir Path dir;

    @Test
    void aCopyOfTheBundledCourseIsValidButItsReviewIsOverdue() throws Exception {
      ContentWriter.write(CURRICULUM, dir);
      List<String> problems = ValidateCourseFolder.problems(dir, LocalDate.of(2026, 11, 30));
      assertThat(problems).singleElement().asString().contains("course.yaml:", "review was due on 2025-02-28");
      LoadedCourse loaded = ValidateCourseFolder.load(dir, LocalDate.of(2026, 11, 30));
      assertThat(loaded.warnings()).hasSize(1);
      assertThat(loaded.knowledgeBase().facts()).hasSameSizeAs(KB.facts());
    }

    @Test
    void aBrokenFolderIsRefusedWithFileAndLine() throws Exception {
      ContentWriter.write(CURRICULUM, dir);
      Path facts = dir.resolve("facts.yaml");
      Files.writeString(facts, Files.readString(facts).replaceFirst("object: ", "object: no-such-"));
      assertThat(ValidateCourseFolder.problems(dir, LocalDate.of(2024, 1, 1)))
          .anyMatch(p -> p.startsWith("facts.yaml:") && p.contains("unknown entity"));
      assertThatThrownBy(() -> ValidateCourseFolder.load(dir, LocalDate.of(2024, 1, 1)))
          .isInstanceOf(ContentValidationException.class);
    }
  }
}
