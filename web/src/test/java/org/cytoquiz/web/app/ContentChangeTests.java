package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.Form;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.web.attempt.ResponseJson;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A change of course content never hides or changes a submitted attempt; an open one is offered a fresh start. */
class ContentChangeTests {

  static final Curriculum ORIGINAL = BundledCourse.curriculum();
  static final String QUIZ = "staff-certification";

  @TempDir Path dir;

  /** The shipped course with one clinical label reworded wherever it appears. */
  static Curriculum reworded() throws Exception {
    ContentFiles bundled = BundledCourse.files();
    return ContentLoader.load(new ContentFiles() {
      @Override
      public String describe() {
        return "reworded " + bundled.describe();
      }

      @Override
      public Optional<byte[]> read(String path) throws IOException {
        return bundled.read(path).map(bytes -> new String(bytes, StandardCharsets.UTF_8)
            .replace("interleukin-2 (IL-2)", "interleukin 2 (IL-2)").getBytes(StandardCharsets.UTF_8));
      }

      @Override
      public List<String> listYaml() throws IOException {
        return bundled.listYaml();
      }
    });
  }

  record Attempt(String id, String token) {
    String api() {
      return "/api/v1/attempts/" + id;
    }
  }

  static Attempt start(TestApp app, String learner) {
    HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null,
        "{\"quiz\": \"" + QUIZ + "\", \"learner\": \"" + learner + "\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return new Attempt(json(r).path("attemptId").asText(), json(r).path("token").asText());
  }

  static boolean formChanges(TestApp app, Attempt a, Curriculum changed) {
    long seed = app.store().find(a.id()).orElseThrow().seed();
    QuizPreset before = ORIGINAL.preset(QUIZ);
    QuizPreset after = changed.preset(QUIZ);
    return !Form.draw(ItemBank.build(ORIGINAL, before.audience()), before, seed).version()
        .equals(Form.draw(ItemBank.build(changed, after.audience()), after, seed).version());
  }

  @Test
  void aSubmittedAttemptKeepsItsResultAndCertificateAndAnOpenOneIsOfferedAFreshStart() throws Exception {
    Curriculum changed = reworded();
    Map<String, Question> bank = new HashMap<>();
    ItemBank.build(ORIGINAL, ORIGINAL.preset(QUIZ).audience()).questions().forEach(q -> bank.put(q.id(), q));
    Attempt submitted;
    Attempt open;
    String reply;
    String resultPage;
    String certificate;
    try (TestApp app = TestApp.sqlite(dir)) {
      submitted = start(app, "RN 1042");
      open = start(app, "RN 2001");
      for (int i = 0; !formChanges(app, submitted, changed) || !formChanges(app, open, changed); i++) {
        assertThat(i).as("the reworded label appears in some form").isLessThan(20);
        submitted = formChanges(app, submitted, changed) ? submitted : start(app, "RN 1042");
        open = formChanges(app, open, changed) ? open : start(app, "RN 2001");
      }
      // Every question answered with its key at full certainty: a pass, with a certificate.
      for (JsonNode q : json(app.send("GET", submitted.api(), submitted.token(), null)).path("questions")) {
        Map<String, Object> key = new HashMap<>(ResponseJson.toMap(bank.get(q.path("id").asText()).key()));
        key.put("certainty", 3);
        HttpResponse<String> saved = app.send("PUT", submitted.api() + "/answers/" + q.path("id").asText(),
            submitted.token(), TestApp.JSON.writeValueAsString(key));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
      }
      HttpResponse<String> done = app.send("POST", submitted.api() + "/submit", submitted.token(), null);
      assertThat(json(done).path("passed").asBoolean()).isTrue();
      reply = done.body();
      String cookie = Web.attemptCookie(submitted.id());
      resultPage = app.get("/attempts/" + submitted.id() + "/result", cookie, submitted.token()).body();
      // The certificate names the server's address for its verify page; the server comes back on another port.
      certificate = app.get("/attempts/" + submitted.id() + "/certificate", cookie, submitted.token()).body()
          .replace(app.base(), "SERVER");
      assertThat(certificate).contains("RN 1042").contains("100%");
    }

    try (TestApp app = TestApp.sqlite(dir, changed)) {
      assertThat(app.send("GET", submitted.api() + "/result", submitted.token(), null).body()).isEqualTo(reply);
      JsonNode attempt = json(app.send("GET", submitted.api(), submitted.token(), null));
      assertThat(attempt.path("state").asText()).isEqualTo("submitted");
      assertThat(attempt.path("percent").asDouble()).isEqualTo(100);
      assertThat(attempt.path("questions")).hasSize(20);
      String cookie = Web.attemptCookie(submitted.id());
      HttpResponse<String> page = app.get("/attempts/" + submitted.id() + "/result", cookie, submitted.token());
      assertThat(page.statusCode()).isEqualTo(200);
      // The page's form token (for "try again") is this request's own; everything else is as it was.
      assertThat(withoutFormToken(page.body())).isEqualTo(withoutFormToken(resultPage));
      HttpResponse<String> cert = app.get("/attempts/" + submitted.id() + "/certificate", cookie, submitted.token());
      assertThat(cert.statusCode()).isEqualTo(200);
      assertThat(cert.body().replace(app.base(), "SERVER")).isEqualTo(certificate);

      // The instructor views read the same stored result.
      String csrf = TestApp.csrf(app.get("/instructor/login").body());
      assertThat(app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD)).statusCode())
          .isEqualTo(303);
      JsonNode results = json(app.get("/api/v1/instructor/results?quiz=" + QUIZ));
      JsonNode row = null;
      for (JsonNode r : results.path("results")) {
        row = r.path("attemptId").asText().equals(submitted.id()) ? r : row;
      }
      assertThat(row).as(results.toString()).isNotNull();
      assertThat(row.path("percent").asDouble()).isEqualTo(100);
      assertThat(row.path("passed").asBoolean()).isTrue();
      assertThat(app.get("/instructor/results.csv").body()).contains(submitted.id() + ",");
      HttpResponse<String> detail = app.get("/instructor/attempts/" + submitted.id());
      assertThat(detail.statusCode()).isEqualTo(200);
      String firstStem = TestApp.JSON.readTree(reply).path("questions").get(0).path("stem").asText();
      String text = detail.body().replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"")
          .replace("&amp;", "&");
      assertThat(text).contains(org.cytoquiz.web.pages.Views.format(100) + "%").contains(firstStem);
      assertThat(json(app.get("/api/v1/instructor/quizzes/" + QUIZ + "/statistics")).path("attempts").asInt())
          .isEqualTo(1);

      HttpResponse<String> stale = app.get("/attempts/" + open.id() + "/questions/1", Web.attemptCookie(open.id()),
          open.token());
      assertThat(stale.statusCode()).isEqualTo(409);
      assertThat(stale.body()).contains("Start a new attempt").contains("href=\"/quizzes/" + QUIZ + "\"");
      HttpResponse<String> api = app.send("PUT", open.api() + "/answers/anything", open.token(), "{\"text\": \"x\"}");
      assertThat(api.statusCode()).isEqualTo(409);
      assertThat(json(api).path("type").asText()).isEqualTo("content-changed");
    }
  }

  /** A page without the value of its CSRF field, which each request without the cookie draws anew. */
  private static String withoutFormToken(String html) {
    return html.replaceAll("name=\"csrf\" value=\"[^\"]*\"", "name=\"csrf\"");
  }
}
