package org.cytoquiz.web.instructor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.core.teaching.QuizPreset;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.stats.ItemStatistics;
import org.cytoquiz.quiz.stats.QuizStatistics;
import org.cytoquiz.web.attempt.AttemptFilter;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.attempt.AttemptView;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.catalog.CatalogPages;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.pages.Views;
import org.cytoquiz.web.review.Templates;

/** The instructor area: login, results with filters and CSV, attempt detail, statistics, review status. */
public final class InstructorPages {

  private static final int LIMIT = 1000;

  private final AttemptService service;
  private final InstructorAuth auth;
  private final Clock clock;
  private final boolean secureCookies;
  private final ZoneId zone;

  /** The earliest date a filter accepts. */
  static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  /** The latest date a filter accepts. */
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  /** Pages over {@code service}, guarded by {@code auth}, showing times in the system's time zone. */
  public InstructorPages(AttemptService service, InstructorAuth auth, Clock clock, boolean secureCookies) {
    this(service, auth, clock, secureCookies, ZoneId.systemDefault());
  }

  /** Pages over {@code service}, guarded by {@code auth}, showing dates and times in {@code zone}. */
  public InstructorPages(AttemptService service, InstructorAuth auth, Clock clock, boolean secureCookies,
      ZoneId zone) {
    this.service = service;
    this.auth = auth;
    this.clock = clock;
    this.secureCookies = secureCookies;
    this.zone = zone;
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
    routes.get("/instructor/quizzes/{quizId}/statistics", ctx -> ctx.html(Templates.html("instructor-statistics.jte",
        statistics(ctx))));
    routes.get("/api/v1/instructor/results", ctx -> ctx.json(Map.of("results",
        attempts(ctx).stream().map(InstructorPages::json).toList(), "timeZone", zone.getId())));
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
          Web.csrfToken(ctx, secureCookies), Optional.of(e.getMessage()))));
      return;
    }
    if (session.isEmpty()) {
      ctx.status(401).html(Templates.html("instructor-login.jte", new InstructorViews.Login(auth.configured(),
          Web.csrfToken(ctx, secureCookies), Optional.of(auth.configured()
              ? "That password is not right." : "The instructor area is not set up on this server."))));
      return;
    }
    Web.cookie(ctx, Web.SESSION_COOKIE, session.get(), "/", InstructorAuth.SESSION.getSeconds(), secureCookies);
    ctx.redirect("/instructor", HttpStatus.SEE_OTHER);
  }

  private AttemptFilter filter(Context ctx) {
    Optional<String> quiz = Optional.ofNullable(ctx.queryParam("quiz")).filter(q -> !q.isBlank());
    quiz.ifPresent(q -> CatalogPages.preset(service, q));
    Optional<Instant> from = date(ctx, "from").map(d -> d.atStartOfDay(zone).toInstant());
    Optional<Instant> to = date(ctx, "to").map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
    String passed = Optional.ofNullable(ctx.queryParam("passed")).orElse("");
    Optional<Boolean> passedFilter = switch (passed) {
      case "", "any" -> Optional.empty();
      case "yes" -> Optional.of(true);
      case "no" -> Optional.of(false);
      default -> throw HttpProblem.badRequest("passed must be yes, no or any");
    };
    return new AttemptFilter(quiz, from, to, passedFilter, LIMIT);
  }

  /** An instant as a reader in the configured zone sees it, to the minute. */
  String local(Instant instant) {
    return MINUTES.format(instant.atZone(zone));
  }

  /** An instant with the configured zone's offset, for CSV: {@code 2026-11-29T10:15:02+01:00}. */
  String offset(Instant instant) {
    return instant.atZone(zone).toOffsetDateTime().toString();
  }

  private static Optional<LocalDate> date(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest(name + " must be a date such as 2026-11-29");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw HttpProblem.badRequest(name + " must be a date between " + EARLIEST + " and " + LATEST);
    }
    return Optional.of(date);
  }

  private List<StoredAttempt> attempts(Context ctx) {
    return service.attempts(filter(ctx));
  }

  private InstructorViews.Results results(Context ctx) {
    AttemptFilter filter = filter(ctx);
    List<InstructorViews.Row> rows = service.attempts(filter).stream().map(this::row).toList();
    String quiz = filter.quizId().orElse("");
    List<InstructorViews.Choice> quizzes = new ArrayList<>();
    quizzes.add(new InstructorViews.Choice("", "All quizzes", quiz.isEmpty()));
    for (QuizPreset p : service.presets()) {
      quizzes.add(new InstructorViews.Choice(p.id(), p.title().clinical(), p.id().equals(quiz)));
    }
    String passed = Optional.ofNullable(ctx.queryParam("passed")).orElse("any");
    List<InstructorViews.Choice> passedChoices = List.of(
        new InstructorViews.Choice("any", "Any", passed.equals("any") || passed.isEmpty()),
        new InstructorViews.Choice("yes", "Passed", passed.equals("yes")),
        new InstructorViews.Choice("no", "Not passed", passed.equals("no")));
    String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    List<InstructorViews.Choice> stats = service.presets().stream()
        .map(p -> new InstructorViews.Choice(p.id(), p.title().clinical(), false)).toList();
    return new InstructorViews.Results(rows, quizzes, Optional.ofNullable(ctx.queryParam("from")).orElse(""),
        Optional.ofNullable(ctx.queryParam("to")).orElse(""), passedChoices, "/instructor/results.csv" + query,
        review(), stats, Web.csrfToken(ctx, secureCookies), zone.getId());
  }

  private InstructorViews.Row row(StoredAttempt a) {
    return new InstructorViews.Row(a.id(), a.quizId(), a.learner().orElse("(patient, anonymous)"),
        local(a.created()), a.submitted() ? "Submitted" : "In progress",
        a.result().map(r -> Views.format(r.percent()) + "%").orElse("–"),
        a.result().map(r -> r.passed() ? "Yes" : "No").orElse("–"));
  }

  private static Map<String, Object> json(StoredAttempt a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("attemptId", a.id());
    m.put("quiz", a.quizId());
    m.put("learner", a.learner().orElse(null));
    m.put("started", a.created().toString());
    m.put("state", a.submitted() ? "submitted" : "open");
    m.put("score", a.result().map(r -> r.score()).orElse(null));
    m.put("maxScore", a.result().map(r -> r.maxScore()).orElse(null));
    m.put("percent", a.result().map(r -> r.percent()).orElse(null));
    m.put("passed", a.result().map(r -> r.passed()).orElse(null));
    m.put("submitted", a.result().map(r -> r.submitted().toString()).orElse(null));
    return m;
  }

  private void csv(Context ctx) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("attempt_id", "quiz", "learner",
        "started", "state", "score", "max_score", "percent", "passed", "submitted", "time_zone").get())) {
      for (StoredAttempt a : attempts(ctx)) {
        csv.printRecord(a.id(), a.quizId(), safe(a.learner().orElse("")), offset(a.created()), a.submitted() ? "submitted" : "open",
            a.result().map(r -> Views.format(r.score())).orElse(""),
            a.result().map(r -> Views.format(r.maxScore())).orElse(""),
            a.result().map(r -> Views.format(r.percent())).orElse(""),
            a.result().map(r -> r.passed() ? "yes" : "no").orElse(""),
            a.result().map(r -> offset(r.submitted())).orElse(""), zone.getId());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.header("Content-Disposition", "attachment; filename=\"cytoquiz-results.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(out.toString());
  }

  /** Guards spreadsheet users from formula injection: a cell may not start with = + - @. */
  static String safe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private void detail(Context ctx) {
    AttemptView view = service.openForInstructor(ctx.pathParam("attemptId"));
    StoredAttempt a = view.attempt();
    List<org.cytoquiz.web.pages.ReviewItem> review = new ArrayList<>();
    var result = service.score(view);
    if (a.submitted()) {
      // The review stored at submit: the same marks and wording the learner saw, whatever the content is now.
      for (var item : service.review(view)) {
        review.add(new org.cytoquiz.web.pages.ReviewItem(((Number) item.question().get("number")).intValue(),
            item.stem(), item.given(), item.feedback()));
      }
    }
    for (int i = 0; i < view.questions().size() && !a.submitted(); i++) {
      Question q = view.questions().get(i);
      review.add(new org.cytoquiz.web.pages.ReviewItem(i + 1, q.stem(), Views.describe(q, view.response(q.id())),
          Views.feedback(q, view.response(q.id()), result.questions().get(i).mark(), view.preset().audience())));
    }
    ctx.html(Templates.html("instructor-attempt.jte", new InstructorViews.Detail(a.id(),
        view.preset().title().clinical(), a.learner().orElse("(patient, anonymous)"),
        a.submitted() ? "Submitted" : "In progress", local(a.created()) + " (" + zone.getId() + ")",
        Views.format(Math.max(0, result.points())) + " of " + Views.format(result.maxPoints()) + " ("
            + Views.format(result.percent()) + "%)" + (a.submitted() ? "" : " so far"),
        review)));
  }

  private InstructorViews.ReviewStatus review() {
    Source source = service.knowledgeBase().course().source();
    boolean due = source.isReviewDue(LocalDate.now(clock));
    return new InstructorViews.ReviewStatus(due, due
        ? "Medical review overdue: the content was last reviewed in " + source.lastReviewed() + " by "
            + source.reviewer() + " and was due for review on " + source.reviewDue()
            + ". Print the review sheet (cytoquiz review-sheet) for the review board."
        : "Medical review current: last reviewed " + source.lastReviewed() + " by " + source.reviewer()
            + "; next review due " + source.reviewDue() + ".");
  }

  private InstructorViews.Statistics statistics(Context ctx) {
    QuizPreset preset = CatalogPages.preset(service, ctx.pathParam("quizId"));
    AttemptService.Statistics statistics = service.statistics(preset.id());
    return Charts.page(preset, statistics.questions(), statistics.figures());
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

  /** Formats a percentage figure, or "n/a" when it cannot be computed. */
  static String percent(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.ROOT, "%.1f%%", d.getAsDouble()) : "n/a";
  }
}
