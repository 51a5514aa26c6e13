package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The phrases of the {@code result} area that decline by number or differ by audience: each form is checked, so
 * that a broken plural or select in the bundle fails here and not only on a page.
 */
class ResultPhrasesTests {

  private final UiText english = UiText.english();

  @Test
  void marksTakeTheUnitOfTheMostMarks() {
    assertThat(english.t("result.marks.of", "points", "0", "max", "1", "count", 1L)).isEqualTo("0 of 1 mark");
    assertThat(english.t("result.marks.of", "points", "2", "max", "3", "count", 3L)).isEqualTo("2 of 3 marks");
    assertThat(english.t("result.marks.of", "points", "0.50", "max", "1.50", "count", 1.5))
        .isEqualTo("0.50 of 1.50 marks");
    assertThat(english.t("result.marks.of-possible", "points", "−6", "max", "3", "count", 3L))
        .isEqualTo("−6 of a possible 3 marks");
  }

  @Test
  void theReviewLinkSaysOneOrTheNumber() {
    assertThat(english.t("result.action.review-wrong", "count", 1)).isEqualTo("Review the one I got wrong");
    assertThat(english.t("result.action.review-wrong", "count", 4)).isEqualTo("Review the 4 I got wrong");
  }

  @Test
  void patientsAndStaffReadTheirOwnWords() {
    assertThat(english.t("result.topics.heading", "audience", "patient")).isEqualTo("How you did on each topic");
    assertThat(english.t("result.topics.heading", "audience", "staff")).isEqualTo("Results by topic");
    assertThat(english.t("result.pair.wrong", "audience", "patient", "given", "A", "right", "B"))
        .isEqualTo("You matched it with “A” — not right. It goes with “B”.");
    assertThat(english.t("result.pair.wrong", "audience", "staff", "given", "A", "right", "B"))
        .isEqualTo("Your match “A” — incorrect. Correct match: “B”.");
    assertThat(english.t("result.verdict.right", "audience", "patient")).isEqualTo("Right!");
    assertThat(english.t("result.verdict.right", "audience", "staff")).isEqualTo("Correct");
  }

  @Test
  void citationsNameOneParagraphOrARun() {
    String one = english.t("result.citation.part", "heading", "How are cytokines taken?", "run", "one",
        "first", "2", "last", "2");
    String run = english.t("result.citation.part", "heading", "What do cytokines treat?", "run", "run",
        "first", "1", "last", "2");
    assertThat(english.t("result.citation", "count", 1, "list", one))
        .isEqualTo("Source: “How are cytokines taken?”, paragraph 2");
    assertThat(english.t("result.citation", "count", 2, "list", one + "; " + run))
        .isEqualTo("Sources: “How are cytokines taken?”, paragraph 2; “What do cytokines treat?”, paragraphs 1–2");
  }
}
