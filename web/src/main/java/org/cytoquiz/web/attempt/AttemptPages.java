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
import org.cytoquiz.teaching.FeedbackMode;
import org.cytoquiz.teaching.QuizPreset;
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
import org.cytoquiz.web.text.Ui;

/**
 * The learner's pages: start, one question per page, finish, result and certificate, and going on with an
 * attempt by its resume code. Plain forms and POST-redirect-GET: no JavaScript needed. An attempt's token lives in
 * an HttpOnly cookie for that attempt, sent to every page (path {@code /}) so the catalog can offer to go on with
 * it; on another device the cookie holds the resume code instead.
 */
public final class AttemptPages {

  /** How long a browser keeps an attempt's cookie, so a learner can come back to it. */
  private static final long COOKIE_SECONDS = 60L * 60 * 24 * 30;

  /** The most attempt cookies looked at for attempts to go on with. */
  private static final int MAX_COOKIES = 20;

  private final AttemptService service;
  private final CatalogPages catalog;
  private final boolean secureCookies;
  private final java.time.ZoneId zone;
  private final org.cytoquiz.web.instructor.Certificates certificates;
  private final GuessLimit guesses;

  /**
   * Pages that show dates (result, certificate) as they are in {@code zone}, print certificates with
   * {@code certificates}, and limit wrong resume codes per address with {@code guesses}.
   */
  public AttemptPages(AttemptService service, CatalogPages catalog, boolean secureCookies, java.time.ZoneId zone,
      org.cytoquiz.web.instructor.Certificates certificates, GuessLimit guesses) {
    this.service = service;
    this.catalog = catalog;
    this.secureCookies = secureCookies;
    this.zone = zone;
    this.certificates = certificates;
    this.guesses = guesses;
  }

