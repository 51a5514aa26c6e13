package org.cytoquiz.web.pages;

import java.util.List;
import java.util.Optional;

/** The models of the simpler pages; each record is what one template shows. */
public final class Pages {

  private Pages() {}

  /**
   * A quiz in the catalog, its facts in words.
   *
   * @param id the quiz's id
   * @param title its title
   * @param description what it is about
   * @param audience whom it is for
   * @param questions how many questions it asks
   * @param passMark its pass mark, or that it has none
   * @param feedback when the learner sees the answers
   * @param certainty that the learner says how sure they are, or "" if the quiz does not ask
   * @param hasPassMark whether the quiz has a pass mark
   */
  public record QuizCard(String id, String title, String description, String audience, int questions,
      String passMark, String feedback, String certainty, boolean hasPassMark) {}

  /**
   * An attempt this browser began and has not submitted.
   *
   * @param url where it goes on
   * @param quizId the quiz's id
   * @param quizTitle the quiz's title
   * @param answered how many questions have an answer
   * @param total how many questions it has
   */
  public record InProgress(String url, String quizId, String quizTitle, int answered, int total) {}

  /**
   * The catalog: quizzes for patients and for staff apart, the attempts to go on with, and the resume-code form.
   *
   * @param patients the quizzes for patients and families
   * @param staff the quizzes for hospital staff
   * @param inProgress attempts this browser began and has not submitted, latest first
   * @param source the line that credits the article
   * @param csrf the form token
   */
  public record Catalog(List<QuizCard> patients, List<QuizCard> staff, List<InProgress> inProgress, String source,
      String csrf) {}

  /**
   * The start page of a quiz.
   *
   * @param quiz the quiz
   * @param needsName whether a name or staff id is asked for
   * @param patient whether the quiz is for patients
   * @param csrf the form token
   * @param error why the last try to start failed, if it did
   * @param learner the name entered
   * @param inProgress this browser's unsubmitted attempt at the quiz, offered to go on with before a new one
   * @param certaintyBased whether the quiz uses certainty-based marking (explained on the page)
   */
  public record Start(QuizCard quiz, boolean needsName, boolean patient, String csrf, Optional<String> error,
      String learner, Optional<InProgress> inProgress, boolean certaintyBased) {}

  /** The page before submitting: what is answered, what is not, and the code to go on elsewhere. */
  public record Finish(String attemptId, String quizTitle, boolean patient, int answered, int total,
      List<Integer> unanswered, String csrf, Optional<String> resumeCode) {}

  /**
   * How a learner did on one topic.
   *
   * @param topic the topic's name in the audience's words
   * @param right how many of its questions were fully right
   * @param total how many questions of the topic the attempt had
   */
  public record TopicRow(String topic, int right, int total) {}

  /**
   * The result page: a summary (score, pass, by topic), then the review of every question (or only the wrong).
   *
   * @param quizTitle the quiz's title
   * @param patient whether the quiz is for patients
   * @param score the marks, such as "17 of 20"
   * @param percent the percentage, such as "85%"
   * @param hasPassMark whether the quiz had a pass mark
   * @param passMark the pass mark in percent (0 if none)
   * @param passed whether the attempt passed
   * @param submitted the day it was submitted
   * @param review the questions reviewed on this page
   * @param certificateUrl where the certificate is, if one is due
   * @param retakeUrl the quiz's start page
   * @param rule how the total, the percentage and the pass decision follow from the marks, in words
   * @param topics the summary by topic
   * @param wrong how many questions were not fully right
   * @param onlyWrong whether the review shows only those
   * @param attemptId the attempt
   * @param csrf the form token (for "try again")
   * @param learner the name the attempt was under, sent again by "try again" ("" for patients)
   */
  public record Result(String quizTitle, boolean patient, String score, String percent, boolean hasPassMark,
      int passMark, boolean passed, String submitted, List<ReviewItem> review, Optional<String> certificateUrl,
      String retakeUrl, String rule, List<TopicRow> topics, int wrong, boolean onlyWrong, String attemptId,
      String csrf, String learner) {}

  /**
   * The page that asks for a resume code (the link a learner wrote down leads here with the code filled in).
   *
   * @param code the code to show in the field
   * @param csrf the form token
   * @param error why the last code did not open an attempt, if it did not
   */
  public record Resume(String code, String csrf, Optional<String> error) {}

  /** The page for an open attempt whose quiz content changed since it began: it offers a fresh start. */
  public record ContentChanged(String quizTitle, String message, String startUrl) {}

  /** A certificate of completion. */
  public record Certificate(String learner, String quizTitle, String score, String date, String attemptId,
      String source) {}

  /** An error page. */
  public record Error(int status, String title, String message) {}
}
