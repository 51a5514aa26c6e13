package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import org.cytoquiz.web.live.LivePhrases;
import org.junit.jupiter.api.Test;

/**
 * The live sessions' phrases (bundle {@code live.properties}): the choices a page used to make in code (singular or
 * plural, first or second vote, whether a name is needed, the bank) now made by the phrase, giving the same English;
 * and the plural forms the pages hand to {@code live.js}, one per plural category of the language.
 */
class LivePhrasesTests {

  private static final UiText EN = UiText.english();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theCaptionOfAVoteNamesTheVoteAndCountsAnswersInTheRightNumber() {
    assertThat(EN.t("live.bars.caption", "vote", "first", "answers", 0)).isEqualTo("First vote: 0 answers");
    assertThat(EN.t("live.bars.caption", "vote", "first", "answers", 1)).isEqualTo("First vote: 1 answer");
    assertThat(EN.t("live.bars.caption", "vote", "second", "answers", 3)).isEqualTo("Second vote: 3 answers");
  }

  @Test
  void theStateInWordsSaysWhichVote() {
    assertThat(EN.t("live.status.open", "number", 2, "total", 5, "vote", "first"))
        .isEqualTo("Question 2 of 5: voting open");
    assertThat(EN.t("live.status.open", "number", 2, "total", 5, "vote", "second"))
        .isEqualTo("Question 2 of 5: second vote open");
    assertThat(EN.t("live.status.closed", "number", 1, "total", 1, "vote", "second"))
        .isEqualTo("Question 1 of 1: second vote closed");
    assertThat(EN.t("live.participant.yours", "vote", "first")).isEqualTo("Your answer:");
    assertThat(EN.t("live.participant.yours", "vote", "second")).isEqualTo("Your answer in the second vote:");
  }

  @Test
  void choicesOnceMadeInTemplatesAreMadeByThePhrase() {
    assertThat(EN.t("live.join.name", "needed", "yes")).isEqualTo("Your name or staff id");
    assertThat(EN.t("live.join.name", "needed", "no"))
        .isEqualTo("Your name or staff id (only if the session asks for it)");
    assertThat(EN.t("live.choose.none", "bank", "patient"))
        .isEqualTo("No question of the patient bank has this topic and kind.");
    assertThat(EN.t("live.choose.caption", "count", 1, "bank", "staff")).isEqualTo("1 question of the staff bank");
    assertThat(EN.t("live.choose.caption", "count", 12, "bank", "patient"))
        .isEqualTo("12 questions of the patient bank");
    assertThat(EN.t("live.home.preset.option", "title", "Basics", "questions", 10)).isEqualTo("Basics (10 questions)");
    assertThat(EN.t("live.report.lead", "quiz", "Basics", "code", "BCDF-2345", "joined", 4, "phase", "ended"))
        .isEqualTo("Basics · code BCDF-2345 · 4 joined · ended");
    assertThat(EN.t("live.report.lead", "quiz", "Basics", "code", "BCDF-2345", "joined", 4, "phase", "open"))
        .isEqualTo("Basics · code BCDF-2345 · 4 joined · still running");
  }

  @Test
  void problemsKeepTheirQuotesAndWriteNumbersWithoutSeparators() {
    assertThat(EN.t("live.join.error.code", "code", "XYZ"))
        .isEqualTo("no running live session has the code 'XYZ'; check the code on the screen "
            + "(it looks like BCDF-2345)");
    assertThat(EN.t("live.join.error.too-many", "minutes", 1))
        .isEqualTo("too many wrong join codes from this address; try again in 1 minute");
    assertThat(EN.t("live.join.error.too-many", "minutes", 9)).endsWith("try again in 9 minutes");
    assertThat(EN.t("live.start.error.countdown", "min", 5L, "max", 1800L, "seconds", 2000L))
        .isEqualTo("a countdown is 5 to 1800 seconds, or 0 for none, not 2000");
    assertThat(EN.t("live.start.error.none", "bank", "staff"))
        .isEqualTo("pick at least one question of the staff bank");
    assertThat(EN.t("live.projector.refused.close")).isEqualTo("no vote is open to close");
  }

  @Test
  void theScriptGetsOneFormPerEnglishPluralCategoryWithTheNumberMarked() throws Exception {
    JsonNode caption = JSON.readTree(LivePhrases.plurals(n -> EN.t("live.bars.caption", "vote", "second",
        "answers", n)));
    assertThat(caption.size()).isEqualTo(2);
    assertThat(caption.path("one").asText()).isEqualTo("Second vote: {#} answer");
    assertThat(caption.path("other").asText()).isEqualTo("Second vote: {#} answers");
    JsonNode left = JSON.readTree(LivePhrases.plurals(n -> EN.t("live.countdown.left", "seconds", n)));
    assertThat(left.path("one").asText()).isEqualTo("({#} s left)");
    assertThat(left.path("other").asText()).isEqualTo("({#} s left)");
    // words after a count in figures carry no number, hence no marker
    JsonNode joined = JSON.readTree(LivePhrases.plurals(n -> EN.t("live.projector.joined", "count", n)));
    assertThat(joined.path("one").asText()).isEqualTo("joined");
    assertThat(joined.path("other").asText()).isEqualTo("joined");
    assertThat(EN.t("live.projector.answered", "count", 1)).isEqualTo("answered this vote");
  }

  @Test
  void aLanguageWithMorePluralCategoriesGetsAFormForEach() throws Exception {
    Locale polish = Locale.forLanguageTag("pl");
    MessageFormat pattern = new MessageFormat(
        "{n, plural, one {# odpowiedź} few {# odpowiedzi} many {# odpowiedzi!} other {# odp.}}", polish);
    Ui.use(UiText.of(polish));
    try {
      JsonNode forms = JSON.readTree(LivePhrases.plurals(n -> pattern.format(Map.of("n", n))));
      assertThat(forms.path("one").asText()).isEqualTo("{#} odpowiedź");
      assertThat(forms.path("few").asText()).isEqualTo("{#} odpowiedzi");
      assertThat(forms.path("many").asText()).isEqualTo("{#} odpowiedzi!");
      // Polish "other" is for fractions only: no whole number falls in it, so the script never needs it
      assertThat(forms.has("other")).isFalse();
    } finally {
      Ui.clear();
    }
  }
}
