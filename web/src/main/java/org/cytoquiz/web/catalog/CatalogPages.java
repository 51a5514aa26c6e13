package org.cytoquiz.web.catalog;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.teaching.FeedbackMode;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.web.attempt.AttemptPages;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.pages.Pages;
import org.cytoquiz.web.review.Templates;
import org.cytoquiz.web.text.Ui;

/** The catalog of quizzes and each quiz's start page. */
public final class CatalogPages {

  private final AttemptService service;
  private final boolean secureCookies;

  /** Pages over {@code service}. */
  public CatalogPages(AttemptService service, boolean secureCookies) {
    this.service = service;
    this.secureCookies = secureCookies;
  }

  /** Registers {@code /} and {@code /quizzes/{id}}. */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.get("/", this::catalog);
    routes.get("/quizzes/{quizId}", ctx -> ctx.html(Templates.html("start.jte", start(ctx, Optional.empty(), ""))));
  }

  private void catalog(Context ctx) {
    List<Pages.QuizCard> patients = new ArrayList<>();
    List<Pages.QuizCard> staff = new ArrayList<>();
    for (QuizPreset p : service.presets()) {
      (p.audience() == Audience.PATIENT ? patients : staff).add(card(p, service.questions(p.id()).size()));
    }
    ctx.html(Templates.html("catalog.jte", new Pages.Catalog(patients, staff,
        AttemptPages.inProgress(ctx, service), source(service), Web.csrfToken(ctx, secureCookies))));
  }

  /** This browser's unsubmitted attempt at {@code preset}, if it has one (the latest). */
  public Optional<Pages.InProgress> inProgress(Context ctx, QuizPreset preset) {
    return AttemptPages.inProgress(ctx, service).stream().filter(a -> a.quizId().equals(preset.id())).findFirst();
  }

  /** The start page of the quiz in the path, with an error to show if the last try to start failed. */
  public Pages.Start start(Context ctx, Optional<String> error, String learner) {
    QuizPreset preset = preset(service, ctx.pathParam("quizId"));
    return new Pages.Start(card(preset, service.questions(preset.id()).size()), preset.audience() == Audience.STAFF,
        preset.audience() == Audience.PATIENT, Web.csrfToken(ctx, secureCookies), error, learner,
        inProgress(ctx, preset), preset.certaintyBased());
  }

  /** The preset with this id, or a 404. */
  public static QuizPreset preset(AttemptService service, String id) {
    try {
      return service.preset(id);
    } catch (UnknownEntityException e) {
      throw HttpProblem.notFound(
          Ui.t("common.error.detail.no-quiz", "id", id.length() > 60 ? id.substring(0, 60) : id));
    }
  }

  /** A quiz as the catalog shows it, in the phrases of this thread ({@link Ui}). */
  public static Pages.QuizCard card(QuizPreset p, int questions) {
    boolean patient = p.audience() == Audience.PATIENT;
    return new Pages.QuizCard(p.id(), p.title().in(p.audience()), p.description().in(p.audience()),
        patient ? Ui.t("common.audience.patient") : Ui.t("common.audience.staff"),
        questions,
        p.passMark().isPresent() ? Ui.t("common.quiz.pass-mark", "percent", String.valueOf(p.passMark().getAsInt()))
            : Ui.t("common.quiz.no-pass-mark"),
        p.feedback() == FeedbackMode.IMMEDIATE
            ? (patient ? Ui.t("common.quiz.feedback-each.patient") : Ui.t("common.quiz.feedback-each.staff"))
            : Ui.t("common.quiz.feedback-end"),
        p.certaintyBased() ? Ui.t("common.quiz.certainty") : "",
        p.passMark().isPresent());
  }

  /** The line that credits the source article, in the phrases of this thread ({@link Ui}). */
  public static String source(AttemptService service) {
    Source s = service.knowledgeBase().course().source();
    return Ui.t("common.catalog.source", "title", s.title(), "reviewer", s.reviewer(),
        "month", Ui.text().month(s.lastReviewed()));
  }
}
