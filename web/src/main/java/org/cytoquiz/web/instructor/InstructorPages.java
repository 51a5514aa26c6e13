package org.cytoquiz.web.instructor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.stats.ItemStatistics;
import org.cytoquiz.quiz.stats.QuizStatistics;
import org.cytoquiz.web.attempt.AttemptFilter;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.attempt.AttemptView;
import org.cytoquiz.web.attempt.ReviewSnapshot;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.attempt.StoredMark;
import org.cytoquiz.web.attempt.SubmittedMarks;
import org.cytoquiz.web.catalog.CatalogPages;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.pages.Views;
import org.cytoquiz.web.review.ReviewSheet;
import org.cytoquiz.web.review.Templates;
import org.cytoquiz.web.text.Ui;

/**
 * The instructor area: login; results (filters, search, sorting and paging in the query string, CSV and JSON of
 * the same selection); attempt detail with each answer's certainty and mark; hiding attempts left open (and
 * showing them again), with a record of who did it; reprinting certificates; statistics; the content's medical
 * review status and the printable review sheet.
 */
public final class InstructorPages {

  /** The most attempts one results query reads. */
  static final int LIMIT = 50_000;

  private static final String NONE = "—";

  private final AttemptService service;
  private final InstructorAuth auth;
  private final Clock clock;
  private final boolean secureCookies;
  private final ZoneId zone;
  private final Certificates certificates;
  private final InstructorStore store;

  /**
   * Pages over {@code service}, guarded by {@code auth}, showing dates and times in {@code zone}, printing
   * certificates with {@code certificates}.
   */
  public InstructorPages(AttemptService service, InstructorAuth auth, Clock clock, boolean secureCookies,
      ZoneId zone, Certificates certificates) {
    this.service = service;
    this.auth = auth;
    this.clock = clock;
    this.secureCookies = secureCookies;
    this.zone = zone;
    this.certificates = certificates;
    this.store = certificates.store();
  }

