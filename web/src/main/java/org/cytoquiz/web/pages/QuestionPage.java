package org.cytoquiz.web.pages;

import java.util.List;
import java.util.Optional;

/**
 * What the question page shows: one question of an attempt, its form (with what the learner saved, or what they
 * just entered when it could not be saved), and feedback once the quiz gives it.
 *
 * @param quizTitle the quiz's title
 * @param patient whether the learner is a patient (plain wording) rather than staff
 * @param attemptId the attempt
 * @param number the question's position, from 1
 * @param total how many questions the attempt has
 * @param stem the question
 * @param form how the answer is given: "single", "multiple", "text" or "matching"
 * @param options the options of choice questions
 * @param text the saved (or entered) text of a text-entry question
 * @param pairs the rows of a matching question
 * @param certaintyBased whether the learner must say how sure they are
 * @param certainty the saved (or entered) certainty, 0 if none
 * @param locked whether the answer can no longer change (marked with immediate feedback)
 * @param feedback the marking and explanations, when shown
 * @param immediate whether the quiz marks each answer at once
 * @param previous the previous question's number, 0 if none
 * @param next the next question's number, 0 if this is the last
 * @param answered how many questions have an answer
 * @param csrf the form token
 * @param answerError what is wrong with the answer entered, in the words on screen, if anything
 * @param certaintyError what is wrong with the certainty entered, in the words on screen, if anything
 * @param saved the number of the question whose answer was just saved, 0 if none
 * @param resumeCode the code that opens this attempt on another device ({@code ABCD-EFGH}), if it has one
 */
public record QuestionPage(
    String quizTitle, boolean patient, String attemptId, int number, int total, String stem, String form,
    List<OptionRow> options, String text, List<PairRow> pairs, boolean certaintyBased, int certainty,
    boolean locked, Optional<FeedbackBox> feedback, boolean immediate, int previous, int next, int answered,
    String csrf, Optional<String> answerError, Optional<String> certaintyError, int saved,
    Optional<String> resumeCode) {

  /** A choice option. */
  public record OptionRow(String id, String inputId, String text, boolean checked) {}

  /** A row of a matching question: the left item and a choice among the right items. */
  public record PairRow(String leftId, String selectId, String leftText, List<Choice> choices) {}

  /** A right-hand choice in a matching row. */
  public record Choice(String id, String text, boolean selected) {}

  /** Whether anything on the page could not be saved. */
  public boolean hasError() {
    return answerError.isPresent() || certaintyError.isPresent();
  }

  /** The id of the element the answer's error message is attached to. */
  public String answerFieldId() {
    return switch (form) {
      case "text" -> "answer";
      case "matching" -> pairs.isEmpty() ? "answer-field" : pairs.get(0).selectId();
      default -> options.isEmpty() ? "answer-field" : options.get(0).inputId();
    };
  }

  /** The URL of the question numbered {@code n} of this attempt. */
  public String url(int n) {
    return "/attempts/" + attemptId + "/questions/" + n;
  }
}
