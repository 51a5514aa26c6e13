package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The learner pages' phrases ({@code learner.properties}) say in English exactly what the pages said before their
 * words moved into the bundle: counted nouns agree with their number, wordings differ by audience, and a sentence
 * cut around a link reads as one sentence again.
 */
class LearnerPhrasesTests {

  private final UiText english = UiText.english();

  @Test
  void theQuestionHeadingAndItsErrorTitleNameThePosition() {
    String heading = english.t("learner.question.heading", "number", 3, "total", 10);
    assertThat(heading).isEqualTo("Question 3 of 10");
    assertThat(english.t("learner.question.title-error", "heading", heading)).isEqualTo("Error: Question 3 of 10");
    assertThat(english.t("learner.question.progress-text", "answered", 0, "total", 10)).isEqualTo("0 of 10 answered");
    assertThat(english.t("learner.question.save-next", "number", 4)).isEqualTo("Save and go to question 4");
  }

  @Test
  void countedNounsAgreeWithTheirNumber() {
    assertThat(english.t("learner.finish.progress-text", "answered", 0, "total", 1))
        .isEqualTo("You have answered 0 of 1 question.");
    assertThat(english.t("learner.finish.progress-text", "answered", 2, "total", 12))
        .isEqualTo("You have answered 2 of 12 questions.");
    assertThat(english.t("learner.resume.error.too-many", "minutes", 1)).isEqualTo(
        "Too many codes that did not match were typed from here. Please wait 1 minute and try again.");
    assertThat(english.t("learner.resume.error.too-many", "minutes", 15)).isEqualTo(
        "Too many codes that did not match were typed from here. Please wait 15 minutes and try again.");
  }

  @Test
  void patientsAndStaffEachReadTheirOwnWording() {
    assertThat(english.t("learner.question.check", "audience", "patient")).isEqualTo("Check my answer");
    assertThat(english.t("learner.question.check", "audience", "staff")).isEqualTo("Check answer");
    assertThat(english.t("learner.question.hint.multiple", "audience", "patient"))
        .isEqualTo("You can choose more than one.");
    assertThat(english.t("learner.question.hint.multiple", "audience", "staff"))
        .isEqualTo("More than one answer may be right.");
    assertThat(english.t("learner.question.missing.multiple", "audience", "patient"))
        .isEqualTo("Tick at least one answer below.");
    assertThat(english.t("learner.question.missing.multiple", "audience", "staff"))
        .isEqualTo("Select at least one answer below.");
    assertThat(english.t("learner.finish.unanswered", "audience", "patient"))
        .isEqualTo("These questions have no answer yet:");
    assertThat(english.t("learner.finish.unanswered", "audience", "staff")).isEqualTo("Unanswered questions:");
  }

  @Test
  void theResumeNoteCutAroundItsCodeAndLinkReadsAsOneSentence() {
    String note = english.t("learner.resume-note.saved") + " " + english.t("learner.resume-note.before") + " "
        + "7K3M-Q9TX" + " " + english.t("learner.resume-note.or") + " " + english.t("learner.resume-note.link")
        + english.t("learner.resume-note.after");
    assertThat(note).isEqualTo("Your answers are saved. To go on from another device, type this resume code on the "
        + "quizzes page: 7K3M-Q9TX or open this page’s resume link. Keep the code to yourself: it opens your quiz.");
  }

  @Test
  void quotesAndArgumentsInErrorsSurviveThePattern() {
    assertThat(english.t("learner.question.certainty.missing"))
        .isEqualTo("Choose how sure you are: “Not sure”, “Fairly sure” or “Sure”.");
    assertThat(english.t("learner.question.not-saved", "reason", "no option 'z'"))
        .isEqualTo("This answer could not be saved: no option 'z'.");
    assertThat(english.t("result.certainty.2")).isEqualTo("Fairly sure (right +2, wrong −2)");
  }

  @Test
  void theResultRuleSaysHowTotalPercentageAndPassFollowFromTheMarks() {
    String total = english.t("learner.result.rule.total", "score", "3", "max", "4", "count", 4L, "certainty", "no");
    assertThat(total).isEqualTo("Your total is 3 of a possible 4 marks.");
    assertThat(english.t("learner.result.rule.total", "score", "1", "max", "1", "count", 1L, "certainty", "no"))
        .isEqualTo("Your total is 1 of a possible 1 mark.");
    assertThat(english.t("learner.result.rule.total", "score", "−6", "max", "3", "count", 3L, "certainty", "yes"))
        .isEqualTo("Your total is −6 of a possible 3 marks (each answer earned 1, 2 or 3 marks if right and 0, −2 or "
            + "−6 if wrong, by how sure you said you were).");
    assertThat(english.t("learner.result.rule.percent", "max", "4", "negative", "no", "percent", "75"))
        .isEqualTo("The percentage is the total divided by 4: 75%.");
    assertThat(english.t("learner.result.rule.percent", "max", "3", "negative", "yes", "percent", "0"))
        .isEqualTo("The percentage is the total divided by 3; a total below zero counts as 0%: 0%.");
    assertThat(english.t("learner.result.rule.pass", "pass", 70, "passed", "yes"))
        .isEqualTo("You need 70% or more to pass, so this attempt passed.");
    assertThat(english.t("learner.result.rule.pass", "pass", 70, "passed", "no"))
        .isEqualTo("You need 70% or more to pass, so this attempt did not pass.");
    assertThat(english.t("learner.result.topic.other", "audience", "patient")).isEqualTo("Other questions");
    assertThat(english.t("learner.result.topic.other", "audience", "staff")).isEqualTo("Other");
  }

  @Test
  void theScoreOnTheResultPageAgreesWithItsMostMarks() {
    UiText en = UiText.english();
    assertThat(en.t("learner.result.score", "score", "1", "max", "1", "count", 1.0)).isEqualTo("1 of 1 mark");
    assertThat(en.t("learner.result.score", "score", "17", "max", "20", "count", 20.0)).isEqualTo("17 of 20 marks");
    assertThat(en.t("learner.result.score", "score", "0.50", "max", "1.50", "count", 1.5))
        .isEqualTo("0.50 of 1.50 marks");
    assertThat(en.t("result.summary.score", "score", "17 of 20 marks", "submitted", "30 November 2026"))
        .isEqualTo("You scored 17 of 20 marks, submitted on 30 November 2026.");
  }
}
