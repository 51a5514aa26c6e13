package org.cytoquiz.web.pages;

import java.util.List;
import java.util.Optional;

/** The models of the simpler pages; each record is what one template shows. */
public final class Pages {

  private Pages() {}

  /** A quiz in the catalog. */
  public record QuizCard(String id, String title, String description, String audience, int questions,
      String passMark, String feedback, String certainty) {}

  /** The catalog: every quiz, and the learner's attempt to resume, if any. */
  public record Catalog(List<QuizCard> quizzes, Optional<String> resumeUrl, String source) {}

  /** The start page of a quiz. */
  public record Start(QuizCard quiz, boolean needsName, boolean patient, String csrf, Optional<String> error,
      String learner) {}

  /** The page before submitting: what is answered, what is not. */
  public record Finish(String attemptId, String quizTitle, boolean patient, int answered, int total,
      List<Integer> unanswered, String csrf) {}

  /** The result page with a review of every question. */
  public record Result(String quizTitle, boolean patient, String score, String percent, boolean hasPassMark,
      int passMark, boolean passed, String submitted, List<ReviewItem> review, Optional<String> certificateUrl,
      String retakeUrl) {}

  /** The page for an open attempt whose quiz content changed since it began: it offers a fresh start. */
  public record ContentChanged(String quizTitle, String message, String startUrl) {}

  /** A certificate of completion. */
  public record Certificate(String learner, String quizTitle, String score, String date, String attemptId,
      String source) {}

  /** An error page. */
  public record Error(int status, String title, String message) {}
}
