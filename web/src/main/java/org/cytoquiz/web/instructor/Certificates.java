package org.cytoquiz.web.instructor;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.AttemptEngine;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.attempt.AttemptView;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.attempt.StoredResult;
import org.cytoquiz.web.catalog.CatalogPages;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.pages.Views;
import org.cytoquiz.web.review.Templates;
import org.cytoquiz.web.text.Ui;

/**
 * Certificates of passed staff quizzes, as the learner prints them and as an instructor reprints them: the
 * organisation, learner, quiz, day passed (in the configured zone), score and pass mark, the content's medical
 * review status, the validity if the quiz sets one, and the verification code for the public verify page. The
 * first print issues the code; every later print shows the same one. The words are those of the request being
 * served ({@link Ui}).
 */
public final class Certificates {

  private final AttemptService service;
  private final InstructorStore store;
  private final Organisation organisation;
  private final Clock clock;
  private final ZoneId zone;

  /** Certificates of {@code service}'s attempts, issued by {@code organisation}, with codes kept in {@code store}. */
  public Certificates(AttemptService service, InstructorStore store, Organisation organisation, Clock clock,
      ZoneId zone) {
    this.service = Objects.requireNonNull(service, "service");
    this.store = Objects.requireNonNull(store, "store");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** The issuing organisation. */
  public Organisation organisation() {
    return organisation;
  }

  /** The store of codes and hidden attempts. */
  public InstructorStore store() {
    return store;
  }

  /**
   * Whether a submitted attempt earns a certificate: a staff quiz passed against the pass mark it was judged by.
   */
  public static boolean due(QuizPreset preset, StoredResult result) {
    boolean hadPassMark = result.marking().isPresent() ? result.passMark().isPresent()
        : preset.passMark().isPresent();
    return AttemptEngine.certificateDue(preset, hadPassMark, result.passed());
  }

  /** The pass mark a submitted attempt was judged against: the stored one, or the preset's for older attempts. */
  public static OptionalInt passMark(QuizPreset preset, StoredResult result) {
    return result.marking().isPresent() ? result.passMark() : preset.passMark();
  }

  /**
   * The certificate page of an attempt, issuing its code on the first print.
   *
   * @param view the attempt, opened by its learner or an instructor
   * @param ctx the request, for the verify page's address as the reader reached this server
   * @param reprint whether an instructor is printing it (the page then links back to the attempt)
   * @return the page's HTML
   * @throws HttpProblem 404 if the attempt is not a passed staff quiz
   */
  public String page(AttemptView view, Context ctx, boolean reprint) {
    StoredAttempt attempt = view.attempt();
    QuizPreset preset = view.preset();
    StoredResult result = attempt.result().filter(r -> due(preset, r)).orElseThrow(() ->
        HttpProblem.notFound("a certificate is given for a passed staff quiz only"));
    InstructorStore.Issued issued = store.certificate(attempt.id(), clock.instant());
    LocalDate passedOn = result.submitted().atZone(zone).toLocalDate();
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Optional<String> validity = preset.validity().map(period -> {
      LocalDate until = passedOn.plus(period);
      return until.isBefore(today)
          ? Ui.t("certificate.certificate.expired-on", "date", Ui.text().day(until), "period", words(period))
          : Ui.t("certificate.certificate.valid-until", "date", Ui.text().day(until), "period", words(period));
    });
    String code = VerificationCode.grouped(issued.code());
    return Templates.html("certificate.jte", new InstructorViews.CertificatePage(organisation.name(),
        organisation.logo().map(l -> Organisation.LOGO_PATH), attempt.learner().orElse(""),
        preset.title().in(preset.audience()), Ui.text().day(passedOn), zone.getId(),
        Views.format(result.percent()) + "%",
        passMark(preset, result).orElse(0) + "%", review(service.knowledgeBase().course().source(), today), validity,
        code, base(ctx) + "/verify", "/verify/" + issued.code(), attempt.id(), CatalogPages.source(service),
        reprint ? Optional.of("/instructor/attempts/" + attempt.id()) : Optional.empty()));
  }

  /**
   * A period in this thread's words ({@link Ui}): "2 years", "18 months", "1 year and 6 months", "90 days"; the
   * parts that are not zero, each with its plural form, joined by {@code certificate.certificate.period.and}.
   */
  static String words(Period period) {
    String words = null;
    words = append(words, period.getYears(), "years");
    words = append(words, period.getMonths(), "months");
    words = append(words, period.getDays(), "days");
    return words == null ? "" : words;
  }

  private static String append(String words, int count, String unit) {
    if (count == 0) {
      return words;
    }
    String part = Ui.t("certificate.certificate.period." + unit, "count", count);
    return words == null ? part : Ui.t("certificate.certificate.period.and", "first", words, "second", part);
  }

  /** The scheme, host and port the reader used to reach this server, such as {@code https://quiz.example.org}. */
  static String base(Context ctx) {
    String host = Optional.ofNullable(ctx.host()).filter(h -> h.matches("[A-Za-z0-9.:\\[\\]-]{1,255}"))
        .orElse("localhost");
    return ctx.scheme() + "://" + host;
  }

  /** The medical review status of the content on {@code today}, in this thread's words ({@link Ui}). */
  public static InstructorViews.ReviewStatus review(Source source, LocalDate today) {
    boolean due = source.isReviewDue(today);
    YearMonth last = source.lastReviewed();
    String month = Ui.text().month(last);
    String next = Ui.text().day(source.reviewDue());
    return new InstructorViews.ReviewStatus(due, due
        ? Ui.t("certificate.review-status.overdue", "month", month, "reviewer", source.reviewer(), "due", next)
        : Ui.t("certificate.review-status.current", "month", month, "reviewer", source.reviewer(), "due", next));
  }
}
