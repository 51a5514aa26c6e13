package org.cytoquiz.web.app;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.time.ZoneId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.quiz.delivery.AnswerLockedException;
import org.cytoquiz.quiz.delivery.AttemptClosedException;
import org.cytoquiz.quiz.delivery.ContentChangedException;
import org.cytoquiz.quiz.delivery.StartRefusedException;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.web.attempt.AttemptApi;
import org.cytoquiz.web.attempt.AttemptConflictException;
import org.cytoquiz.web.attempt.AttemptNotFoundException;
import org.cytoquiz.web.attempt.AttemptPages;
import org.cytoquiz.web.attempt.GuessLimit;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.attempt.AttemptStore;
import org.cytoquiz.web.attempt.Secrets;
import org.cytoquiz.web.catalog.CatalogPages;
import org.cytoquiz.web.http.ApiError;
import org.cytoquiz.web.http.ErrorPages;
import org.cytoquiz.web.http.ErrorTitles;
import org.cytoquiz.web.http.Health;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.http.JsonBodies;
import org.cytoquiz.web.http.SecurityHeadersHandler;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.instructor.Certificates;
import org.cytoquiz.web.instructor.InstructorAuth;
import org.cytoquiz.web.instructor.InstructorPages;
import org.cytoquiz.web.live.LiveModule;
import org.cytoquiz.web.instructor.InstructorStore;
import org.cytoquiz.web.instructor.Organisation;
import org.cytoquiz.web.instructor.VerifyPages;
import org.cytoquiz.web.pages.Pages;
import org.cytoquiz.web.review.Templates;
import org.cytoquiz.web.store.JdbcAttemptStore;
import org.cytoquiz.web.store.StoreException;
import org.cytoquiz.web.text.Ui;
import org.cytoquiz.web.text.UiText;
import org.cytoquiz.web.xapi.XapiOutbox;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the web application: pages, JSON API, instructor area, one error shape. Only {@code main} starts it. */
public final class WebApp {

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /** Marks a response whose error body is already written, so the status handlers leave it alone. */
  public static final String HANDLED = "cytoquiz.error-handled";

  /** The methods that change what is stored. */
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  /** The largest request body accepted. */
  public static final long MAX_REQUEST_BYTES = 64 * 1024;

  /**
   * Settings of one web node.
   *
   * @param secureCookies whether cookies are marked Secure (set when served over HTTPS); HSTS is sent then too
   * @param timeZone the zone in which pages, certificates, filters and CSV show dates and times (instants are
   *     stored in UTC whatever it is)
   * @param organisation the organisation named (and shown by its logo) on certificates and in every page's header
   */
  public record Settings(boolean secureCookies, ZoneId timeZone, Organisation organisation) {

    /** Checks the settings. */
    public Settings {
      java.util.Objects.requireNonNull(timeZone, "timeZone");
      java.util.Objects.requireNonNull(organisation, "organisation");
    }

    /** Settings in {@code timeZone}, certificates issued in the name of {@link Organisation#DEFAULT}. */
    public Settings(boolean secureCookies, ZoneId timeZone) {
      this(secureCookies, timeZone, Organisation.DEFAULT);
    }

    /** Settings in the system's time zone. */
    public Settings(boolean secureCookies) {
      this(secureCookies, ZoneId.systemDefault());
    }
  }

  private WebApp() {}

  /**
   * An unstarted application over these services, sending no learning records; {@code instructorStore} keeps
   * certificate codes and hidden attempts.
   */
  public static Javalin create(AttemptService attempts, AttemptStore store, InstructorAuth auth, Clock clock,
      Settings settings, InstructorStore instructorStore) {
    return create(attempts, store, auth, clock, settings, instructorStore, Optional::empty);
  }

