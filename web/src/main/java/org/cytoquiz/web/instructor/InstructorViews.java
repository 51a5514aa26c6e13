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

  /**
   * One attempt in the results table.
   *
   * @param attemptId the attempt
   * @param quiz the quiz's title
   * @param learner the learner, or "(patient, anonymous)"
   * @param started when it began, as a reader in the configured zone reads it
   * @param submitted when it was submitted, or "—"
   * @param duration from start to submit, such as "12 min 5 s", or "—"
   * @param state "Submitted" or "In progress"
   * @param percent the score, such as "85%", or "—"
   * @param passMark the pass mark, such as "80%", or "—" for a quiz without one
   * @param passed "Yes", "No", or "—" while open or for a quiz without a pass mark
   * @param hidden who hid it and when, if it is hidden
   */
  public record Row(String attemptId, String quiz, String learner, String started, String submitted, String duration,
      String state, String percent, String passMark, String passed, Optional<String> hidden) {}

  /**
   * A column heading of the results table: a link that sorts by it.
   *
   * @param label the heading
   * @param url the link (the opposite direction when the table is sorted by it already)
   * @param ariaSort "ascending" or "descending" for the column the table is sorted by, else null
   */
  public record SortLink(String label, String url, String ariaSort) {}

  /**
   * A link to a page of results.
   *
   * @param label its text
   * @param url its address
   * @param current whether it is the page shown
   */
  public record PageLink(String label, String url, boolean current) {}

  /** The medical review status of the content. */
  public record ReviewStatus(boolean due, String text) {}

  /**
   * The results page.
   *
   * @param rows this page's rows
   * @param total how many attempts match
   * @param quizzes the quiz filter's choices
   * @param from the start-date filter as typed
   * @param to the end-date filter as typed
   * @param passed the passed filter's choices
   * @param hidden the hidden filter's choices
   * @param search the search as typed
   * @param sort the sort column's value
   * @param direction "asc" or "desc"
   * @param size the page size's choices
   * @param columns the sortable column headings
   * @param pages links to pages (previous, numbers, next)
   * @param pageText "Page 2 of 5"
   * @param csvUrl the CSV of every matching attempt (all pages)
   * @param review the content's medical review status
   * @param statistics one choice per quiz, for the statistics links
   * @param csrf the form token
   * @param timeZone the configured zone's id
   */
  public record Results(List<Row> rows, int total, List<Choice> quizzes, String from, String to, List<Choice> passed,
      List<Choice> hidden, String search, String sort, String direction, List<Choice> size, List<SortLink> columns,
      List<PageLink> pages, String pageText, String csvUrl, ReviewStatus review, List<Choice> statistics, String csrf,
      String timeZone) {}

  /**
   * One question of an attempt in detail.
   *
   * @param number its place in the form
   * @param stem the question
   * @param given the answer in words (option text, not ids), or "Not answered"
   * @param certainty the certainty the learner chose, in the words of the question page, or "—"
   * @param mark the points and the most it could give, such as "2 of 3", or "—" while open
   * @param feedback the marked feedback
   */
  public record DetailItem(int number, String stem, String given, String certainty, String mark,
      org.cytoquiz.web.pages.FeedbackBox feedback) {}

  /**
   * One attempt in detail.
   *
   * @param attemptId the attempt
   * @param quiz the quiz's title
   * @param learner the learner
   * @param state "Submitted" or "In progress"
   * @param started when it began, with the zone
   * @param submitted when it was submitted, or "—"
   * @param duration from start to submit, or "—"
   * @param score the score in points and percent
   * @param passMark the pass mark, or "—"
   * @param passed "Yes", "No" or "—"
   * @param review the questions
   * @param certificateUrl the certificate to reprint, if the attempt earned one
   * @param hidden who hid it and when, if it is hidden
   * @param canHide whether it may be hidden (only attempts left open may)
   * @param history every hide and show of it, in words
   * @param reviewStatus the content's medical review status
   * @param csrf the form token
   */
  public record Detail(String attemptId, String quiz, String learner, String state, String started,
      String submitted, String duration, String score, String passMark, String passed, List<DetailItem> review,
      Optional<String> certificateUrl, Optional<String> hidden, boolean canHide, List<String> history,
      ReviewStatus reviewStatus, String csrf) {}

  /**
   * The review status page.
   *
   * @param status the status
   * @param sourceTitle the article
   * @param reviewer who last reviewed it
   * @param lastReviewed when, such as "February 2022"
   * @param reviewDue when the next review is due
   * @param facts how many facts the sheet lists
   * @param entries how many names and definitions it lists
   */
  public record ReviewPage(ReviewStatus status, String sourceTitle, String reviewer, String lastReviewed,
      String reviewDue, int facts, int entries) {}

  /** A bar of the score histogram. */
  public record Bar(String label, int count, double x, double y, double width, double height) {}

  /** A point of the item map: one question's facility against its discrimination. */
  public record Point(int number, String id, double x, double y, boolean weak, String facility, String discrimination) {
    /** The radius of the point's dot, in view-box units: a question flagged for review is drawn larger. */
    public int radius() {
      return weak ? 6 : 4;
    }
  }

  /**
   * A label of the item map, placed so that no two labels overlap: the numbers of the questions at one place.
   *
   * @param text the question numbers, such as "3, 7"
   * @param x where the text is anchored, in view-box units
   * @param y its baseline
   * @param anchor the SVG text-anchor: start, middle or end
   */
  public record Label(String text, double x, double y, String anchor) {}

  /**
   * How often one option was chosen.
   *
   * @param text the option's text as the content words it now (its id when the content no longer has it)
   * @param correct whether it is a right option
   * @param count how many attempts chose it
   */
  public record ChoiceCount(String text, boolean correct, int count) {}

  /**
   * One question's statistics in the table; {@code choices} is empty for questions without options, and
   * {@code certainty} says how often each certainty was chosen ("Sure: 5, Fairly sure: 2"), or "—" for a quiz
   * without certainty-based marking.
   */
  public record ItemRow(int number, String id, String stem, String facility, String sd, String discrimination,
      String efficiency, List<ChoiceCount> choices, int unanswered, String certainty, boolean weak) {}

  /** The statistics page. */
  public record Statistics(String quizId, String quizTitle, int attempts, String mean, String sd, String alpha,
      String errorRatio, String standardError, List<Bar> bars, String histogramText, List<Point> points,
      List<Label> labels, String mapText, List<ItemRow> items, int weakCount, ReviewStatus review) {}

  /**
   * A printable certificate.
   *
   * @param organisation the issuing organisation's name
   * @param logoUrl where its logo is served, if it has one
   * @param learner the learner's name or staff id
   * @param quizTitle the quiz
   * @param date the day it was passed, in {@code timeZone}
   * @param timeZone the configured time zone's id
   * @param score the score, such as "85%"
   * @param passMark the pass mark, such as "80%"
   * @param review the content's medical review status on the day of printing
   * @param validity "Valid until ..." or "Expired on ...", if the quiz sets a validity
   * @param code the verification code as printed (four groups of five)
   * @param verifyPage the absolute address of the public verify page
   * @param verifyPath the path that verifies this code directly
   * @param attemptId the attempt
   * @param source where the content comes from
   * @param backToAttempt the instructor's attempt page, when an instructor reprints it
   */
  public record CertificatePage(String organisation, Optional<String> logoUrl, String learner, String quizTitle,
      String date, String timeZone, String score, String passMark, ReviewStatus review, Optional<String> validity,
      String code, String verifyPage, String verifyPath, String attemptId, String source,
      Optional<String> backToAttempt) {}

  /**
   * The public verify page: a form, and the answer for a code if one was given.
   *
   * @param code the code as typed, to show again in the form
   * @param outcome the answer, if a code was looked up
   */
  public record Verify(String code, Optional<Verified> outcome) {}

  /**
   * What the verify page confirms for a code, and nothing more.
   *
   * @param found whether a certificate has this code
   * @param message why not, when not found
   * @param learner the learner's name
   * @param quiz the quiz
   * @param date the day it was passed
   * @param passed "Passed" when the attempt passed
   */
  public record Verified(boolean found, String message, String learner, String quiz, String date, String passed) {}
}
