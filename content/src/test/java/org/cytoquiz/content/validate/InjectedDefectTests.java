package org.cytoquiz.content.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.content.GeneratedCourses;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.content.write.ContentWriter;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever valid course we start from, breaking one fact in one way yields an error on exactly that
 * fact and field, and no knowledge base.
 */
class InjectedDefectTests {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path temp;

  /** The ways one fact can be broken, with the field the validator must blame. */
  enum Defect {
    UNKNOWN_OBJECT("object") {
      @Override
      void apply(Map<String, Object> fact) {
        fact.put("object", "no-such-entity");
      }
    },
    UNKNOWN_SUBJECT("subject") {
      @Override
      void apply(Map<String, Object> fact) {
        fact.put("subject", "no-such-entity");
      }
    },
    NO_SOURCE("source") {
      @Override
      void apply(Map<String, Object> fact) {
        fact.remove("source");
      }
    },
    PARAGRAPH_PAST_THE_SECTION("source") {
      @Override
      void apply(Map<String, Object> fact) {
        fact.put("source", fact.get("source").toString().replaceAll("/\\d+$", "/99"));
      }
    },
    UNKNOWN_RELATION("relation") {
      @Override
      void apply(Map<String, Object> fact) {
        fact.put("relation", "no-such-relation");
      }
    },
    QUALIFIER_WITHOUT_CLINICAL_WORDING("condition.clinical") {
      @Override
      void apply(Map<String, Object> fact) {
        fact.put("condition", Map.of("patient", "only the patient wording"));
      }
    },
    UNKNOWN_MODALITY("modality") {
      @Override
      void apply(Map<String, Object> fact) {
        fact.put("modality", "perhaps");
      }
    },
    NOT_TRUE_OR_FALSE("holds") {
      @Override
      void apply(Map<String, Object> fact) {
        fact.put("holds", "maybe");
      }
    };

    final String field;

    Defect(String field) {
      this.field = field;
    }

    abstract void apply(Map<String, Object> fact);
  }

  @Test
  void oneBrokenFactIsReportedOnThatFactAndField() {
    qt().withExamples(80)
        .forAll(integers().between(4, 30), longs().all(), integers().between(0, Defect.values().length - 1),
            integers().between(0, 1000))
        .assuming((size, seed, defect, index) -> !GeneratedCourses.generate(size, seed).facts().isEmpty())
        .checkAssert((size, seed, defectIndex, index) -> {
          KnowledgeBase kb = GeneratedCourses.generate(size, seed);
          Defect defect = Defect.values()[defectIndex];
          int broken = index % kb.facts().size();
          ValidationReport report = validateWithBrokenFact(kb, broken, defect);
          assertThat(report.knowledgeBase()).isEmpty();
          assertThat(report.errors()).extracting(ContentProblem::file, ContentProblem::field)
              .contains(org.assertj.core.groups.Tuple.tuple("facts.yaml", "facts[" + broken + "]." + defect.field));
          assertThat(report.errors()).allSatisfy(p -> assertThat(p.field()).startsWith("facts[" + broken + "]"));
        });
  }

  private ValidationReport validateWithBrokenFact(KnowledgeBase kb, int broken, Defect defect) {
    try {
      Path dir = Files.createTempDirectory(temp, "course");
      ContentWriter.write(Curriculum.of(kb), dir);
      Path factsFile = dir.resolve("facts.yaml");
      Map<String, List<Map<String, Object>>> facts =
          YAML.readValue(factsFile.toFile(), new TypeReference<>() {});
      Map<String, Object> fact = new HashMap<>(facts.get("facts").get(broken));
      defect.apply(fact);
      facts.get("facts").set(broken, fact);
      Files.writeString(factsFile, YAML.writeValueAsString(facts), StandardCharsets.UTF_8);
      return ContentLoader.validate(ContentFiles.directory(dir), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