  /** Registers the attempt pages. */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.post("/quizzes/{quizId}/attempts", this::start);
    routes.get("/attempts/{attemptId}", guarded(this::resume));
    routes.get("/attempts/{attemptId}/questions/{number}", guarded(this::showQuestion));
    routes.post("/attempts/{attemptId}/questions/{number}", guarded(this::saveAnswer));
    routes.get("/attempts/{attemptId}/finish", guarded(this::finish));
    routes.post("/attempts/{attemptId}/submit", guarded(this::submit));
    routes.get("/attempts/{attemptId}/result", guarded(this::result));
    routes.get("/attempts/{attemptId}/certificate", guarded(this::certificate));
    routes.get("/resume", ctx -> resumePage(ctx, "", Optional.empty(), 200));
    routes.get("/resume/{code}", ctx -> resumePage(ctx, ResumeCode.parse(ctx.pathParam("code"))
        .map(ResumeCode::display).orElse(""), Optional.empty(), 200));
    routes.post("/resume", this::resumeWithCode);
  }

  /**
   * The attempts this browser began and has not submitted, latest first: those its attempt cookies open.
   */
  public static List<Pages.InProgress> inProgress(Context ctx, AttemptService service) {
    List<AttemptView> open = new ArrayList<>();
    int looked = 0;
    for (Map.Entry<String, String> cookie : ctx.cookieMap().entrySet()) {
      String name = cookie.getKey();
      if (!name.startsWith(Web.attemptCookie("")) || looked++ >= MAX_COOKIES) {
        continue;
      }
      String id = name.substring(Web.attemptCookie("").length());
      if (!Secrets.hasShape(id, 22)) {
        continue;
      }
      try {
        AttemptView view = service.open(id, cookie.getValue());
        if (!view.attempt().submitted()) {
          open.add(view);
        }
      } catch (AttemptNotFoundException | ContentChangedException e) {
        // not this browser's any more, or it cannot go on: nothing to offer
      }
    }
    open.sort(java.util.Comparator.comparing((AttemptView v) -> v.attempt().updated()).reversed());
    return open.stream().map(v -> new Pages.InProgress("/attempts/" + v.attempt().id(), v.preset().id(),
        v.preset().title().in(v.preset().audience()), v.answeredCount(), v.questions().size())).toList();
  }

  /** {@code handler}, answering an open attempt on changed content with a page that offers a fresh start (409). */
  private io.javalin.http.Handler guarded(io.javalin.http.Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (ContentChangedException e) {
        QuizPreset preset = service.preset(service.quizOf(e.attemptId()));
        ctx.status(409).html(Templates.html("content-changed.jte", new Pages.ContentChanged(
            preset.title().in(preset.audience()), Ui.t("learner.content-changed.message"),
            "/quizzes/" + preset.id())));
      }
    };
  }

  private void start(Context ctx) {
    Web.checkCsrf(ctx);
    QuizPreset preset = CatalogPages.preset(service, ctx.pathParam("quizId"));
    String learner = Optional.ofNullable(ctx.formParam("learner")).orElse("");
    // An attempt already under way is offered first: a new one starts only when asked for in so many words.
    boolean fresh = "1".equals(ctx.formParam("fresh"));
    if (!fresh && catalog.inProgress(ctx, preset).isPresent()) {
      ctx.status(409).html(Templates.html("start.jte", catalog.start(ctx, Optional.of(
          Ui.t("learner.start.already")), learner)));
      return;
    }
    AttemptService.Started started;
    // A retake from this browser never gets the form of the attempt before it.
    List<Long> earlier = Optional.ofNullable(ctx.cookie(Web.LAST_ATTEMPT_COOKIE))
        .filter(id -> Secrets.hasShape(id, 22))
        .flatMap(id -> service.seedOf(id, preset.id())).stream().toList();
    try {
      started = service.start(preset.id(), Optional.of(learner), earlier);
    } catch (StartRefusedException e) {
      String why = switch (e.reason()) {
        case LEARNER_REQUIRED -> Ui.t("common.start.refused.learner-required");
        case LEARNER_INVALID -> Ui.t("common.start.refused.learner-invalid", "max", AttemptEngine.MAX_LEARNER);
      };
      ctx.status(400).html(Templates.html("start.jte", catalog.start(ctx, Optional.of(why), learner)));
      return;
    }
    grant(ctx, started.attemptId(), started.token());
    ctx.redirect("/attempts/" + started.attemptId() + "/questions/1", io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** Gives this browser the attempt: its cookie (token or resume code), sent to every page of the site. */
  private void grant(Context ctx, String attemptId, String credential) {
    Web.cookie(ctx, Web.attemptCookie(attemptId), credential, "/", COOKIE_SECONDS, secureCookies);
    Web.cookie(ctx, Web.LAST_ATTEMPT_COOKIE, attemptId, "/", COOKIE_SECONDS, secureCookies);
  }

  private void resumePage(Context ctx, String code, Optional<String> error, int status) {
    ctx.status(status).html(Templates.html("resume.jte", new Pages.Resume(code,
        Web.csrfToken(ctx, secureCookies), error)));
  }

  private void resumeWithCode(Context ctx) {
    Web.checkCsrf(ctx);
    String typed = Optional.ofNullable(ctx.formParam("code")).orElse("").strip();
    String shown = typed.length() > 20 ? typed.substring(0, 20) : typed;
    java.time.Instant place;
    try {
      place = guesses.reserve(ctx.ip());
    } catch (GuessLimit.TooManyGuessesException e) {
      ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
      resumePage(ctx, shown, Optional.of(Ui.t("learner.resume.error.too-many",
          "minutes", Math.max(1, (e.retryAfterSeconds() + 59) / 60))), 429);
      return;
    }
    if (ResumeCode.parse(typed).isEmpty()) {
      guesses.release(ctx.ip(), place);
      resumePage(ctx, shown, Optional.of(Ui.t("learner.resume.error.shape")), 400);
      return;
    }
    Optional<AttemptService.Resumed> found = service.resume(typed);
    if (found.isEmpty()) {
      resumePage(ctx, shown, Optional.of(Ui.t("learner.resume.error.unknown")), 400);
      return;
    }
    guesses.release(ctx.ip(), place);
    grant(ctx, found.get().attemptId(), found.get().code());
    ctx.redirect("/attempts/" + found.get().attemptId(), io.javalin.http.HttpStatus.SEE_OTHER);
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

  private void showQuestion(Context ctx) {
    AttemptView view = open(ctx);
    if (view.attempt().submitted()) {
      ctx.redirect("/attempts/" + view.attempt().id() + "/result", io.javalin.http.HttpStatus.SEE_OTHER);
      return;
    }
    int n = number(ctx, view);
    int saved = Optional.ofNullable(ctx.queryParam("saved")).filter(v -> v.matches("[0-9]{1,4}"))
        .map(Integer::parseInt).orElse(0);
    Question q = view.questions().get(n - 1);
    ctx.html(Templates.html("question.jte", page(ctx, view, n, Entry.saved(view, q),
        Optional.empty(), Optional.empty(), saved)));
  }

  /**
   * What the form of one question holds: the options ticked, the text typed, the pairs chosen, the certainty.
   * Read from the saved answer, or from a post that could not be saved, so that nothing entered is lost.
   */
  record Entry(List<String> selected, String text, Map<String, String> pairs, int certainty) {

    static Entry saved(AttemptView view, Question q) {
      Optional<Response> r = view.response(q.id());
      int certainty = Optional.ofNullable(view.answers().get(q.id()))
          .map(a -> a.certainty().orElse(0)).orElse(0);
      return new Entry(
          r.filter(x -> x instanceof Response.Choice).map(x -> ((Response.Choice) x).selected()).orElse(List.of()),
          r.filter(x -> x instanceof Response.Text).map(x -> ((Response.Text) x).text()).orElse(""),
          r.filter(x -> x instanceof Response.Pairs).map(x -> ((Response.Pairs) x).pairs()).orElse(Map.of()),
          certainty);
    }

    static Entry posted(Context ctx, Question q) {
      Map<String, String> pairs = new LinkedHashMap<>();
      if (q instanceof Matching m) {
        for (Item left : m.left()) {
          String right = ctx.formParam("pair." + left.id());
          if (right != null && !right.isBlank()) {
            pairs.put(left.id(), right);
          }
        }
      }
      String c = ctx.formParam("certainty");
      int certainty = "1".equals(c) || "2".equals(c) || "3".equals(c) ? Integer.parseInt(c) : 0;
      return new Entry(List.copyOf(ctx.formParams("selected")), Optional.ofNullable(ctx.formParam("text")).orElse(""),
          pairs, certainty);
    }

    /** Whether an answer was entered at all (a certainty alone is not one). */
    boolean answered(String form) {
      return switch (form) {
        case "text" -> !text.isBlank();
        case "matching" -> !pairs.isEmpty();
        default -> !selected.isEmpty();
      };
    }

    /** The response entered; call only when {@link #answered} is true. */
    Response response(String form) {
      return switch (form) {
        case "text" -> new Response.Text(text);
        case "matching" -> new Response.Pairs(pairs);
        default -> new Response.Choice(selected);
      };
    }
  }

  /**
   * The response a question's form posted (also read by live sessions).
   *
   * @throws InvalidResponseException if nothing is chosen, matched or typed where the form needs it; its message
   *     says so in the phrases of this thread ({@link Ui}), as the page shows it
   */
  public static Response formResponse(Context ctx, Question q) {
    String form = Views.form(q);
    Entry entry = Entry.posted(ctx, q);
    if (!entry.answered(form)) {
      throw new InvalidResponseException(switch (form) {
        case "text" -> Ui.t("learner.form.missing.text");
        case "matching" -> Ui.t("learner.form.missing.matching");
        case "multiple" -> Ui.t("learner.form.missing.multiple");
        default -> Ui.t("learner.form.missing.single");
      });
    }
    return entry.response(form);
  }

  private QuestionPage page(Context ctx, AttemptView view, int n, Entry entry, Optional<String> answerError,
      Optional<String> certaintyError, int saved) {
    Question q = view.questions().get(n - 1);
    QuizPreset preset = view.preset();
    boolean immediate = preset.feedback() == FeedbackMode.IMMEDIATE;
    boolean locked = AttemptEngine.answerLocked(preset, view.state(), q.id());
    List<QuestionPage.OptionRow> options = new ArrayList<>();
    for (Option o : q.options()) {
      options.add(new QuestionPage.OptionRow(o.id(), "option-" + o.id(), o.text(), entry.selected().contains(o.id())));
    }
    List<QuestionPage.PairRow> pairs = new ArrayList<>();
    if (q instanceof Matching m) {
      for (Item left : m.left()) {
        List<QuestionPage.Choice> choices = new ArrayList<>();
        for (Item right : m.right()) {
          choices.add(new QuestionPage.Choice(right.id(), right.text(), right.id().equals(entry.pairs().get(left.id()))));
        }
        pairs.add(new QuestionPage.PairRow(left.id(), "pair-" + left.id(), left.text(), choices));
      }
    }
    Optional<FeedbackBox> feedback = Optional.empty();
    if (view.feedbackVisible(q)) {
      FeedbackBox box = Views.feedback(q, view.response(q.id()), service.mark(view, q), preset.audience());
      int given = Entry.saved(view, q).certainty();
      feedback = Optional.of(given > 0 ? box.withCertainty(Views.certainty(given)) : box);
    }
    return new QuestionPage(preset.title().in(preset.audience()), preset.audience() == Audience.PATIENT,
        view.attempt().id(), n, view.questions().size(), q.stem(), Views.form(q), options, entry.text(), pairs,
        preset.certaintyBased(), entry.certainty(), locked, feedback, immediate, n - 1,
        n < view.questions().size() ? n + 1 : 0, view.answeredCount(), Web.csrfToken(ctx, secureCookies),
        answerError, certaintyError, saved, service.resumeCode(view, token(ctx)));
  }

  /**
   * Saves the answer posted, then goes where the learner asked ({@code go}: "save", "next", "previous" or
   * "finish"). Moving on with nothing entered saves nothing and loses nothing; anything entered is saved before
   * moving, or, if it cannot be, the page comes back with every entry kept and a message by the field.
   */
  private void saveAnswer(Context ctx) {
    Web.checkCsrf(ctx);
    AttemptView view = open(ctx);
    int n = number(ctx, view);
    Question q = view.questions().get(n - 1);
    String go = Optional.ofNullable(ctx.formParam("go")).filter(g -> List.of("next", "previous", "finish")
        .contains(g)).orElse("save");
    String form = Views.form(q);
    boolean patient = view.preset().audience() == Audience.PATIENT;
    Entry entry = Entry.posted(ctx, q);
    boolean locked = AttemptEngine.answerLocked(view.preset(), view.state(), q.id());
    if (!locked && (entry.answered(form) || go.equals("save"))) {
      Optional<String> answerError = entry.answered(form) ? Optional.empty() : Optional.of(missingAnswer(form, patient));
      String c = ctx.formParam("certainty");
      Optional<String> certaintyError = Optional.empty();
      if (view.preset().certaintyBased() && entry.certainty() == 0) {
        certaintyError = Optional.of(c == null || c.isEmpty()
            ? Ui.t("learner.question.certainty.missing")
            : Ui.t("learner.question.certainty.invalid"));
      }
      if (answerError.isEmpty() && certaintyError.isEmpty()) {
        try {
          OptionalInt certainty = entry.certainty() == 0 ? OptionalInt.empty() : OptionalInt.of(entry.certainty());
          service.answer(view, token(ctx), q.id(), entry.response(form), certainty);
        } catch (InvalidResponseException e) {
          answerError = Optional.of(Ui.t("learner.question.not-saved", "reason", e.getMessage()));
        }
      }
      if (answerError.isPresent() || certaintyError.isPresent()) {
        ctx.status(400).html(Templates.html("question.jte", page(ctx, view, n, entry, answerError, certaintyError,
            0)));
        return;
      }
    }
    String base = "/attempts/" + view.attempt().id();
    boolean immediate = view.preset().feedback() == FeedbackMode.IMMEDIATE;
    boolean wrote = !locked && entry.answered(form);
    String saved = wrote ? "?saved=" + n : "";
    String next = switch (go) {
      case "previous" -> base + "/questions/" + Math.max(1, n - 1) + saved;
      case "finish" -> base + "/finish";
      case "next" -> n < view.questions().size() ? base + "/questions/" + (n + 1) + saved : base + "/finish";
      default -> immediate ? base + "/questions/" + n + "#feedback"
          : n < view.questions().size() ? base + "/questions/" + (n + 1) + saved : base + "/finish";
    };
    ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
  }

  /** What to say when an answer is needed and none was entered, in this thread's phrases ({@link Ui}). */
  private static String missingAnswer(String form, boolean patient) {
    return switch (form) {
      case "text" -> Ui.t("learner.question.missing.text");
      case "matching" -> Ui.t("learner.question.missing.matching");
      case "multiple" -> Ui.t("learner.question.missing.multiple", "audience", patient ? "patient" : "staff");
      default -> Ui.t("learner.question.missing.single");
    };
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
        Web.csrfToken(ctx, secureCookies), service.resumeCode(view, token(ctx)))));
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
    ctx.html(Templates.html("result.jte", resultPage(service, view, zone, "wrong".equals(ctx.queryParam("show")),
        Web.csrfToken(ctx, secureCookies))));
  }

  /**
   * The result page of a submitted attempt, from the marks and review stored at submit, its day given as it is in
   * {@code zone}, reviewing every question.
   */
  public static Pages.Result resultPage(AttemptService service, AttemptView view, java.time.ZoneId zone) {
    return resultPage(service, view, zone, false, "");
  }

  /**
   * The result page of a submitted attempt: a summary (total, percentage, pass decision and how they follow from
   * each other, right answers by topic) and the review of every question, or only of those not fully right.
   */
  static Pages.Result resultPage(AttemptService service, AttemptView view, java.time.ZoneId zone, boolean onlyWrong,
      String csrf) {
    QuizPreset preset = view.preset();
    boolean patient = preset.audience() == Audience.PATIENT;
    StoredResult result = view.attempt().result().orElseThrow();
    Map<Integer, StoredMark> marks = new LinkedHashMap<>();
    view.marks().forEach(m -> marks.put(m.number(), m));
    Map<String, String> topicNames = new LinkedHashMap<>();
    service.curriculum().teaching().topics().forEach(t -> topicNames.put(t.id(), t.label().in(preset.audience())));
    Map<String, int[]> byTopic = new LinkedHashMap<>();
    List<ReviewItem> review = new ArrayList<>();
    int wrong = 0;
    for (ReviewSnapshot item : service.review(view)) {
      int number = ((Number) item.question().get("number")).intValue();
      FeedbackBox box = item.feedback();
      StoredMark mark = marks.get(number);
      if (mark != null && mark.certainty().isPresent() && box.certainty().isEmpty()) {
        box = box.withCertainty(Views.certainty(mark.certainty().getAsInt()));
      }
      boolean right = "right".equals(box.tone());
      if (!right) {
        wrong++;
      }
      String questionId = String.valueOf(item.question().get("id"));
      String topic = service.topicOf(preset.audience(), questionId).map(topicNames::get)
          .orElse(Ui.t("learner.result.topic.other", "audience", patient ? "patient" : "staff"));
      int[] counts = byTopic.computeIfAbsent(topic, t -> new int[2]);
      counts[0] += right ? 1 : 0;
      counts[1]++;
      if (!onlyWrong || !right) {
        review.add(new ReviewItem(number, item.stem(), item.given(), box));
      }
    }
    List<Pages.TopicRow> topics = new ArrayList<>();
    byTopic.forEach((name, c) -> topics.add(new Pages.TopicRow(name, c[0], c[1])));
    OptionalInt passMark = result.marking().isPresent() ? result.passMark() : preset.passMark();
    boolean certificate = certificateDue(preset, result);
    boolean certaintyBased = result.marking().map(k -> k.endsWith("+certainty")).orElse(preset.certaintyBased());
    return new Pages.Result(preset.title().in(preset.audience()), patient,
        Ui.t("learner.result.score", "score", Views.signed(result.score()), "max", Views.format(result.maxScore()),
            "count", result.maxScore()),
        Views.format(result.percent()) + "%", passMark.isPresent(), passMark.orElse(0), result.passed(),
        Views.day(result.submitted(), zone), review,
        certificate ? Optional.of("/attempts/" + view.attempt().id() + "/certificate") : Optional.empty(),
        "/quizzes/" + preset.id(), rule(result, passMark, certaintyBased), topics, wrong, onlyWrong,
        view.attempt().id(), csrf, view.attempt().learner().orElse(""));
  }

  /**
   * How the total, the percentage and the pass decision follow from the marks, in this thread's phrases
   * ({@link Ui}): two or three sentences, such as "Your total is 3 of a possible 4 marks. The percentage is the
   * total divided by 4: 75%. You need 70% or more to pass, so this attempt passed."
   */
  static String rule(StoredResult result, OptionalInt passMark, boolean certaintyBased) {
    double max = result.maxScore();
    String rule = Ui.t("learner.result.rule.total", "score", Views.signed(result.score()), "max", Views.format(max),
        "count", max == Math.rint(max) ? (Number) (long) max : (Number) max, "certainty", certaintyBased ? "yes" : "no")
        + " " + Ui.t("learner.result.rule.percent", "max", Views.format(max), "negative",
            result.score() < 0 ? "yes" : "no", "percent", Views.format(result.percent()));
    if (passMark.isPresent()) {
      rule += " " + Ui.t("learner.result.rule.pass", "pass", passMark.getAsInt(), "passed",
          result.passed() ? "yes" : "no");
    }
    return rule;
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
