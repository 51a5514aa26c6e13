package org.cytoquiz.web.instructor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.ZoneId;
import java.util.Optional;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.attempt.AttemptView;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.attempt.StoredResult;
import org.cytoquiz.web.review.Templates;
import org.cytoquiz.web.text.Ui;

/**
 * The public verify pages: {@code GET /verify} shows a form for a certificate's code ({@code ?code=} looks one
 * up), {@code GET /verify/{code}} answers for one code. A found code confirms the learner, the quiz, the day it
 * was passed and that it was passed; nothing else (no score, no attempt id, no answers). An unknown code answers
 * 404 with the same page, saying only that no certificate has that code. The words are those of the request
 * being served ({@link Ui}).
 */
public final class VerifyPages {

  private final AttemptService service;
  private final InstructorStore store;
  private final ZoneId zone;

  /** Verify pages over {@code store}'s certificates of {@code service}'s attempts, showing days in {@code zone}. */
  public VerifyPages(AttemptService service, InstructorStore store, ZoneId zone) {
    this.service = service;
    this.store = store;
    this.zone = zone;
  }

  /** Registers {@code /verify} and {@code /verify/{code}}. */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.get("/verify", ctx -> {
      String typed = Optional.ofNullable(ctx.queryParam("code")).orElse("").strip();
      if (typed.isEmpty()) {
        ctx.html(Templates.html("verify.jte", new InstructorViews.Verify("", Optional.empty())));
        return;
      }
      Optional<String> code = VerificationCode.normalise(typed);
      if (code.isPresent()) {
        ctx.redirect("/verify/" + code.get(), HttpStatus.SEE_OTHER);
        return;
      }
      ctx.attribute(org.cytoquiz.web.app.WebApp.HANDLED, true);
      ctx.status(400).html(Templates.html("verify.jte", new InstructorViews.Verify(clip(typed), Optional.of(
          notFound(Ui.t("certificate.verify.not-a-code"))))));
    });
    routes.get("/verify/{code}", this::verify);
  }

  private void verify(Context ctx) {
    String typed = ctx.pathParam("code");
    Optional<InstructorViews.Verified> found = VerificationCode.normalise(typed).flatMap(store::certificateByCode)
        .flatMap(issued -> verified(service.openForInstructor(issued.attemptId())));
    if (found.isEmpty()) {
      // This page is the answer: the generic "not found" page must not replace it.
      ctx.attribute(org.cytoquiz.web.app.WebApp.HANDLED, true);
      ctx.status(404);
    }
    ctx.header("Cache-Control", "no-store");
    ctx.html(Templates.html("verify.jte", new InstructorViews.Verify(clip(typed), Optional.of(found.orElseGet(() ->
        notFound(Ui.t("certificate.verify.unknown")))))));
  }

  private Optional<InstructorViews.Verified> verified(AttemptView view) {
    StoredAttempt attempt = view.attempt();
    if (attempt.result().isEmpty()) {
      return Optional.empty();
    }
    StoredResult result = attempt.result().get();
    QuizPreset preset = view.preset();
    if (!Certificates.due(preset, result)) {
      return Optional.empty();
    }
    return Optional.of(new InstructorViews.Verified(true, "", attempt.learner().orElse(""),
        preset.title().in(preset.audience()), Ui.t("certificate.verify.date.value", "date",
        Ui.text().day(result.submitted().atZone(zone).toLocalDate()), "zone", zone.getId()),
        Ui.t("certificate.verify.passed")));
  }

  private static InstructorViews.Verified notFound(String message) {
    return new InstructorViews.Verified(false, message, "", "", "", "");
  }

  private static String clip(String typed) {
    return typed.length() > 64 ? typed.substring(0, 64) : typed;
  }
}
