package org.cytoquiz.web.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Clock;
import java.util.Map;
import java.util.NoSuchElementException;
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
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.attempt.AttemptStore;
import org.cytoquiz.web.catalog.CatalogPages;
import org.cytoquiz.web.http.ApiError;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.instructor.InstructorAuth;
import org.cytoquiz.web.instructor.InstructorPages;
import org.cytoquiz.web.pages.Pages;
import org.cytoquiz.web.review.Templates;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the web application: pages, JSON API, instructor area, one error shape. Only {@code main} starts it. */
public final class WebApp {

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /** Marks a response whose error body is already written, so the status handlers leave it alone. */
  private static final String HANDLED = "cytoquiz.error-handled";

  /** The largest request body accepted. */
  public static final long MAX_REQUEST_BYTES = 64 * 1024;

  /**
   * Settings of one web node.
   *
   * @param secureCookies whether cookies are marked Secure (set when served over HTTPS)
   */
  public record Settings(boolean secureCookies) {}

  private WebApp() {}

  /** An unstarted application over these services. */
  public static Javalin create(AttemptService attempts, AttemptStore store, InstructorAuth auth, Clock clock,
      Settings settings) {
    AttemptApi api = new AttemptApi(attempts);
    CatalogPages catalog = new CatalogPages(attempts, settings.secureCookies());
    AttemptPages pages = new AttemptPages(attempts, catalog, settings.secureCookies());
    InstructorPages instructor = new InstructorPages(attempts, auth, clock, settings.secureCookies());
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(new ObjectMapper(), false));
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.http.defaultContentType = "text/plain; charset=utf-8";
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
      // Jetty keeps, per connection, a small cache of header lines (Cookie and Authorization among them) and wipes it
      // whenever it fills. Connections that carry many learners' cookies in turn (a reverse proxy's, or the
      // benchmark's) fill it every few requests, and the wipe cost more than the cache saved; parse headers plainly.
      config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
      config.jetty.modifyServer(server -> {
        server.setStopTimeout(10_000);
        server.insertHandler(new GracefulHandler());
      });
      config.routes.before(Web::securityHeaders);
      config.routes.get("/health", ctx -> {
        store.find("health-check-probe");
        ctx.json(Map.of("status", "ok"));
      });
      catalog.register(config.routes);
      pages.register(config.routes);
      api.register(config.routes);
      instructor.register(config.routes);
      config.routes.exception(Exception.class, WebApp::handle);
      config.routes.error(404, ctx -> {
        if (ctx.attribute(HANDLED) == null) {
          respond(ctx, 404, "Not found", "not-found", "there is nothing at " + trimmed(ctx.path()));
        }
      });
      config.routes.error(405, ctx -> {
        if (ctx.attribute(HANDLED) == null) {
          respond(ctx, 405, "Method not allowed", "method-not-allowed", ctx.method() + " is not allowed here");
        }
      });
    });
  }

  private static void handle(Exception e, Context ctx) {
    if (e instanceof HttpProblem p) {
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
    } else if (e instanceof IllegalArgumentException || e instanceof NoSuchElementException) {
      respond(ctx, 400, "Bad request", "bad-request", e.getMessage());
    } else if (e instanceof HttpResponseException h) {
      String type = h.getStatus() == 413 ? "too-large" : "bad-request";
      String details = h.getStatus() == 413 ? "the request is larger than " + MAX_REQUEST_BYTES / 1024 + " KiB"
          : h.getMessage();
      respond(ctx, h.getStatus(), h.getStatus() == 413 ? "Request too large" : "Bad request", type, details);
    } else {
      String errorId = org.cytoquiz.web.attempt.Secrets.random(6);
      LOG.error("unexpected failure {} on {} {}", errorId, ctx.method(), ctx.path(), e);
      respond(ctx, 500, "Server error", "server-error", "something went wrong on our side (error " + errorId
          + "); nothing you saved is lost");
    }
  }

  private static void respond(Context ctx, int status, String title, String type, String details) {
    ctx.attribute(HANDLED, true);
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/health")) {
      ctx.json(new ApiError(title, status, type, details));
    } else {
      ctx.html(Templates.html("error.jte", new Pages.Error(status, title, details)));
    }
  }

  private static String trimmed(String path) {
    return path.length() > 80 ? path.substring(0, 80) + "..." : path;
  }
}
