package org.cytoquiz.content.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.cytoquiz.content.GeneratedCourses;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.content.validate.ValidationReport;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Load → write → load gives the same model, for the shipped course and for any generated one. */
class RoundTripTests {

  @TempDir Path temp;

  @Test
  void theShippedCourseSurvivesWriteAndLoad() throws IOException, ContentValidationException {
    Curriculum original = BundledCourse.curriculum();
    ContentWriter.write(original, temp);
    Curriculum reloaded = ContentLoader.load(ContentFiles.directory(temp));
    assertSameModel(reloaded, original);
  }

  @Test
  void writingIsStableOnceNormalised() throws IOException {
    ContentWriter.write(BundledCourse.curriculum(), temp.resolve("a"));
    ContentWriter.write(ContentLoader.validate(ContentFiles.directory(temp.resolve("a")), null)
        .curriculum().orElseThrow(), temp.resolve("b"));
    for (String file : new String[] {"course.yaml", "relations.yaml", "entities.yaml", "facts.yaml", "questions.yaml", "quizzes.yaml"}) {
      assertThat(temp.resolve("b").resolve(file)).hasSameTextualContentAs(temp.resolve("a").resolve(file));
    }
  }

  @Test
  void everyGeneratedValidCourseSurvivesWriteAndLoadWithoutProblems() {
    qt().withExamples(60).forAll(integers().between(2, 40), longs().all()).checkAssert((size, seed) -> {
      Curriculum original = Curriculum.of(GeneratedCourses.generate(size, seed));
      Path dir = temp.resolve("generated-" + size + "-" + seed);
      try {
        ContentWriter.write(original, dir);
        ValidationReport report = ContentLoader.validate(ContentFiles.directory(dir), null);
        assertThat(report.errors()).isEmpty();
        // Random labels may repeat within a kind; that is worth a warning, nothing more.
        assertThat(report.warnings()).allSatisfy(w -> assertThat(w.message()).contains("read alike"));
        assertSameModel(report.curriculum().orElseThrow(), original);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        delete(dir);
      }
    });
  }

  static void assertSameModel(Curriculum actualCourse, Curriculum expectedCourse) {
    KnowledgeBase actual = actualCourse.knowledgeBase();
    KnowledgeBase expected = expectedCourse.knowledgeBase();
    assertThat(actual.course()).isEqualTo(expected.course());
    assertThat(actual.relations()).containsExactlyElementsOf(expected.relations());
    assertThat(actual.entities()).containsExactlyInAnyOrderElementsOf(expected.entities());
    assertThat(actual.facts()).containsExactlyElementsOf(expected.facts());
    assertThat(actualCourse.teaching()).isEqualTo(expectedCourse.teaching());
  }

  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
