package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The phrases of the {@code common} area that carry numbers, quotes or dates: a broken move into the bundle (a
 * plural without its forms, an apostrophe that swallows an argument) shows here as a wrong English sentence.
 */
class CommonPhrasesTests {

  private final UiText english = UiText.english();

  @Test
  void questionCountsDeclineByNumber() {
    assertThat(english.t("common.quiz.questions", "count", 1)).isEqualTo("1 question");
    assertThat(english.t("common.quiz.questions", "count", 12)).isEqualTo("12 questions");
    assertThat(english.t("common.catalog.continue.answered", "answered", "0", "total", 1))
        .isEqualTo("0 of 1 question answered");
    assertThat(english.t("common.start.continue.answered", "answered", "3", "total", 10))
        .isEqualTo("3 of 10 questions answered. Your answers are saved.");
  }

  @Test
  void quotedArgumentsAreFilledInNotQuotedAway() {
    assertThat(english.t("common.error.detail.no-quiz", "id", "x{y}")).isEqualTo("there is no quiz 'x{y}'");
    assertThat(english.t("common.error.jetty.detail.431")).isEqualTo("the request's headers are too large");
    assertThat(english.t("common.catalog.continue.link", "title", "Side effects")).isEqualTo("Continue “Side effects”");
  }

  @Test
  void theSourceLineNamesTheMonthOfReview() {
    assertThat(english.t("common.catalog.source", "title", "Cytokines", "reviewer", "Dr A",
        "month", english.month(YearMonth.of(2022, 2))))
        .isEqualTo("Facts from the article “Cytokines”, reviewed by Dr A (February 2022), in our own words.");
  }

  @Test
  void errorTitlesAreTranslatedByTheirEnglishAndOthersShownAsTheyAre() {
    assertThat(org.cytoquiz.web.http.ErrorTitles.page("Not found")).isEqualTo("Not found");
    assertThat(org.cytoquiz.web.http.ErrorTitles.page("Answer already counted")).isEqualTo("Answer already counted");
    assertThat(org.cytoquiz.web.http.ErrorTitles.page("Something new")).isEqualTo("Something new");
    assertThat(english.t("common.error.jetty.title", "code", "414", "reason", "URI Too Long"))
        .isEqualTo("414 URI Too Long - cytoquiz");
  }
}
