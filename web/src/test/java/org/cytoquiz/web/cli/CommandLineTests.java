package org.cytoquiz.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.content.write.ContentWriter;
import org.cytoquiz.core.Course;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The {@code cytoquiz} command line, run in-process with captured output and a fixed clock. */
class CommandLineTests {

  static final Clock NOV_2026 = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);
  static final Clock JAN_2024 = Clock.fixed(Instant.parse("2024-01-15T12:00:00Z"), ZoneOffset.UTC);
  static final KnowledgeBase KB = BundledCourse.knowledgeBase();
  static final Curriculum CURRICULUM = BundledCourse.curriculum();

  record Run(int exitCode, String out, String err) {}

  static Run run(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = CytoquizCommand.commandLine(clock);
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int code = commandLine.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @TempDir Path temp;

  @Nested
  class Validate {

    @Test
    void theBundledCourseIsValidWithTheOverdueReviewAsAWarning() {
      Run run = run(NOV_2026, "validate");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).contains("course.yaml:15: source.reviewDue: warning: the medical review was due on 2025-02-28")
          .contains("the bundled course is valid: " + KB.entities().size() + " entities, "
              + KB.relations().size() + " relations, " + KB.facts().size() + " facts (1 warning)");
    }

    @Test
    void strictValidationFailsOnTheOverdueReview() {
      Run run = run(NOV_2026, "validate", "--strict");
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("is not valid: 0 errors, 1 warning (--strict fails on warnings)");
    }

    @Test
    void beforeTheDueDateStrictValidationPasses() {
      Run run = run(JAN_2024, "validate", "--strict");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).doesNotContain("warning");
    }

    @Test
    void aBrokenFolderFailsWithFileLineAndField() throws IOException {
      ContentWriter.write(CURRICULUM, temp);
      Files.writeString(temp.resolve("facts.yaml"), """
          - subject: high-dose-il2
            relation: must-be-given-in
            object: moon-base
            source: taken/2
          """.indent(0).replaceAll("(?m)^", "  "), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      int lastLine = (int) Files.readAllLines(temp.resolve("facts.yaml")).size();
      Run run = run(JAN_2024, "validate", temp.toString());
      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.out()).contains("facts.yaml:" + (lastLine - 1) + ": facts[" + KB.facts().size()
          + "].object: unknown entity 'moon-base'")
          .contains(temp + " is not valid: 1 error, 0 warnings");
    }

    @Test
    void aFolderThatDoesNotExistIsAUsageError() {
      Run run = run(JAN_2024, "validate", temp.resolve("nowhere").toString());
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("is not a folder");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
      assertThat(run(JAN_2024, "validate", "--stirct").exitCode()).isEqualTo(2);
      assertThat(run(JAN_2024, "no-such-command").exitCode()).isEqualTo(2);
    }
  }

  @Nested
  class Facts {

    @Test
    void theJsonListsEveryFactWithBothWordingsAndItsSource() throws IOException {
      Run run = run(JAN_2024, "facts", "--format", "json");
      assertThat(run.exitCode()).isZero();
      JsonNode doc = new ObjectMapper().readTree(run.out());
      assertThat(doc.path("format").asText()).isEqualTo("cytoquiz-facts/1");
      assertThat(doc.path("facts")).hasSize(KB.facts().size());
      assertThat(doc.path("entities")).hasSize(KB.entities().size());
      for (JsonNode fact : doc.path("facts")) {
        assertThat(fact.path("patient").asText()).isNotBlank();
        assertThat(fact.path("clinical").asText()).isNotBlank();
        assertThat(fact.path("source").path("paragraph").asInt()).isPositive();
        assertThat(fact.path("source").path("heading").asText()).isNotBlank();
      }
      JsonNode hospital = null;
      for (JsonNode fact : doc.path("facts")) {
        if (fact.path("subject").asText().equals("high-dose-il2")
            && fact.path("relation").asText().equals("must-be-given-in")
            && fact.path("object").asText().equals("hospital")) {
          hospital = fact;
        }
      }
      assertThat(hospital).isNotNull();
      assertThat(hospital.path("holds").asBoolean()).isTrue();
      assertThat(hospital.path("patient").asText()).isEqualTo("High-dose interleukin-2 has to be given in the hospital.");
      assertThat(hospital.path("source").path("section").asText()).isEqualTo("taken");
      assertThat(hospital.path("source").path("paragraph").asInt()).isEqualTo(2);
    }

    @Test
    void theTextNamesEachFactAndCountsThem() {
      Run run = run(JAN_2024, "facts");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains("interferon NOT has-trait attacks-cancer-directly\n  patient:  Not true: interferon goes after cancer cells and attacks them directly.")
          // 35 denied: the reviews of November 2026 dropped "cytokine therapy does not act on specific proteins"
          // and the two infusion-center denials for high-dose interleukin-2 (a hospital may have one).
          .endsWith(KB.facts().size() + " facts (107 stated, 35 denied) about " + KB.entities().size() + " entities\n");
    }

    @Test
    void anUnknownFormatIsAUsageError() {
      Run run = run(JAN_2024, "facts", "--format", "xml");
      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("xml");
    }
  }

  @Nested
  class ReviewSheet {

    @Test
    void theHtmlSheetShowsTheOverdueReviewAndEverySection() {
      Run run = run(NOV_2026, "review-sheet", "--format", "html");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("<!DOCTYPE html>")
          .contains("Review overdue: it was due on 2025-02-28")
          .contains("last reviewed February 2022 by HU Medical Review Board")
          .contains("How are cytokines taken?", "What are side effects of cytokines?")
          .contains(KB.facts().size() + " facts")
          // Every paragraph of the shipped article is cited (the page's own notices are not paragraphs).
          .doesNotContain("Nothing taken from this paragraph.");
    }

    @Test
    void theMarkdownSheetIsATablePerSectionAndCanGoToAFile() throws IOException {
      Path out = temp.resolve("sheets/review.md");
      Run run = run(JAN_2024, "review-sheet", "--format", "markdown", "--out", out.toString());
      assertThat(run.exitCode()).isZero();
      String sheet = Files.readString(out);
      assertThat(sheet).contains("> **Review current:** the next review is due on 2025-02-28.")
          .contains("## How are cytokines taken?")
          .contains("| 2 | High-dose interleukin-2 has to be given in the hospital. `high-dose-il2 must-be-given-in hospital` |");
      long rows = sheet.lines().filter(l -> l.startsWith("| ") && l.endsWith("| [ ] |")).count();
      assertThat(rows).isEqualTo(KB.facts().size() + KB.entities().size());
    }

    @Test
    void aCourseInAnotherLanguageGetsItsSheetInThatLanguageAndEnglishWhereItsFilesLeaveAPhraseOut()
        throws IOException {
      // The test-only pseudo-language qps translates two of the sheet's phrases
      // (src/test/resources/org/cytoquiz/web/text/certificate_qps.properties).
      Course course = KB.course();
      Locale pseudo = Locale.forLanguageTag("qps");
      ContentWriter.write(Curriculum.of(KnowledgeBase.of(new Course(course.id(), course.title(), course.source(),
          pseudo), KB.entities(), KB.relations(), KB.facts()), CURRICULUM.teaching()), temp);

      Run html = run(JAN_2024, "review-sheet", "--content", temp.toString(), "--format", "html");
      assertThat(html.exitCode()).as(html.err()).isZero();
      assertThat(html.out()).contains("<html lang=\"qps\">", ">⟦Àƥƥŕöṽéđ⟧</th>", ">Patient wording</th>")
          .doesNotContain(">Approved<");
      Run markdown = run(JAN_2024, "review-sheet", "--content", temp.toString(), "--format", "markdown");
      assertThat(markdown.exitCode()).as(markdown.err()).isZero();
      assertThat(markdown.out()).contains("| ¶ | Patient wording | Clinical wording | ⟦Àƥƥŕöṽéđ⟧ |")
          .contains("*(⟦đéñíàł⟧)*").doesNotContain("*(denial)*");
      // The language was the command's only: a sheet of the bundled course afterwards is English again.
      assertThat(run(JAN_2024, "review-sheet", "--format", "markdown").out())
          .contains("| ¶ | Patient wording | Clinical wording | Approved |").doesNotContain("⟦");
    }
  }

  @Test
  void serveRefusesATimeZoneThatDoesNotExist() {
    Run run = run(NOV_2026, "serve", "--port", "0", "--data-dir", temp.toString(), "--time-zone", "Mars/Olympus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--time-zone 'Mars/Olympus' is not a time zone");
  }
}
