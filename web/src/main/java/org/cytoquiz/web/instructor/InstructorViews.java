package org.cytoquiz.web.instructor;

import java.util.List;
import java.util.Optional;

/** The models of the instructor pages. */
public final class InstructorViews {

  private InstructorViews() {}

  /** The login page. */
  public record Login(boolean configured, String csrf, Optional<String> error) {}

  /** A choice in a filter list. */
  public record Choice(String value, String label, boolean selected) {}

  /** One attempt in the results table. */
  public record Row(String attemptId, String quiz, String learner, String started, String state, String percent,
      String passed) {}

  /** The medical review status of the content. */
  public record ReviewStatus(boolean due, String text) {}

  /** The results page. */
  public record Results(List<Row> rows, List<Choice> quizzes, String from, String to, List<Choice> passed,
      String csvUrl, ReviewStatus review, List<Choice> statistics, String csrf, String timeZone) {}

  /** One attempt in detail. */
  public record Detail(String attemptId, String quiz, String learner, String state, String started,
      String score, List<org.cytoquiz.web.pages.ReviewItem> review) {}

  /** A bar of the score histogram. */
  public record Bar(String label, int count, double x, double y, double width, double height) {}

  /** A point of the item map: one question's facility against its discrimination. */
  public record Point(int number, String id, double x, double y, boolean weak, String facility, String discrimination) {}

  /** One question's statistics in the table. */
  public record ItemRow(int number, String id, String stem, String facility, String sd, String discrimination,
      String efficiency, String choices, boolean weak) {}

  /** The statistics page. */
  public record Statistics(String quizId, String quizTitle, int attempts, String mean, String sd, String alpha,
      String errorRatio, String standardError, List<Bar> bars, String histogramText, List<Point> points,
      String mapText, List<ItemRow> items, int weakCount) {}
}
