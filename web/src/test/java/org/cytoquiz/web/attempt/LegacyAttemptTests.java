package org.cytoquiz.web.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.Form;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.web.app.TestApp;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Attempts stored before the engine (one form per preset, an older fingerprint, no stored marks) still open,
 * go on, and show their results after the upgrade.
 */
class LegacyAttemptTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();
  static final QuizPreset PRESET = CURRICULUM.preset("patient-basics");
  static final Form FORM = Form.draw(ItemBank.build(CURRICULUM, PRESET.audience()), PRESET, PRESET.seed());
  static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

  @TempDir Path dir;
  TestApp app;

  @BeforeEach
  void start() {
    app = TestApp.sqlite(dir);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  /** An attempt as the application before the engine stored it, answered on its first question. */
  String legacy(String fingerprint, boolean submitted) {
    StoredAttempt a = new StoredAttempt(Secrets.random(16), Secrets.hash("token"), PRESET.id(), PRESET.seed(),
        fingerprint, Optional.empty(), 1, T0, T0, Optional.empty());
    AttemptStore store = app.store();
    store.create(a);
    Question first = FORM.questions().get(0);
    assertThat(store.update(new AttemptUpdate(a.id(), 0, 1, T0, List.of(new StoredAnswer(first.id(),
        ResponseCodec.toJson(first.key()), OptionalInt.empty(), 1, T0)), Optional.empty(), List.of()))).isTrue();
    if (submitted) {
      assertThat(store.update(new AttemptUpdate(a.id(), 1, 1, T0, List.of(),
          Optional.of(new StoredResult(1, 10, 10, true, T0)), List.of()))).isTrue();
    }
    return a.id();
  }

  @Test
  void aSubmittedAttemptOnUnchangedContentIsMarkedAsItWasOnItsForm() {
    String id = legacy(AttemptService.legacyFingerprint(FORM), true);
    JsonNode result = json(app.send("GET", "/api/v1/attempts/" + id + "/result", "token", null));
    assertThat(result.path("score").asDouble()).isEqualTo(1);
    assertThat(result.path("questions")).hasSize(10);
    assertThat(result.path("questions").get(0).path("points").asDouble()).isEqualTo(1);
    HttpResponse<String> page = app.get("/attempts/" + id + "/result", Web.attemptCookie(id), "token");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("10%").contains("Review your answers");
  }

  @Test
  void aSubmittedAttemptOnChangedContentKeepsItsStoredTotals() {
    String id = legacy("a fingerprint of content long gone", true);
    HttpResponse<String> api = app.send("GET", "/api/v1/attempts/" + id + "/result", "token", null);
    assertThat(api.statusCode()).isEqualTo(200);
    assertThat(json(api).path("percent").asDouble()).isEqualTo(10);
    HttpResponse<String> page = app.get("/attempts/" + id + "/result", Web.attemptCookie(id), "token");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("10%");
  }

  @Test
  void anOpenAttemptOnUnchangedContentGoesOn() {
    String id = legacy(AttemptService.legacyFingerprint(FORM), false);
    Question second = FORM.questions().get(1);
    HttpResponse<String> saved = app.send("PUT", "/api/v1/attempts/" + id + "/answers/" + second.id(), "token",
        ResponseCodec.toJson(second.key()));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> submitted = app.send("POST", "/api/v1/attempts/" + id + "/submit", "token", null);
    assertThat(json(submitted).path("score").asDouble()).isEqualTo(2);
  }
}
