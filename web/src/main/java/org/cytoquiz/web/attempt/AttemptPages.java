package org.cytoquiz.web.attempt;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.teaching.FeedbackMode;
import org.cytoquiz.core.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.AttemptEngine;
import org.cytoquiz.quiz.delivery.ContentChangedException;
import org.cytoquiz.quiz.delivery.StartRefusedException;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.web.catalog.CatalogPages;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.pages.FeedbackBox;
import org.cytoquiz.web.pages.Pages;
import org.cytoquiz.web.pages.QuestionPage;
import org.cytoquiz.web.pages.ReviewItem;
import org.cytoquiz.web.pages.Views;
import org.cytoquiz.web.review.Templates;

/**
 * The learner's pages: start, one question per page, finish, result and certificate. Plain forms and
 * POST-redirect-GET: no JavaScript needed. The attempt's token lives in an HttpOnly cookie for that attempt.
 */
public final class AttemptPages {

  /** How long a browser keeps an attempt's cookie, so a learner can come back to it. */
  private static final long COOKIE_SECONDS = 60L * 60 * 24 * 30;

  private final AttemptService service;
  private final CatalogPages catalog;
  private final boolean secureCookies;
  private final java.time.ZoneId zone;
  private final org.cytoquiz.web.instructor.Certificates certificates;

  /** Pages that show dates (result, certificate) as they are in {@code zone}, printing certificates with {@code certificates}. */
  public AttemptPages(AttemptService service, CatalogPages catalog, boolean secureCookies, java.time.ZoneId zone,
      org.cytoquiz.web.instructor.Certificates certificates) {
    this.service = service;
    this.catalog = catalog;
    this.secureCookies = secureCookies;
    this.zone = zone;
    this.certificates = certificates;
  }

