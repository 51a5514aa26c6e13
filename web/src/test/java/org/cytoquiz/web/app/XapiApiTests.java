package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.instructor.InstructorAuth;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.JdbcAttemptStore;
import org.cytoquiz.web.xapi.XapiCheck;
import org.cytoquiz.web.xapi.XapiOutbox;
import org.cytoquiz.web.xapi.XapiStatements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/attempts/{id}/xapi} on the real application, and the outbox backlog on {@code /health}. */
class XapiApiTests {

  @RegisterExtension final TestApp app = TestApp.perTest();
  @TempDir Path dir;

  record Attempt(String id, String token) {}

  Attempt begin(String quiz, String learner) {
    HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null,
        "{\"quiz\": \"" + quiz + "\"" + (learner == null ? "" : ", \"learner\": \"" + learner + "\"") + "}");
    assertThat(r.statusCode()).isEqualTo(201);
    return new Attempt(json(r).path("attemptId").asText(), json(r).path("token").asText());
  }

  /** Answers every choice question with its first option; how many were answered. */
  int answerChoices(Attempt a) {
    JsonNode attempt = json(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null));
    int answered = 0;
    for (JsonNode q : attempt.path("questions")) {
      if (q.has("options")) {
        String body = "{\"selected\": [\"" + q.path("options").get(0).path("id").asText() + "\"]"
            + certainty(attempt) + "}";
        HttpResponse<String> r = app.send("PUT", "/api/v1/attempts/" + a.id() + "/answers/" + q.path("id").asText(),
            a.token(), body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        answered++;
      }
    }
    return answered;
  }

  static String certainty(JsonNode attempt) {
    return "staff-certification".equals(attempt.path("quiz").asText()) ? ", \"certainty\": 2" : "";
  }

  List<JsonNode> statements(Attempt a) {
    HttpResponse<String> r = app.send("GET", "/api/v1/attempts/" + a.id() + "/xapi", a.token(), null);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    List<JsonNode> list = new ArrayList<>();
    json(r).forEach(list::add);
    return list;
  }

  @Test
  void anAttemptsStatementsAreListedInTheOrderTheyWereMade() throws Exception {
    Attempt a = begin("patient-basics", null);
    assertThat(statements(a)).extracting(s -> s.at("/verb/id").asText())
        .containsExactly("http://adlnet.gov/expapi/verbs/initialized");
    int answered = answerChoices(a);
    assertThat(app.send("POST", "/api/v1/attempts/" + a.id() + "/submit", a.token(), null).statusCode())
        .isEqualTo(200);
    List<JsonNode> statements = statements(a);
    assertThat(statements).hasSize(1 + answered + 1);
    assertThat(statements.get(statements.size() - 1).at("/verb/id").asText())
        .isEqualTo("http://adlnet.gov/expapi/verbs/completed");
    String registration = XapiStatements.registration(a.id()).toString();
    assertThat(statements).allSatisfy(s -> {
      assertThat(s.at("/context/registration").asText()).isEqualTo(registration);
      assertThat(s.at("/actor/account/homePage").asText()).isEqualTo(XapiStatements.DEFAULT_IRI_BASE.toString());
    });
    Path file = dir.resolve("served.json");
    Files.writeString(file, app.send("GET", "/api/v1/attempts/" + a.id() + "/xapi", a.token(), null).body());
    XapiCheck.Verdict verdict = XapiCheck.check(file);
    assertThat(verdict.exitCode()).as(verdict.output()).isZero();
  }

  @Test
  void aDeferredQuizShowsNoMarkInItsStatementsBeforeSubmit() {
    Attempt a = begin("staff-certification", "RN 7");
    answerChoices(a);
    List<JsonNode> statements = statements(a);
    assertThat(statements).hasSizeGreaterThan(1);
    assertThat(statements.subList(1, statements.size())).allSatisfy(s -> {
      assertThat(s.at("/result/response").asText()).isNotEmpty();
      assertThat(s.path("result").has("success")).isFalse();
      assertThat(s.path("result").has("score")).isFalse();
    });
    assertThat(statements.get(0).at("/actor/account/name").asText()).isEqualTo("RN 7");
  }

  @Test
  void onlyTheAttemptsTokenOpensItsStatements() {
    Attempt a = begin("patient-basics", null);
    Attempt other = begin("patient-basics", null);
    assertThat(app.send("GET", "/api/v1/attempts/" + a.id() + "/xapi", null, null).statusCode()).isEqualTo(401);
    HttpResponse<String> wrong = app.send("GET", "/api/v1/attempts/" + a.id() + "/xapi", other.token(), null);
    assertThat(wrong.statusCode()).isEqualTo(404);
    assertThat(json(wrong).path("type").asText()).isEqualTo("not-found");
    assertThat(app.send("GET", "/api/v1/attempts/AAAAAAAAAAAAAAAAAAAAAA/xapi", a.token(), null).statusCode())
        .isEqualTo(404);
    assertThat(app.send("GET", "/api/v1/attempts/not-an-id/xapi", a.token(), null).statusCode()).isEqualTo(404);
  }

  @Test
  void healthReportsTheOutboxBacklogWhenAnLrsIsConfigured() throws Exception {
    Instant oldest = Instant.parse("2026-11-29T10:15:02Z");
    XapiOutbox.Backlog backlog = new XapiOutbox.Backlog(3, Optional.of(oldest),
        Optional.of("the LRS answered 503 to statement x"));
    Path other = Files.createDirectory(dir.resolve("other"));
    try (Database database = Database.sqlite(other)) {
      Clock clock = Clock.systemUTC();
      JdbcAttemptStore store = new JdbcAttemptStore(database);
      io.javalin.Javalin web = WebApp.create(new AttemptService(BundledCourse.curriculum(), store, clock), store,
          new InstructorAuth(Optional.empty(), store, clock), clock, new WebApp.Settings(false),
          new org.cytoquiz.web.instructor.InstructorStore(database), () -> Optional.of(backlog))
          .start("127.0.0.1", 0);
      try {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + web.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode health = TestApp.JSON.readTree(r.body());
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.at("/xapi/unsent").asLong()).isEqualTo(3);
        assertThat(health.at("/xapi/oldestUnsent").asText()).isEqualTo("2026-11-29T10:15:02Z");
        assertThat(health.at("/xapi/lastError").asText()).contains("503");
      } finally {
        web.stop();
      }
    }
    HttpResponse<String> plain = app.get("/health");
    assertThat(json(plain).has("xapi")).as("no LRS configured: no backlog shown").isFalse();
  }
}
