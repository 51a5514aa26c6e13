package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * The instructor pages' phrases after their move into {@code instructor.properties}: plural forms pick the noun's
 * number, selected wordings name each audience, and the pieces that pages join give the sentences they gave before.
 */
class InstructorPhrasesTests {

  private final UiText english = UiText.english();

  @Test
  void countedNounsTakeTheirPluralForm() {
    assertThat(english.t("instructor.results.caption", "total", 1, "pages", "Page 1 of 1", "zone", "UTC"))
        .isEqualTo("1 attempt. Page 1 of 1. Times in UTC. Select a column heading to sort by it.");
    assertThat(english.t("instructor.results.caption", "total", 12, "pages", "Page 1 of 2", "zone", "Europe/Paris"))
        .isEqualTo("12 attempts. Page 1 of 2. Times in Europe/Paris. Select a column heading to sort by it.");
    assertThat(english.t("instructor.results.csv", "total", 1)).isEqualTo("Download this 1 result as CSV");
    assertThat(english.t("instructor.results.csv", "total", 0)).isEqualTo("Download these 0 results as CSV");
    assertThat(english.t("instructor.statistics.table.caption", "weak", 1)).isEqualTo("1 question flagged for review");
    assertThat(english.t("instructor.statistics.table.caption", "weak", 0)).isEqualTo("0 questions flagged for review");
    assertThat(english.t("instructor.login.error.too-many", "minutes", 1)).endsWith("try again in 1 minute");
    assertThat(english.t("instructor.login.error.too-many", "minutes", 15)).endsWith("try again in 15 minutes");
    assertThat(english.t("instructor.review.lists.value", "facts", 1, "entries", 1))
        .isEqualTo("1 fact and 1 name and definition, in both wordings");
    assertThat(english.t("instructor.review.lists.value", "facts", 40, "entries", 12))
        .isEqualTo("40 facts and 12 names and definitions, in both wordings");
  }

  @Test
  void theSentencesBuiltInJavaReadAsBefore() {
    assertThat(english.t("instructor.statistics.histogram.text", "attempts", 1, "bars", "0–10%: 1"))
        .isEqualTo("Scores of 1 submitted attempt, each placed in its range of marks (0% the lowest possible, 100% "
            + "the highest), by tenths: 0–10%: 1.");
    assertThat(english.t("instructor.statistics.histogram.text", "attempts", 3, "bars", "x"))
        .startsWith("Scores of 3 submitted attempts, each");
    assertThat(english.t("instructor.statistics.map.text", "weak", 1))
        .contains("bottom to top). 1 question is flagged for review (facility below 10%");
    assertThat(english.t("instructor.statistics.map.text", "weak", 2)).contains(". 2 questions are flagged for review");
    assertThat(english.t("instructor.statistics.histogram.range", "from", 90, "to", 100)).isEqualTo("90–100%");
    assertThat(english.t("instructor.duration.minutes", "minutes", 12, "seconds", 5)).isEqualTo("12 min 5 s");
    assertThat(english.t("instructor.certainty.level", "name", english.t("instructor.certainty.2"), "level", 2))
        .isEqualTo("Fairly sure (2)");
    assertThat(english.t("instructor.statistics.alpha")).isEqualTo("Internal consistency (Cronbach's alpha)");
  }

  @Test
  void theItemBankIsNamedForEachAudience() {
    assertThat(english.t("instructor.export.bank", "audience", "patient")).isEqualTo("Item bank for patient");
    assertThat(english.t("instructor.export.bank", "audience", "staff")).isEqualTo("Item bank for staff");
  }

  @Test
  void whoHidAnAttemptAndWhenReadsWithTheMomentPattern() {
    String at = english.moment(LocalDateTime.of(2026, 11, 30, 14, 5));
    assertThat(english.t("instructor.hidden.by", "by", "Dr Who", "at", at)).isEqualTo("Hidden by Dr Who on 30 Nov 2026, 14:05");
    assertThat(english.t("instructor.hidden.shown-by", "by", "Nurse Lead", "at", at))
        .isEqualTo("Shown again by Nurse Lead on 30 Nov 2026, 14:05");
  }
}
