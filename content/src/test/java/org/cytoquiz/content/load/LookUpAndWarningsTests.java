package org.cytoquiz.content.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a portal's search box and its start-up see of the bundled course. */
class LookUpAndWarningsTests {

  private static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  private static List<String> ids(String term) {
    return KB.lookUp(term).stream().map(e -> e.id().value()).toList();
  }

  @ParameterizedTest(name = "\"{0}\" finds {1}")
  @CsvSource(delimiter = '|', value = {
      "peginterferon            | peginterferon-alfa-2b",
      "Peginterferon Alpha-2b   | peginterferon-alfa-2b",
      "pegylated                | peginterferon-alfa-2b",
      "interferon alpha         | interferon-alfa",
      "IFN-Alpha                | interferon-alfa",
      "il 2                     | interleukin-2",
      "T  cells                 | t-cell",
  })
  void aReadersWordFindsWhatTheyMean(String term, String id) {
    assertThat(ids(term)).containsExactly(id);
  }

  @Test
  void aBrandNameFindsTheBrandAndTheMedicineSoldUnderIt() {
    assertThat(ids("Sylatron")).containsExactly("sylatron", "peginterferon-alfa-2b");
    assertThat(ids("sylatron™")).containsExactly("sylatron", "peginterferon-alfa-2b");
  }

  @Test
  void anAmbiguousTermFindsEveryCandidate() {
    assertThat(ids("melanoma")).hasSizeGreaterThan(1).allMatch(id -> id.contains("melanoma"));
  }

  @Test
  void aWordTheCourseDoesNotUseFindsNothing() {
    assertThat(KB.lookUp("chemotherapy pills")).isEmpty();
  }

  @Test
  void everyLabelAndAliasOfTheCourseFindsItsEntity() {
    for (Entity entity : KB.entities()) {
      List<String> names = new ArrayList<>(List.of(entity.label().patient(), entity.label().clinical()));
      names.addAll(entity.aliases());
      for (String name : names) {
        assertThat(KB.lookUp(name)).as("'%s'", name).contains(entity);
        assertThat(KB.lookUp(name.toUpperCase(java.util.Locale.ROOT).replace('-', ' ')))
            .as("'%s' in capitals without hyphens", name).contains(entity);
      }
    }
  }

  @Test
  void loadingTheBundledCourseReturnsItsOverdueReviewAsAWarning() {
    LoadedCourse loaded = BundledCourse.load(LocalDate.of(2026, 11, 30));
    assertThat(loaded.knowledgeBase()).isSameAs(KB);
    assertThat(loaded.isClean()).isFalse();
    assertThat(loaded.warnings()).singleElement().satisfies(warning -> {
      assertThat(warning.file()).isEqualTo("course.yaml");
      assertThat(warning.field()).isEqualTo("source.reviewDue");
      assertThat(warning.message()).contains("2025-02-28");
    });
  }

  @Test
  void beforeTheReviewFallsDueTheCourseLoadsClean() throws Exception {
    assertThat(BundledCourse.load(LocalDate.of(2024, 1, 1)).isClean()).isTrue();
    assertThat(ContentLoader.load(BundledCourse.files(), LocalDate.of(2024, 1, 1)).warnings()).isEmpty();
  }

  @Test
  void aLoadedCourseHoldsWarningsOnly() {
    ContentProblem error = new ContentProblem("facts.yaml", 3, "facts[0].object", "unknown entity 'x'",
        org.cytoquiz.core.Severity.ERROR);
    assertThatThrownBy(() -> new LoadedCourse(BundledCourse.curriculum(), List.of(error)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("facts.yaml:3");
    assertThatThrownBy(() -> BundledCourse.load(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("today");
    assertThatThrownBy(() -> ContentLoader.validate(null, null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("files");
  }
}