  /** Registers the attempt pages. */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.post("/quizzes/{quizId}/attempts", this::start);
    routes.get("/attempts/{attemptId}", guarded(this::resume));
    routes.get("/attempts/{attemptId}/questions/{number}", guarded(ctx -> showQuestion(ctx, Optional.empty(), 200)));
    routes.post("/attempts/{attemptId}/questions/{number}", guarded(this::saveAnswer));
    routes.get("/attempts/{attemptId}/finish", guarded(this::finish));
    routes.post("/attempts/{attemptId}/submit", guarded(this::submit));
    routes.get("/attempts/{attemptId}/result", guarded(this::result));
    routes.get("/attempts/{attemptId}/certificate", guarded(this::certificate));
  }

  /** {@code handler}, answering an open attempt on changed content with a page that offers a fresh start (409). */
  private io.javalin.http.Handler guarded(io.javalin.http.Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (ContentChangedException e) {
        QuizPreset preset = service.preset(service.quizOf(e.attemptId()));
        ctx.status(409).html(Templates.html("content-changed.jte", new Pages.ContentChanged(
            preset.title().in(preset.audience()), "The questions of this quiz have changed since you began this "
                + "attempt, so it cannot go on. The answers you saved are kept. Please start a new attempt.",
            "/quizzes/" + preset.id())));
      }
    };
  }

  private void start(Context ctx) {
    Web.checkCsrf(ctx);
    QuizPreset preset = CatalogPages.preset(service, ctx.pathParam("quizId"));
    String learner = Optional.ofNullable(ctx.formParam("learner")).orElse("");
    AttemptService.Started started;
    // A retake from this browser never gets the form of the attempt before it.
    List<Long> earlier = Optional.ofNullable(ctx.cookie(Web.LAST_ATTEMPT_COOKIE))
        .filter(id -> Secrets.hasShape(id, 22))
        .flatMap(id -> service.seedOf(id, preset.id())).stream().toList();
    try {
      started = service.start(preset.id(), Optional.of(learner), earlier);
    } catch (StartRefusedException e) {
      ctx.status(400).html(Templates.html("start.jte", catalog.start(ctx, Optional.of(e.getMessage()), learner)));
      return;
    }
    String path = "/attempts/" + started.attemptId();
    Web.cookie(ctx, Web.attemptCookie(started.attemptId()), started.token(), path, COOKIE_SECONDS, secureCookies);
    Web.cookie(ctx, Web.LAST_ATTEMPT_COOKIE, started.attemptId(), "/", COOKIE_SECONDS, secureCookies);
    ctx.redirect(path + "/questions/1", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private AttemptView open(Context ctx) {
    String id = AttemptApi.attemptId(ctx);
    String token = ctx.cookie(Web.attemptCookie(id));
    if (token == null) {
      throw new AttemptNotFoundException(id);
    }
    return service.open(id, token);
  }

  private String token(Context ctx) {
    return ctx.cookie(Web.attemptCookie(AttemptApi.attemptId(ctx)));
  }

  private void resume(Context ctx) {
    AttemptView view = open(ctx);
    String base = "/attempts/" + view.attempt().id();
    ctx.redirect(view.attempt().submitted() ? base + "/result" : base + "/questions/" + (view.attempt().position() + 1),
        io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private int number(Context ctx, AttemptView view) {
    try {
      int n = Integer.parseInt(ctx.pathParam("number"));
      if (n >= 1 && n <= view.questions().size()) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw HttpProblem.notFound("this attempt has questions 1 to " + view.questions().size());
  }

  private void showQuestion(Context ctx, Optional<String> error, int status) {
    AttemptView view = open(ctx);
    if (view.attempt().submitted()) {
      ctx.redirect("/attempts/" + view.attempt().id() + "/result", io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    int n = number(ctx, view);
    ctx.status(status).html(Templates.html("question.jte", page(ctx, view, n, error)));
  }

  private QuestionPage page(Context ctx, AttemptView view, int n, Optional<String> error) {
    Question q = view.questions().get(n - 1);
    QuizPreset preset = view.preset();
    Optional<Response> saved = view.response(q.id());
    boolean immediate = preset.feedback() == FeedbackMode.IMMEDIATE;
    boolean locked = AttemptEngine.answerLocked(preset, view.state(), q.id());
    List<QuestionPage.OptionRow> options = new ArrayList<>();
    for (Option o : q.options()) {
      boolean checked = saved.filter(r -> r instanceof Response.Choice c && c.selected().contains(o.id())).isPresent();
      options.add(new QuestionPage.OptionRow(o.id(), "option-" + o.id(), o.text(), checked));
    }
    List<QuestionPage.PairRow> pairs = new ArrayList<>();
    if (q instanceof Matching m) {
      Map<String, String> given = saved.filter(r -> r instanceof Response.Pairs).map(r -> ((Response.Pairs) r).pairs())
          .orElse(Map.of());
      for (Item left : m.left()) {
        List<QuestionPage.Choice> choices = new ArrayList<>();
        for (Item right : m.right()) {
          choices.add(new QuestionPage.Choice(right.id(), right.text(), right.id().equals(given.get(left.id()))));
        }
        pairs.add(new QuestionPage.PairRow(left.id(), "pair-" + left.id(), left.text(), choices));
      }
    }
    String text = saved.filter(r -> r instanceof Response.Text).map(r -> ((Response.Text) r).text()).orElse("");
    int certainty = Optional.ofNullable(view.answers().get(q.id())).flatMap(a -> a.certainty().isPresent()
        ? Optional.of(a.certainty().getAsInt()) : Optional.empty()).orElse(0);
    Optional<FeedbackBox> feedback = Optional.empty();
    if (view.feedbackVisible(q)) {
      feedback = Optional.of(Views.feedback(q, saved, service.mark(view, q), preset.audience()));
    }
    return new QuestionPage(preset.title().in(preset.audience()), preset.audience() == Audience.PATIENT,
        view.attempt().id(), n, view.questions().size(), q.stem(), Views.form(q), options, text, pairs,
        preset.certaintyBased(), certainty, locked, feedback, immediate, n - 1, n < view.questions().size() ? n + 1 : 0,
        view.answeredCount(), Web.csrfToken(ctx, secureCookies), error);
  }

  private void saveAnswer(Context ctx) {
    Web.checkCsrf(ctx);
    AttemptView view = open(ctx);
    int n = number(ctx, view);
    Question q = view.questions().get(n - 1);
    try {
      Response response = formResponse(ctx, q);
      // The rules decide whether a certainty is needed; here it is only read.
      String c = ctx.formParam("certainty");
      if (c != null && !(c.equals("1") || c.equals("2") || c.equals("3"))) {
        throw new InvalidResponseException("say how sure you are: choose 1, 2 or 3");
      }
      OptionalInt certainty = c == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(c));
      service.answer(view, token(ctx), q.id(), response, certainty);
    } catch (InvalidResponseException e) {
      showQuestion(ctx, Optional.of(e.getMessage()), 400);
      return;
    }
    String base = "/attempts/" + view.attempt().id();
    boolean immediate = view.preset().feedback() == FeedbackMode.IMMEDIATE;
    String next = immediate ? base + "/questions/" + n + "#feedback"
        : n < view.questions().size() ? base + "/questions/" + (n + 1) : base + "/finish";
    ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /**
   * The response a question's form posted (also read by live sessions).
   *
   * @throws InvalidResponseException if nothing is chosen, matched or typed where the form needs it
   */
  public static Response formResponse(Context ctx, Question q) {
    String form = Views.form(q);
    switch (form) {
      case "text" -> {
        String text = ctx.formParam("text");
        return new Response.Text(text == null ? "" : text);
      }
      case "matching" -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (Item left : ((Matching) q).left()) {
          String right = ctx.formParam("pair." + left.id());
          if (right != null && !right.isBlank()) {
            pairs.put(left.id(), right);
          }
        }
        if (pairs.isEmpty()) {
          throw new InvalidResponseException("match at least one item before saving");
        }
        return new Response.Pairs(pairs);
      }
      default -> {
        List<String> selected = ctx.formParams("selected");
        if (selected.isEmpty()) {
          throw new InvalidResponseException(form.equals("multiple")
              ? "choose at least one answer before saving" : "choose an answer before saving");
        }
        return new Response.Choice(selected);
      }
    }
  }

  private void finish(Context ctx) {
    AttemptView view = open(ctx);
    if (view.attempt().submitted()) {
      ctx.redirect("/attempts/" + view.attempt().id() + "/result", io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    List<Integer> unanswered = new ArrayList<>();
    for (int i = 0; i < view.questions().size(); i++) {
      if (!view.answers().containsKey(view.questions().get(i).id())) {
        unanswered.add(i + 1);
      }
    }
    QuizPreset preset = view.preset();
    ctx.html(Templates.html("finish.jte", new Pages.Finish(view.attempt().id(), preset.title().in(preset.audience()),
        preset.audience() == Audience.PATIENT, view.answeredCount(), view.questions().size(), unanswered,
        Web.csrfToken(ctx, secureCookies))));
  }

  private void submit(Context ctx) {
    Web.checkCsrf(ctx);
    AttemptView view = open(ctx);
    service.submit(view, token(ctx));
    ctx.redirect("/attempts/" + view.attempt().id() + "/result", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  private void result(Context ctx) {
    AttemptView view = open(ctx);
    if (!view.attempt().submitted()) {
      ctx.redirect("/attempts/" + view.attempt().id() + "/finish", io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    ctx.html(Templates.html("result.jte", resultPage(service, view, zone)));
  }

  /**
   * The result page of a submitted attempt, from the marks and review stored at submit, its day given as it is in
   * {@code zone}.
   */
  public static Pages.Result resultPage(AttemptService service, AttemptView view, java.time.ZoneId zone) {
    QuizPreset preset = view.preset();
    StoredResult result = view.attempt().result().orElseThrow();
    List<ReviewItem> review = new ArrayList<>();
    for (ReviewSnapshot item : service.review(view)) {
      review.add(new ReviewItem(((Number) item.question().get("number")).intValue(), item.stem(), item.given(),
          item.feedback()));
    }
    OptionalInt passMark = result.marking().isPresent() ? result.passMark() : preset.passMark();
    boolean certificate = certificateDue(preset, result);
    return new Pages.Result(preset.title().in(preset.audience()), preset.audience() == Audience.PATIENT,
        Views.format(Math.max(0, result.score())) + " of " + Views.format(result.maxScore()),
        Views.format(result.percent()) + "%", passMark.isPresent(), passMark.orElse(0), result.passed(),
        Views.day(result.submitted(), zone), review,
        certificate ? Optional.of("/attempts/" + view.attempt().id() + "/certificate") : Optional.empty(),
        "/quizzes/" + preset.id());
  }

  /** Whether a submitted attempt earns a certificate, by the pass mark it was judged against. */
  private static boolean certificateDue(QuizPreset preset, StoredResult result) {
    boolean hadPassMark = result.marking().isPresent() ? result.passMark().isPresent() : preset.passMark().isPresent();
    return AttemptEngine.certificateDue(preset, hadPassMark, result.passed());
  }

  private void certificate(Context ctx) {
    ctx.html(certificates.page(open(ctx), ctx, false));
  }
}