  /** Registers the instructor pages and API, and the guard in front of them. */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.before("/instructor/*", this::guardPage);
    routes.before("/instructor", this::guardPage);
    routes.before("/api/v1/instructor/*", ctx -> {
      if (!auth.valid(ctx.cookie(Web.SESSION_COOKIE))) {
        throw HttpProblem.unauthorized("sign in as an instructor at /instructor/login first");
      }
    });
    routes.get("/instructor/login", ctx -> ctx.html(Templates.html("instructor-login.jte",
        new InstructorViews.Login(auth.configured(), Web.csrfToken(ctx, secureCookies), Optional.empty()))));
    routes.post("/instructor/login", this::login);
    routes.post("/instructor/logout", ctx -> {
      Web.checkCsrf(ctx);
      auth.logout(ctx.cookie(Web.SESSION_COOKIE));
      Web.cookie(ctx, Web.SESSION_COOKIE, "", "/", 0, secureCookies);
      ctx.redirect("/instructor/login", HttpStatus.SEE_OTHER);
    });
    routes.get("/instructor", ctx -> ctx.html(Templates.html("instructor-results.jte", results(ctx))));
    routes.get("/instructor/results.csv", this::csv);
    routes.get("/instructor/attempts/{attemptId}", this::detail);
    routes.get("/instructor/attempts/{attemptId}/certificate", ctx -> ctx.html(certificates.page(
        service.openForInstructor(ctx.pathParam("attemptId")), ctx, true)));
    routes.post("/instructor/attempts/{attemptId}/hide", ctx -> hide(ctx, true));
    routes.post("/instructor/attempts/{attemptId}/show", ctx -> hide(ctx, false));
    routes.get("/instructor/quizzes/{quizId}/statistics", ctx -> ctx.html(Templates.html("instructor-statistics.jte",
        statistics(ctx))));
    routes.get("/instructor/review", ctx -> ctx.html(Templates.html("instructor-review.jte", reviewPage())));
    routes.get("/instructor/review/sheet", ctx -> ctx.html(Templates.html("review-sheet.jte",
        ReviewSheet.of(service.knowledgeBase(), today()))));
    routes.get("/api/v1/instructor/results", ctx -> {
      ResultsQuery query = ResultsQuery.parse(ctx::queryParam);
      ctx.json(Map.of("results", entries(query).stream().map(this::json).toList(), "timeZone", zone.getId()));
    });
    routes.get("/api/v1/instructor/quizzes/{quizId}/statistics", ctx -> ctx.json(statisticsJson(ctx)));
    routes.get("/api/v1/instructor/review-status", ctx -> ctx.json(Map.of("due", review().due(),
        "text", review().text())));
  }

  private void guardPage(Context ctx) {
    if (ctx.path().equals("/instructor/login")) {
      return;
    }
    if (!auth.valid(ctx.cookie(Web.SESSION_COOKIE))) {
      if (ctx.method() == io.javalin.http.HandlerType.GET) {
        ctx.redirect("/instructor/login", HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
        return;
      }
      throw HttpProblem.unauthorized("sign in as an instructor first");
    }
  }

  private void login(Context ctx) {
    Web.checkCsrf(ctx);
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    Optional<String> session;
    try {
      session = auth.login(password.toCharArray(), ctx.ip());
    } catch (InstructorAuth.TooManyAttemptsException e) {
      ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
      ctx.status(429).html(Templates.html("instructor-login.jte", new InstructorViews.Login(auth.configured(),
          Web.csrfToken(ctx, secureCookies), Optional.of(Ui.t("instructor.login.error.too-many", "minutes",
              Math.max(1, e.retryAfterSeconds() / 60))))));
      return;
    }
    if (session.isEmpty()) {
      ctx.status(401).html(Templates.html("instructor-login.jte", new InstructorViews.Login(auth.configured(),
          Web.csrfToken(ctx, secureCookies), Optional.of(auth.configured()
              ? Ui.t("instructor.login.error.wrong") : Ui.t("instructor.login.error.not-set-up")))));
      return;
    }
    Web.cookie(ctx, Web.SESSION_COOKIE, session.get(), "/", InstructorAuth.SESSION.getSeconds(), secureCookies);
    ctx.redirect("/instructor", HttpStatus.SEE_OTHER);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  /** Every attempt the query selects, filtered, searched and sorted (all pages). */
  private List<ResultsQuery.Entry> entries(ResultsQuery query) {
    Optional<String> quiz = Optional.of(query.quiz()).filter(q -> !q.isBlank());
    quiz.ifPresent(q -> CatalogPages.preset(service, q));
    Map<String, InstructorStore.Hidden> hidden = store.hidden();
    List<ResultsQuery.Entry> entries = new ArrayList<>();
    for (StoredAttempt a : service.attempts(new AttemptFilter(quiz, query.fromInstant(zone), query.toInstant(zone),
        Optional.empty(), LIMIT))) {
      Optional<QuizPreset> preset = preset(a.quizId());
      String title = preset.map(p -> p.title().clinical()).orElse(a.quizId());
      OptionalInt passMark = a.result().map(r -> r.marking().isPresent() ? r.passMark()
          : preset.map(QuizPreset::passMark).orElse(OptionalInt.empty())).orElse(
          preset.map(QuizPreset::passMark).orElse(OptionalInt.empty()));
      entries.add(new ResultsQuery.Entry(a, title, passMark, hidden.containsKey(a.id())));
    }
    return query.apply(entries);
  }

  private Optional<QuizPreset> preset(String id) {
    try {
      return Optional.of(service.preset(id));
    } catch (UnknownEntityException e) {
      return Optional.empty();
    }
  }

  /** An instant as a reader in the configured zone reads it, in the page's language: "30 Nov 2026, 14:05". */
  String human(Instant instant) {
    return Ui.text().moment(instant.atZone(zone).toLocalDateTime());
  }

  /** A duration in the page's language: "45 s", "12 min 5 s", "1 h 3 min", "2 d 4 h"; a negative one is 0 s. */
  static String duration(Duration d) {
    long s = Math.max(0, d.getSeconds());
    if (s < 60) {
      return Ui.t("instructor.duration.seconds", "seconds", s);
    }
    if (s < 3600) {
      return Ui.t("instructor.duration.minutes", "minutes", s / 60, "seconds", s % 60);
    }
    if (s < 86_400) {
      return Ui.t("instructor.duration.hours", "hours", s / 3600, "minutes", s / 60 % 60);
    }
    return Ui.t("instructor.duration.days", "days", s / 86_400, "hours", s / 3600 % 24);
  }

  /** A percentage in the page's language, such as "85%"; {@code value} is the number as it is to be shown. */
  static String percentText(Object value) {
    return Ui.t("instructor.figure.percent", "value", value);
  }

  /** "Yes" or "No" in the page's language. */
  static String yesNo(boolean yes) {
    return yes ? Ui.t("instructor.answer.yes") : Ui.t("instructor.answer.no");
  }

  /** "Submitted" or "In progress" in the page's language. */
  private static String state(StoredAttempt a) {
    return a.submitted() ? Ui.t("instructor.state.submitted") : Ui.t("instructor.state.in-progress");
  }

  /** Who hid an attempt and when, in the page's language. */
  private String hiddenText(InstructorStore.Hidden h) {
    return Ui.t("instructor.hidden.by", "by", h.by(), "at", human(h.at()));
  }

  private InstructorViews.Results results(Context ctx) {
    ResultsQuery query = ResultsQuery.parse(ctx::queryParam);
    List<ResultsQuery.Entry> all = entries(query);
    Map<String, InstructorStore.Hidden> hidden = store.hidden();
    List<InstructorViews.Row> rows = query.pageOf(all).stream().map(e -> row(e, hidden)).toList();
    List<InstructorViews.Choice> quizzes = new ArrayList<>();
    quizzes.add(new InstructorViews.Choice("", Ui.t("instructor.results.quiz.all"), query.quiz().isEmpty()));
    for (QuizPreset p : service.presets()) {
      quizzes.add(new InstructorViews.Choice(p.id(), p.title().clinical(), p.id().equals(query.quiz())));
    }
    List<InstructorViews.Choice> passed = List.of(
        new InstructorViews.Choice("any", Ui.t("instructor.results.passed.any"), query.passed().equals("any")),
        new InstructorViews.Choice("yes", Ui.t("instructor.results.passed.yes"), query.passed().equals("yes")),
        new InstructorViews.Choice("no", Ui.t("instructor.results.passed.no"), query.passed().equals("no")));
    List<InstructorViews.Choice> hiddenChoices = List.of(
        new InstructorViews.Choice("no", Ui.t("instructor.results.hidden.no"), query.hidden().equals("no")),
        new InstructorViews.Choice("yes", Ui.t("instructor.results.hidden.yes"), query.hidden().equals("yes")),
        new InstructorViews.Choice("only", Ui.t("instructor.results.hidden.only"), query.hidden().equals("only")));
    List<InstructorViews.Choice> sizes = ResultsQuery.SIZES.stream().map(n -> new InstructorViews.Choice(
        String.valueOf(n), Ui.t("instructor.results.size.choice", "size", n), n == query.size())).toList();
    List<InstructorViews.SortLink> columns = new ArrayList<>();
    // The sortable columns, each headed by the phrase instructor.results.column.<its sort key>.
    List<String> headings = List.of("started", "submitted", "duration", "quiz", "learner", "score", "passed");
    for (String h : headings) {
      boolean current = query.sort().equals(h);
      boolean nextDescending = current ? !query.descending() : h.equals("started") || h.equals("submitted");
      columns.add(new InstructorViews.SortLink(Ui.t("instructor.results.column." + h), query.url("/instructor",
          Map.of("sort", h, "dir",
          nextDescending ? "desc" : "asc", "page", "")), current ? (query.descending() ? "descending" : "ascending")
          : null));
    }
    int pages = query.pages(all.size());
    int page = Math.min(query.page(), pages);
    List<InstructorViews.PageLink> pageLinks = new ArrayList<>();
    if (page > 1) {
      pageLinks.add(new InstructorViews.PageLink(Ui.t("instructor.results.previous"), query.url("/instructor", Map.of("page",
          String.valueOf(page - 1))), false));
    }
    for (int p = Math.max(1, page - 3); p <= Math.min(pages, page + 3); p++) {
      pageLinks.add(new InstructorViews.PageLink(String.valueOf(p), query.url("/instructor", Map.of("page",
          String.valueOf(p))), p == page));
    }
    if (page < pages) {
      pageLinks.add(new InstructorViews.PageLink(Ui.t("instructor.results.next"), query.url("/instructor", Map.of("page",
          String.valueOf(page + 1))), false));
    }
    List<InstructorViews.Choice> stats = service.presets().stream()
        .map(p -> new InstructorViews.Choice(p.id(), p.title().clinical(), false)).toList();
    return new InstructorViews.Results(rows, all.size(), quizzes, query.from().map(LocalDate::toString).orElse(""),
        query.to().map(LocalDate::toString).orElse(""), passed, hiddenChoices, query.search(), query.sort(),
        query.descending() ? "desc" : "asc", sizes, columns, pageLinks,
        Ui.t("instructor.results.page", "page", page, "pages", pages),
        query.url("/instructor/results.csv", Map.of("page", "", "size", "")), review(), stats,
        Web.csrfToken(ctx, secureCookies), zone.getId());
  }

  private InstructorViews.Row row(ResultsQuery.Entry e, Map<String, InstructorStore.Hidden> hidden) {
    StoredAttempt a = e.attempt();
    return new InstructorViews.Row(a.id(), e.quizTitle(), a.learner().orElseGet(InstructorPages::anonymous),
        human(a.created()), a.result().map(r -> human(r.submitted())).orElse(NONE),
        e.duration().map(InstructorPages::duration).orElse(NONE), state(a),
        a.result().map(r -> percentText(Views.format(r.percent()))).orElse(NONE),
        e.passMark().isPresent() ? percentText(e.passMark().getAsInt()) : NONE,
        e.passed().map(InstructorPages::yesNo).orElse(NONE),
        Optional.ofNullable(hidden.get(a.id())).map(this::hiddenText));
  }

  private static String anonymous() {
    return Ui.t("instructor.learner.anonymous");
  }

  private Map<String, Object> json(ResultsQuery.Entry e) {
    StoredAttempt a = e.attempt();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("attemptId", a.id());
    m.put("quiz", a.quizId());
    m.put("learner", a.learner().orElse(null));
    m.put("started", a.created().toString());
    m.put("state", a.submitted() ? "submitted" : "open");
    m.put("score", a.result().map(r -> r.score()).orElse(null));
    m.put("maxScore", a.result().map(r -> r.maxScore()).orElse(null));
    m.put("percent", a.result().map(r -> r.percent()).orElse(null));
    m.put("passMark", e.passMark().isPresent() ? e.passMark().getAsInt() : null);
    m.put("passed", e.passed().orElse(null));
    m.put("submitted", a.result().map(r -> r.submitted().toString()).orElse(null));
    m.put("durationSeconds", e.duration().map(Duration::getSeconds).orElse(null));
    m.put("hidden", e.hidden());
    return m;
  }

  private void csv(Context ctx) {
    ResultsQuery query = ResultsQuery.parse(ctx::queryParam);
    List<ResultsQuery.Entry> entries = entries(query);
    Map<String, List<StoredMark>> marks = new HashMap<>();
    entries.stream().filter(e -> e.attempt().submitted()).map(e -> e.attempt().quizId()).distinct()
        .forEach(quiz -> {
          for (SubmittedMarks m : service.submittedMarks(quiz)) {
            marks.put(m.attemptId(), m.marks());
          }
        });
    ctx.header("Content-Disposition", "attachment; filename=\"cytoquiz-results.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(ResultsCsv.write(entries, marks, zone));
  }

  private void hide(Context ctx, boolean hide) {
    Web.checkCsrf(ctx);
    String id = ctx.pathParam("attemptId");
    StoredAttempt a = service.openForInstructor(id).attempt();
    if (hide && a.submitted()) {
      throw HttpProblem.badRequest("only attempts left open can be hidden; attempt " + id + " was submitted");
    }
    String by = Optional.ofNullable(ctx.formParam("by")).orElse("").strip();
    if (by.isEmpty() || by.length() > InstructorStore.MAX_NAME) {
      throw HttpProblem.badRequest("by (your name, recorded with the change) must have 1 to "
          + InstructorStore.MAX_NAME + " characters");
    }
    store.setHidden(id, hide, by, clock.instant());
    ctx.redirect("/instructor/attempts/" + id, HttpStatus.SEE_OTHER);
  }

  private void detail(Context ctx) {
    AttemptView view = service.openForInstructor(ctx.pathParam("attemptId"));
    StoredAttempt a = view.attempt();
    List<InstructorViews.DetailItem> review = new ArrayList<>();
    var result = service.score(view);
    if (a.submitted()) {
      // The review stored at submit: the same marks and wording the learner saw, whatever the content is now.
      List<ReviewSnapshot> snapshots = service.review(view);
      for (int n = 0; n < snapshots.size(); n++) {
        final int i = n;
        ReviewSnapshot item = snapshots.get(i);
        Optional<StoredMark> mark = i < view.marks().size() ? Optional.of(view.marks().get(i)) : Optional.empty();
        OptionalInt certainty = mark.map(StoredMark::certainty).orElseGet(() -> result.questions().size() > i
            ? certaintyOf(view, result.questions().get(i).questionId()) : OptionalInt.empty());
        String points = mark.map(m -> markText(m.points(), m.maxPoints()))
            .orElseGet(() -> result.questions().size() > i ? markText(result.questions().get(i).mark().points(),
                result.questions().get(i).mark().maxPoints()) : NONE);
        review.add(new InstructorViews.DetailItem(((Number) item.question().get("number")).intValue(), item.stem(),
            item.given(), certainty(certainty), points, item.feedback()));
      }
    } else {
      for (int i = 0; i < view.questions().size(); i++) {
        Question q = view.questions().get(i);
        review.add(new InstructorViews.DetailItem(i + 1, q.stem(), Views.describe(q, view.response(q.id())),
            certainty(certaintyOf(view, q.id())), NONE, Views.feedback(q, view.response(q.id()),
                result.questions().get(i).mark(), view.preset().audience())));
      }
    }
    OptionalInt passMark = a.result().map(r -> Certificates.passMark(view.preset(), r)).orElse(view.preset().passMark());
    Optional<String> certificate = a.result().filter(r -> Certificates.due(view.preset(), r))
        .map(r -> "/instructor/attempts/" + a.id() + "/certificate");
    Optional<InstructorStore.Hidden> hidden = Optional.ofNullable(store.hidden().get(a.id()));
    List<String> history = store.changes(a.id()).stream().map(c -> c.hidden()
        ? Ui.t("instructor.hidden.by", "by", c.by(), "at", human(c.at()))
        : Ui.t("instructor.hidden.shown-by", "by", c.by(), "at", human(c.at()))).toList();
    Object[] scoreArguments = {"points", Views.format(Math.max(0, result.points())), "max",
        Views.format(result.maxPoints()), "percent", Views.format(result.percent())};
    String score = a.submitted() ? Ui.t("instructor.attempt.score.value", scoreArguments)
        : Ui.t("instructor.attempt.score.so-far", scoreArguments);
    ctx.html(Templates.html("instructor-attempt.jte", new InstructorViews.Detail(a.id(),
        view.preset().title().clinical(), a.learner().orElseGet(InstructorPages::anonymous), state(a),
        Ui.t("instructor.attempt.started.value", "at", human(a.created()), "zone", zone.getId()),
        a.result().map(r -> human(r.submitted())).orElse(NONE),
        a.result().map(r -> duration(Duration.between(a.created(), r.submitted()))).orElse(NONE),
        score,
        passMark.isPresent() ? percentText(passMark.getAsInt()) : NONE,
        passMark.isPresent() ? a.result().map(r -> yesNo(r.passed())).orElse(NONE) : NONE,
        review, certificate, hidden.map(this::hiddenText), !a.submitted(),
        history, review(), Web.csrfToken(ctx, secureCookies))));
  }

  private static OptionalInt certaintyOf(AttemptView view, String questionId) {
    return view.state().response(questionId).map(r -> r.certainty()).orElse(OptionalInt.empty());
  }

  /** "2 of 3": points given and the most the question could give. */
  private static String markText(double points, double maxPoints) {
    return Ui.t("instructor.attempt.mark.value", "points", Views.format(points), "max", Views.format(maxPoints));
  }

  /** A certainty level (1 to 3) in the words of the question page, in the page's language. */
  static String certaintyName(int level) {
    return Ui.t("instructor.certainty." + level);
  }

  private static String certainty(OptionalInt c) {
    return c.isPresent() && c.getAsInt() >= 1 && c.getAsInt() <= 3 ? Ui.t("instructor.certainty.level", "name",
        certaintyName(c.getAsInt()), "level", c.getAsInt()) : NONE;
  }

  private InstructorViews.ReviewStatus review() {
    return Certificates.review(service.knowledgeBase().course().source(), today());
  }

  private InstructorViews.ReviewPage reviewPage() {
    Source source = service.knowledgeBase().course().source();
    ReviewSheet sheet = ReviewSheet.of(service.knowledgeBase(), today());
    return new InstructorViews.ReviewPage(review(), source.title(), source.reviewer(),
        Ui.text().month(source.lastReviewed()), Ui.text().day(source.reviewDue()), sheet.factCount(),
        sheet.entryCount());
  }

  private InstructorViews.Statistics statistics(Context ctx) {
    QuizPreset preset = CatalogPages.preset(service, ctx.pathParam("quizId"));
    AttemptService.Statistics statistics = service.statistics(preset.id());
    Map<String, int[]> certainty = new HashMap<>();
    for (SubmittedMarks attempt : service.submittedMarks(preset.id())) {
      for (StoredMark m : attempt.marks()) {
        if (m.certainty().isPresent() && m.certainty().getAsInt() >= 1 && m.certainty().getAsInt() <= 3) {
          certainty.computeIfAbsent(m.questionId(), q -> new int[4])[m.certainty().getAsInt()]++;
        }
      }
    }
    return Charts.page(preset, statistics.questions(), statistics.figures(), review(), certainty);
  }

  private Map<String, Object> statisticsJson(Context ctx) {
    QuizPreset preset = CatalogPages.preset(service, ctx.pathParam("quizId"));
    QuizStatistics stats = service.statistics(preset.id()).figures();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("quiz", preset.id());
    m.put("attempts", stats.attempts());
    m.put("mean", value(stats.mean()));
    m.put("histogram", stats.histogram(10));
    m.put("standardDeviation", value(stats.standardDeviation()));
    m.put("internalConsistency", value(stats.internalConsistency()));
    m.put("errorRatio", value(stats.errorRatio()));
    m.put("standardError", value(stats.standardError()));
    List<Map<String, Object>> items = new ArrayList<>();
    for (ItemStatistics item : stats.items()) {
      Map<String, Object> im = new LinkedHashMap<>();
      im.put("questionId", item.questionId());
      im.put("attempts", item.attempts());
      im.put("facility", value(item.facility()));
      im.put("standardDeviation", value(item.standardDeviation()));
      im.put("discriminationIndex", value(item.discriminationIndex()));
      im.put("discriminativeEfficiency", value(item.discriminativeEfficiency()));
      im.put("choices", item.choices());
      im.put("unanswered", item.unanswered());
      im.put("weak", item.weak());
      items.add(im);
    }
    m.put("items", items);
    return m;
  }

  private static Double value(OptionalDouble d) {
    return d.isPresent() ? Math.round(d.getAsDouble() * 100) / 100.0 : null;
  }

  /** Formats a percentage figure to one decimal in the page's language, or "n/a" when it cannot be computed. */
  static String percent(OptionalDouble d) {
    return d.isPresent() ? percentText(String.format(Ui.text().language(), "%.1f", d.getAsDouble()))
        : Ui.t("instructor.figure.none");
  }
}
