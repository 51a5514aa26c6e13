package org.cytoquiz.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.cli.CommandLineTests.JAN_2024;
import static org.cytoquiz.web.cli.CommandLineTests.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cytoquiz.content.write.ContentWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cytoquiz generate} and {@code cytoquiz questions}. */
class QuizCommandsTests {

  static JsonNode json(String text) throws IOException {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void generatingAPresetTwiceGivesTheSameBytes() {
    CommandLineTests.Run first = run(JAN_2024, "generate", "--quiz", "staff-certification", "--format", "json");
    CommandLineTests.Run second = run(JAN_2024, "generate", "--quiz", "staff-certification", "--format", "json");
    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).isEqualTo(second.out());
  }

  @Test
  void theQuizJsonCarriesKeysFeedbackFactsAndSources() throws IOException {
    JsonNode doc = json(run(JAN_2024, "generate", "--quiz", "staff-certification", "--format", "json").out());
    assertThat(doc.path("format").asText()).isEqualTo("cytoquiz-quiz/2");
    assertThat(doc.path("quiz").path("preset").asText()).isEqualTo("staff-certification");
    assertThat(doc.path("quiz").path("passMark").asInt()).isEqualTo(80);
    assertThat(doc.path("quiz").path("certaintyBased").asBoolean()).isTrue();
    assertThat(doc.path("quiz").path("topicWeights").path("administration").asInt()).isPositive();
    assertThat(doc.path("questions")).hasSize(20);
    Set<String> kinds = new HashSet<>();
    for (JsonNode q : doc.path("questions")) {
      kinds.add(q.path("kind").asText());
      assertThat(q.path("id").asText()).isNotBlank();
      assertThat(q.path("audience").asText()).isEqualTo("staff");
      assertThat(q.path("stem").asText()).isNotBlank();
      assertThat(q.path("tests")).isNotEmpty();
      assertThat(q.path("tests").get(0).path("subject").asText()).isNotBlank();
      assertThat(q.path("tests").get(0).path("relation").asText()).isNotBlank();
      assertThat(q.path("tests").get(0).path("object").asText()).isNotBlank();
      assertThat(q.path("sources").get(0).path("paragraph").asInt()).isPositive();
      switch (q.path("kind").asText()) {
        case "text-entry" -> assertThat(q.path("accepted")).isNotEmpty();
        case "matching" -> assertThat(q.path("pairs").size()).isEqualTo(q.path("left").size());
        default -> {
          int right = 0;
          for (JsonNode o : q.path("options")) {
            assertThat(o.path("feedback").path("text").asText()).isNotBlank();
            // The verdict is a field of its own, not words inside the text.
            assertThat(o.path("feedback").path("verdict").asText())
                .isIn(o.path("correct").asBoolean() ? List.of("right") : List.of("wrong", "partly"));
            assertThat(o.path("feedback").path("text").asText()).doesNotStartWith("Correct").doesNotStartWith("Incorrect");
            assertThat(o.path("claims").get(0).path("holds").isBoolean()).isTrue();
            assertThat(o.path("feedback").path("source").path("section").asText()).isNotBlank();
            right += o.path("correct").asBoolean() ? 1 : 0;
          }
          assertThat(right).isPositive();
        }
      }
    }
    assertThat(kinds).hasSizeGreaterThan(3);
  }

  @Test
  void aCustomQuizFollowsTheFlags() throws IOException {
    JsonNode doc = json(run(JAN_2024, "generate", "--audience", "patient", "--count", "6", "--kinds",
        "true-false,single-choice", "--seed", "9", "--format", "json").out());
    assertThat(doc.path("questions")).hasSize(6);
    for (JsonNode q : doc.path("questions")) {
      assertThat(q.path("kind").asText()).isIn("true-false", "single-choice");
      assertThat(q.path("audience").asText()).isEqualTo("patient");
    }
    assertThat(doc.path("quiz").path("seed").asLong()).isEqualTo(9);
  }

  @Test
  void badFlagsAreUsageErrorsThatSayWhatIsWrong() {
    CommandLineTests.Run unknownPreset = run(JAN_2024, "generate", "--quiz", "nope");
    assertThat(unknownPreset.exitCode()).isEqualTo(2);
    assertThat(unknownPreset.err()).contains("unknown quiz 'nope'; the presets are patient-basics");
    CommandLineTests.Run unknownKind = run(JAN_2024, "generate", "--audience", "staff", "--count", "3", "--kinds", "essay");
    assertThat(unknownKind.exitCode()).isEqualTo(2);
    assertThat(unknownKind.err()).contains("unknown kind 'essay'");
    CommandLineTests.Run tooMany = run(JAN_2024, "generate", "--audience", "staff", "--count", "5", "--kinds", "scenario");
    assertThat(tooMany.exitCode()).isEqualTo(2);
    assertThat(tooMany.err()).contains("the content gives only 2 distinct staff questions");
    assertThat(run(JAN_2024, "generate").exitCode()).isEqualTo(2);
    assertThat(run(JAN_2024, "generate", "--quiz", "patient-basics", "--audience", "staff", "--count", "2").exitCode())
        .isEqualTo(2);
  }

  @Test
  void theItemBankListsEveryQuestionForOneAudience() throws IOException {
    JsonNode doc = json(run(JAN_2024, "questions", "--audience", "staff", "--format", "json").out());
    assertThat(doc.path("format").asText()).isEqualTo("cytoquiz-questions/2");
    assertThat(doc.path("count").asInt()).isEqualTo(doc.path("questions").size()).isGreaterThan(100);
    CommandLineTests.Run reading = run(JAN_2024, "questions", "--audience", "patient", "--format", "reading");
    assertThat(reading.out()).contains("Which treatment has to be given in the hospital?").doesNotContain("tf-");
  }

  @Test
  void theLintFindsNothingInTheShippedCourse() {
    for (String audience : new String[] {"patient", "staff"}) {
      CommandLineTests.Run lint = run(JAN_2024, "questions", "--audience", audience, "--lint");
      assertThat(lint.exitCode()).as(audience).isEqualTo(0);
      assertThat(lint.out()).as(audience).isEmpty();
    }
  }

  @Test
  void theLintPrintsEachFindingOnALineAndFails(@TempDir Path temp) throws IOException {
    ContentWriter.write(CommandLineTests.CURRICULUM, temp);
    Path entities = temp.resolve("entities.yaml");
    String text = Files.readString(entities, StandardCharsets.UTF_8);
    assertThat(text).contains("clinical: Sylatron\n");
    Files.writeString(entities, text.replace("clinical: Sylatron\n", "clinical: Sylatron™\n"), StandardCharsets.UTF_8);
    CommandLineTests.Run lint = run(JAN_2024, "questions", "--audience", "staff", "--lint", "--content", temp.toString());
    assertThat(lint.exitCode()).isEqualTo(1);
    assertThat(lint.out().lines()).isNotEmpty()
        .allMatch(line -> line.matches("[a-z0-9-]+: typography: trademark signs differ between options: no sign, ™"))
        .contains("sc-has-brand-name-object-peginterferon-alfa-2b-s: typography: trademark signs differ between options:"
            + " no sign, ™");
  }
}
