package org.cytoquiz.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.cytoquiz.content.Fixtures;
import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.therapy.Therapy;
import org.junit.jupiter.api.Test;

/** A new therapy is content, not code: one extra YAML file adds it, with all its facts. */
class ExtraTherapyTests {

  @Test
  void aTherapyFromAnExtraFileJoinsTheModel() throws IOException, ContentValidationException {
    ContentFiles bundled = BundledCourse.files();
    ContentFiles extended = new ContentFiles() {
      @Override
      public String describe() {
        return "bundled course plus example-therapy.yaml";
      }

      @Override
      public Optional<byte[]> read(String path) throws IOException {
        if (path.equals("example-therapy.yaml")) {
          return Optional.of(Fixtures.resource("extra-therapy/example-therapy.yaml"));
        }
        if (path.equals(ContentFiles.COURSE_FILE)) {
          String course = new String(bundled.read(path).orElseThrow(), StandardCharsets.UTF_8);
          return Optional.of((course.stripTrailing() + "\n  - example-therapy.yaml\n").getBytes(StandardCharsets.UTF_8));
        }
        return bundled.read(path);
      }

      @Override
      public java.util.List<String> listYaml() {
        return java.util.List.of();
      }
    };

    KnowledgeBase kb = ContentLoader.load(extended).knowledgeBase();

    Therapy therapy = kb.therapy("example-weekly-interferon");
    assertThat(therapy.cytokine()).map(e -> e.id().value()).contains("interferon-alfa");
    // Its own schedule first, then the ones stated for cytokine therapy as a whole, which it belongs to.
    assertThat(therapy.schedules()).extracting(e -> e.id().value())
        .containsExactly("weekly", "daily", "several-times-weekly");
    assertThat(therapy.routes()).extracting(e -> e.id().value())
        .containsExactly("intravenous", "subcutaneous", "intralesional");
    assertThat(therapy.possibleSettings()).extracting(e -> e.id().value()).containsExactly("home");
    assertThat(kb.therapies()).hasSize(BundledCourse.knowledgeBase().therapies().size() + 1);
    // The closed-world relation now rules out every other cytokine for the new therapy too.
    assertThat(kb.truth(EntityId.of("example-weekly-interferon"), kb.relation("uses-cytokine"),
        EntityId.of("interleukin-2"))).isEqualTo(Truth.FALSE);
  }
}
