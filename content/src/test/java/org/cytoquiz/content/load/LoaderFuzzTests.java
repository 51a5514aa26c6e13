package org.cytoquiz.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import org.cytoquiz.content.Fixtures;
import org.cytoquiz.content.validate.ValidationReport;

/**
 * Whatever bytes a content file holds, the loader answers with problems, never with another exception.
 *
 * <p>A normal build replays the seed corpus in {@code LoaderFuzzTestsInputs}; {@code JAZZER_FUZZ=1 mvn test
 * -pl content -Dtest=LoaderFuzzTests} fuzzes for real.
 */
class LoaderFuzzTests {

  @FuzzTest(maxDuration = "60s")
  void anyBytesYieldProblemsNeverACrash(byte[] data) {
    ValidationReport asContent = ContentLoader.validate(ContentFiles.inMemory(Map.of(
        "course.yaml", Fixtures.resource("broken/course.yaml"),
        "base.yaml", Fixtures.resource("broken/base.yaml"),
        "content.yaml", data)), null);
    assertThat(asContent.knowledgeBase().isPresent()).isEqualTo(asContent.errors().isEmpty());

    ValidationReport asCourse = ContentLoader.validate(ContentFiles.inMemory(Map.of(
        "course.yaml", data,
        "base.yaml", Fixtures.resource("broken/base.yaml"),
        "content.yaml", Fixtures.resource("broken/valid.yaml"))), null);
    assertThat(asCourse.knowledgeBase().isPresent()).isEqualTo(asCourse.errors().isEmpty());
  }
}
