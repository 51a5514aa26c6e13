package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.content.validate.ValidationReport;
import org.cytoquiz.content.write.ContentWriter;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.quiz.question.Question;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} accepts exactly what {@code serve} accepts: over course folders generated from the bundled
 * course by renaming hand-written questions (to a generated question's id, to another hand-written one's, to a
 * fresh id) or breaking a fact, the folder is valid exactly when it loads, and exactly when both item banks build.
 */
class ValidateAgreesWithServeTests {

  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .build());

  @TempDir static Path temp;

  private static Path base;
  /** Generated question ids without their audience ending, such as {@code tf-treats-...}, for each audience. */
  private static List<String> generatedBases;
  private static int authoredCount;

  @BeforeAll
  static void writeTheBundledCourse() throws IOException {
    Curriculum kb = BundledCourse.curriculum();
    base = temp.resolve("base");
    ContentWriter.write(kb, base);
    Set<String> authored = new TreeSet<>();
    kb.teaching().questions().forEach(q -> authored.add(q.id()));
    authoredCount = authored.size();
    Set<String> bases = new TreeSet<>();
    for (Audience audience : Audience.values()) {
      for (Question question : ItemBank.build(kb, audience).questions()) {
        String id = question.id().substring(0, question.id().length() - 2);
        if (!authored.contains(id)) {
          bases.add(id);
        }
      }
    }
    generatedBases = List.copyOf(bases);
    assertThat(authoredCount).isGreaterThan(1);
    assertThat(generatedBases).isNotEmpty();
  }

  /** Ways to change the course, some harmless, some fatal to one step or another. */
  enum Change { NONE, TO_GENERATED_ID, TO_FRESH_ID, TO_OTHER_AUTHORED_ID, BREAK_A_FACT }

  @Test
  void validIffLoadsIffBothItemBanksBuild() {
    AtomicInteger folder = new AtomicInteger();
    AtomicInteger invalid = new AtomicInteger();
    // Each folder takes the next change in turn, so every change is tried once (a folder costs seconds: it is
    // validated, loaded and its banks built); which question and which id are drawn.
    qt().withExamples(Change.values().length).withShrinkCycles(0)
        .forAll(integers().between(0, 10_000), integers().between(0, 10_000))
        .checkAssert((first, second) -> {
          Change change = Change.values()[folder.getAndIncrement() % Change.values().length];
          Path dir = copyOfBase("c" + folder.get());
          apply(change, dir, first, second);
          ContentFiles files = ContentFiles.directory(dir);

          ValidationReport report = ContentLoader.validate(files, null, ItemBank::problems);
          boolean valid = report.passes(false);
          boolean loads = loads(files);
          boolean builds = banksBuild(files);

          assertThat(loads).as("loads, for %s (valid: %s)", change, valid).isEqualTo(valid);
          assertThat(builds).as("banks build, for %s (valid: %s; %s)", change, valid, report.errors())
              .isEqualTo(valid);
          for (ContentProblem error : report.errors()) {
            assertThat(error.line()).as(error.format()).isPositive();
          }
          if (!valid) {
            invalid.incrementAndGet();
          }
        });
    // The generated folders exercise both sides of the equivalence: an unchanged course and a fresh id are valid,
    // a broken fact is not.
    assertThat(invalid.get()).isBetween(1, folder.get() - 2);
  }

  @Test
  void aHandWrittenQuestionWithAGeneratedIdFailsValidationWithItsFileAndLine() throws IOException {
    Curriculum kb = BundledCourse.curriculum();
    var authored = kb.teaching().questions().get(0);
    Audience audience = authored.audiences().iterator().next();
    String generated = ItemBank.build(kb, audience).questions().stream().map(Question::id)
        .filter(id -> !id.startsWith(authored.id())).findFirst().orElseThrow();
    String clash = generated.substring(0, generated.length() - 2);
    Path dir = copyOfBase("clash");
    List<Map<String, Object>> questions = questions(dir);
    questions.get(0).put("id", clash);
    writeQuestions(dir, questions);

    ContentFiles files = ContentFiles.directory(dir);
    assertThat(ContentLoader.validate(files, null).passes(false))
        .as("the model alone sees nothing wrong").isTrue();
    ValidationReport report = ContentLoader.validate(files, null, ItemBank::problems);
    assertThat(report.errors()).singleElement().satisfies(error -> {
      assertThat(error.file()).isEqualTo("questions.yaml");
      assertThat(error.line()).isEqualTo(lineOf(dir.resolve("questions.yaml"), "id: " + clash));
      assertThat(error.field()).endsWith(".id");
      assertThat(error.message()).contains("'" + clash + "'", "generated");
    });
    assertThat(loads(files)).isFalse();
    assertThat(banksBuild(files)).isFalse();
  }

  private static boolean loads(ContentFiles files) {
    try {
      ContentLoader.load(files, null, ItemBank::problems);
      return true;
    } catch (ContentValidationException e) {
      return false;
    }
  }

  /** What {@code serve} does: load the course as it is, then build both banks. */
  private static boolean banksBuild(ContentFiles files) {
    try {
      Curriculum kb = ContentLoader.load(files);
      for (Audience audience : Audience.values()) {
        ItemBank.build(kb, audience);
      }
      return true;
    } catch (ContentValidationException | RuntimeException e) {
      return false;
    }
  }

  private static void apply(Change change, Path dir, int first, int second) {
    List<Map<String, Object>> questions = questions(dir);
    Map<String, Object> question = questions.get(first % questions.size());
    switch (change) {
      case NONE -> { }
      case TO_GENERATED_ID -> question.put("id", generatedBases.get(second % generatedBases.size()));
      case TO_FRESH_ID -> question.put("id", "hand-written-" + second);
      case TO_OTHER_AUTHORED_ID -> {
        Map<String, Object> other = questions.get(second % questions.size());
        question.put("id", other.get("id"));
      }
      case BREAK_A_FACT -> breakAFact(dir, second);
    }
    writeQuestions(dir, questions);
  }

  @SuppressWarnings("unchecked")
  private static void breakAFact(Path dir, int which) {
    try {
      Path file = dir.resolve("facts.yaml");
      Map<String, Object> root = YAML.readValue(file.toFile(), new TypeReference<Map<String, Object>>() {});
      List<Map<String, Object>> facts = (List<Map<String, Object>>) root.get("facts");
      facts.get(which % facts.size()).put("object", "no-such-entity");
      YAML.writeValue(file.toFile(), root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> questions(Path dir) {
    try {
      Map<String, Object> root = YAML.readValue(dir.resolve("questions.yaml").toFile(),
          new TypeReference<Map<String, Object>>() {});
      return new ArrayList<>((List<Map<String, Object>>) root.get("questions"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeQuestions(Path dir, List<Map<String, Object>> questions) {
    try {
      YAML.writeValue(dir.resolve("questions.yaml").toFile(), Map.of("questions", questions));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " is not in " + file);
  }

  private static Path copyOfBase(String name) {
    try {
      Path dir = temp.resolve(name);
      Files.createDirectories(dir);
      try (var files = Files.list(base)) {
        for (Path file : files.toList()) {
          Files.copy(file, dir.resolve(file.getFileName()));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