  /**
   * An unstarted application over these services; {@code instructorStore} keeps certificate codes and hidden
   * attempts, and {@code /health} also reports the xAPI outbox's backlog as {@code xapiBacklog} gives it (empty
   * when no LRS is configured, or before the sender's first round).
   */
  public static Javalin create(AttemptService attempts, AttemptStore store, InstructorAuth auth, Clock clock,
      Settings settings, InstructorStore instructorStore, Supplier<Optional<XapiOutbox.Backlog>> xapiBacklog) {
    AttemptApi api = new AttemptApi(attempts);
    CatalogPages catalog = new CatalogPages(attempts, settings.secureCookies());
    Certificates certificates = new Certificates(attempts, instructorStore, settings.organisation(), clock,
        settings.timeZone());
    AttemptPages pages = new AttemptPages(attempts, catalog, settings.secureCookies(), settings.timeZone(),
        certificates, new GuessLimit(10, java.time.Duration.ofMinutes(15), clock));
    InstructorPages instructor = new InstructorPages(attempts, auth, clock, settings.secureCookies(),
        settings.timeZone(), certificates);
    VerifyPages verify = new VerifyPages(attempts, instructorStore, settings.timeZone());
    Health health = new Health(() -> store.find("health-check-probe"), () -> {
      String probe = "health-probe-" + Secrets.random(16);
      Instant now = clock.instant();
      store.createSession(probe, now, now);
      store.deleteSession(probe);
    }, clock);
    LiveModule live = store instanceof JdbcAttemptStore jdbc
        ? new LiveModule(jdbc.database(), attempts, clock, settings.secureCookies(), settings.timeZone()) : null;
    UiText text = UiText.of(attempts.curriculum().knowledgeBase().course().language());
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(JsonBodies.MAPPER, false));
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.http.defaultContentType = "text/plain; charset=utf-8";
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
      ErrorPages errorPages = new ErrorPages(settings.secureCookies(), text);
      // Jetty keeps, per connection, a small cache of header lines (Cookie and Authorization among them) and wipes it
      // whenever it fills. Connections that carry many learners' cookies in turn (a reverse proxy's, or the
      // benchmark's) fill it every few requests, and the wipe cost more than the cache saved; parse headers plainly.
      config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(10_000);
        server.insertHandler(new GracefulHandler());
        server.insertHandler(new SecurityHeadersHandler(errorPages));
        server.setErrorHandler(errorPages);
      });
      config.routes.before(ctx -> Web.securityHeaders(ctx, settings.secureCookies()));
      // Every page's header names the organisation; the after handlers run even when a handler failed.
      config.routes.before(ctx -> org.cytoquiz.web.pages.Masthead.set(settings.organisation()));
      config.routes.after(ctx -> org.cytoquiz.web.pages.Masthead.clear());
      // Every page speaks the course's language.
      config.routes.before(ctx -> Ui.use(text));
      config.routes.after(ctx -> Ui.clear());
      config.routes.before(WebApp::refuseMultipart);
      config.routes.before("/api/*", JsonBodies::check);
      config.routes.get("/health", ctx -> {
        Health.Status status = health.check();
        if (status.ok()) {
          Map<String, Object> body = new LinkedHashMap<>();
          body.put("status", "ok");
          xapiBacklog.get().ifPresent(b -> {
            Map<String, Object> xapi = new LinkedHashMap<>();
            xapi.put("unsent", b.unsent());
            xapi.put("oldestUnsent", b.oldest().map(Object::toString).orElse(null));
            xapi.put("lastError", b.lastError().orElse(null));
            body.put("xapi", xapi);
          });
          ctx.json(body);
        } else {
          ctx.attribute(HANDLED, true);
          ctx.header("Retry-After", "5");
          ctx.status(503).json(new ApiError("Service unavailable", 503, "storage-failing",
              status.details().orElse("the database fails") + " (since " + status.since().map(Object::toString)
                  .orElse("now") + ")"));
        }
      });
      config.routes.after(ctx -> {
        if (WRITES.contains(ctx.method().name()) && ctx.statusCode() < 400) {
          health.writeWorked();
        }
      });
      catalog.register(config.routes);
      pages.register(config.routes);
      api.register(config.routes);
      instructor.register(config.routes);
      if (live != null) {
        live.register(config.routes);
        config.events.serverStopping(live::close);
      }
      verify.register(config.routes);
      settings.organisation().logo().ifPresent(logo -> config.routes.get(Organisation.LOGO_PATH, ctx -> {
        // An SVG logo is served as an image that can run nothing, whatever the file holds.
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(logo.contentType()).result(logo.bytes());
      }));
      new org.cytoquiz.web.instructor.QuestionExport(attempts).register(config.routes);
      config.routes.exception(Exception.class, (e, ctx) -> handle(e, ctx, health));
      config.routes.exception(HttpResponseException.class, (e, ctx) -> handle(e, ctx, health));
      config.routes.error(404, ctx -> {
        if (ctx.attribute(HANDLED) == null) {
          respond(ctx, 404, "Not found", "not-found",
              t -> t.t("common.error.detail.nothing-at", "path", trimmed(ctx.path())));
        }
      });
      config.routes.error(405, ctx -> {
        if (ctx.attribute(HANDLED) == null) {
          respond(ctx, 405, "Method not allowed", "method-not-allowed",
              t -> t.t("common.error.detail.method", "method", String.valueOf(ctx.method())));
        }
      });
    });
  }

  /**
   * Answers a failure. Each refusal a user can cause has its own type, mapped here once to its 4xx; a write the
   * database refuses is a 503; anything else is a fault of the server: a 500 with an error id that is also logged.
   */
  private static void handle(Exception e, Context ctx, Health health) {
    if (e instanceof StoreException) {
      if (WRITES.contains(ctx.method().name())) {
        health.writeFailed(e);
      }
      LOG.error("the database failed on {} {}: {}", ctx.method(), ctx.path(), Health.cause(e), e);
      ctx.header("Retry-After", "5");
      respond(ctx, 503, "Service unavailable", "storage-failing", t -> t.t("common.error.detail.storage"));
    } else if (e instanceof HttpProblem p) {
      respond(ctx, p.status(), p.title(), p.type(), p.getMessage());
    } else if (e instanceof AttemptNotFoundException || e instanceof UnknownEntityException) {
      respond(ctx, 404, "Not found", "not-found", e.getMessage());
    } else if (e instanceof AttemptClosedException) {
      respond(ctx, 409, "Attempt submitted", "attempt-closed", e.getMessage());
    } else if (e instanceof AnswerLockedException) {
      respond(ctx, 409, "Answer already marked", "answer-locked", e.getMessage());
    } else if (e instanceof ContentChangedException) {
      respond(ctx, 409, "Quiz changed", "content-changed", e.getMessage());
    } else if (e instanceof StartRefusedException) {
      respond(ctx, 400, "Cannot start", "start-refused", e.getMessage());
    } else if (e instanceof AttemptConflictException) {
      respond(ctx, 409, "Conflict", "conflict", e.getMessage());
    } else if (e instanceof InvalidResponseException) {
      respond(ctx, 400, "Invalid answer", "invalid-response", e.getMessage());
    } else if (e instanceof HttpResponseException h) {
      switch (h.getStatus()) {
        case 404 -> respond(ctx, 404, "Not found", "not-found",
            t -> t.t("common.error.detail.nothing-at", "path", trimmed(ctx.path())));
        case 405 -> respond(ctx, 405, "Method not allowed", "method-not-allowed",
            t -> t.t("common.error.detail.method", "method", String.valueOf(ctx.method())));
        case 413 -> respond(ctx, 413, "Request too large", "too-large",
            t -> t.t("common.error.detail.too-large", "kib", String.valueOf(MAX_REQUEST_BYTES / 1024)));
        default -> {
          if (h.getStatus() >= 500) {
            LOG.error("failure {} on {} {}", h.getStatus(), ctx.method(), ctx.path(), e);
            respond(ctx, 500, "Server error", "server-error", t -> t.t("common.error.detail.server"));
          } else {
            respond(ctx, h.getStatus(), "Bad request", "bad-request", h.getMessage());
          }
        }
      }
    } else if (unreadableRequest(e)) {
      respond(ctx, 400, "Bad request", "bad-request", t -> t.t("common.error.detail.unreadable"));
    } else {
      String errorId = org.cytoquiz.web.attempt.Secrets.random(6);
      LOG.error("unexpected failure {} on {} {}", errorId, ctx.method(), ctx.path(), e);
      respond(ctx, 500, "Server error", "server-error",
          t -> t.t("common.error.detail.server-id", "id", errorId));
    }
  }

  /** Our forms are URL-encoded; a multipart body (which no page sends) is refused before anything parses it. */
  private static void refuseMultipart(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)) {
      throw new HttpProblem(415, "Unsupported media type", "unsupported-media-type",
          "forms are sent as application/x-www-form-urlencoded and the API takes application/json; this server "
              + "takes no multipart bodies");
    }
  }

  /** Whether {@code e} comes from a request body that ended early or could not be parsed. */
  private static boolean unreadableRequest(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.EOFException || t instanceof org.eclipse.jetty.http.BadMessageException
          || t instanceof java.nio.charset.CharacterCodingException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * Answers with an error: the JSON error shape on the API, else an error page. {@code title} is English; the page
   * shows it in the request's language when it is one of the titles the phrases know ({@link ErrorTitles}).
   * {@code details} are shown as they are.
   */
  private static void respond(Context ctx, int status, String title, String type, String details) {
    respond(ctx, status, title, type, t -> details);
  }

  /**
   * As {@link #respond(Context, int, String, String, String)}, with details that the server words itself: English
   * in the API's JSON, the request's language ({@link Ui}) on a page.
   */
  private static void respond(Context ctx, int status, String title, String type,
      java.util.function.Function<UiText, String> details) {
    ctx.attribute(HANDLED, true);
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
      ctx.json(new ApiError(title, status, type, details.apply(UiText.english())));
    } else {
      ctx.html(Templates.html("error.jte", new Pages.Error(status, ErrorTitles.page(title),
          details.apply(Ui.text()))));
    }
  }

  private static String trimmed(String path) {
    return path.length() > 80 ? path.substring(0, 80) + "..." : path;
  }
}
