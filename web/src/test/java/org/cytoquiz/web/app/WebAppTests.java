package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.JdbcAttemptStore;

/** The whole application through HTTP, on a real SQLite file. */
class WebAppTests {

  @RegisterExtension final TestApp app = TestApp.perTest();

  record Started(String id, String token) {}

  Started startApi(String body) {
    HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return new Started(json(r).path("attemptId").asText(), json(r).path("token").asText());
  }

  static JsonNode firstChoiceQuestion(JsonNode attempt) {
    for (JsonNode q : attempt.path("questions")) {
      if (q.has("options")) {
        return q;
      }
    }
    throw new AssertionError("no choice question");
  }

  @Nested
  class LearnerApi {

    @Test
    void aPatientTakesAQuizThroughTheApi() {
      HttpResponse<String> quizzes = app.send("GET", "/api/v1/quizzes", null, null);
      assertThat(json(quizzes).findValuesAsText("id")).contains("patient-basics", "staff-certification");

      Started a = startApi("{\"quiz\": \"patient-basics\"}");
      assertThat(a.id()).matches("[A-Za-z0-9_-]{22}");
      JsonNode attempt = json(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null));
      assertThat(attempt.path("state").asText()).isEqualTo("open");
      assertThat(attempt.path("questions")).hasSize(10);
      assertThat(attempt.toString()).doesNotContain("\"correct\"").doesNotContain("feedback\":{");

      JsonNode q = firstChoiceQuestion(attempt);
      String option = q.path("options").get(0).path("id").asText();
      String body = "{\"selected\": [\"" + option + "\"]}";
      HttpResponse<String> saved = app.send("PUT", "/api/v1/attempts/" + a.id() + "/answers/" + q.path("id").asText(), a.token(), body);
      assertThat(saved.statusCode()).isEqualTo(200);
      assertThat(json(saved).path("feedback").path("options")).isNotEmpty();
      for (JsonNode marked : json(saved).path("feedback").path("options")) {
        // The verdict is a field of its own, apart from the explanation.
        assertThat(marked.path("feedback").path("verdict").asText())
            .isEqualTo(marked.path("correct").asBoolean() ? "right" : "wrong");
      }
      HttpResponse<String> again = app.send("PUT", "/api/v1/attempts/" + a.id() + "/answers/" + q.path("id").asText(), a.token(), body);
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(json(again).path("tries").asInt()).isEqualTo(1);

      JsonNode after = json(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null));
      assertThat(after.path("answered").asInt()).isEqualTo(1);

      HttpResponse<String> result = app.send("POST", "/api/v1/attempts/" + a.id() + "/submit", a.token(), null);
      assertThat(result.statusCode()).isEqualTo(200);
      JsonNode r = json(result);
      assertThat(r.path("maxScore").asDouble()).isEqualTo(10);
      assertThat(r.path("passed").asBoolean()).isTrue();
      assertThat(r.path("questions")).hasSize(10);
      assertThat(r.path("questions").get(0).has("credit")).isTrue();
      HttpResponse<String> late = app.send("PUT", "/api/v1/attempts/" + a.id() + "/answers/" + q.path("id").asText(), a.token(), body);
      assertThat(late.statusCode()).isEqualTo(409);
      assertThat(json(late).path("type").asText()).isEqualTo("attempt-closed");
      assertThat(app.send("POST", "/api/v1/attempts/" + a.id() + "/submit", a.token(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void aStaffQuizNeedsANameAndACertaintyAndHoldsBackFeedbackUntilSubmitted() {
      HttpResponse<String> anonymous = app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"staff-certification\"}");
      assertThat(anonymous.statusCode()).isEqualTo(400);
      assertThat(json(anonymous).path("details").asText()).contains("name or staff id");

      Started a = startApi("{\"quiz\": \"staff-certification\", \"learner\": \"RN 1042\"}");
      JsonNode q = firstChoiceQuestion(json(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null)));
      String path = "/api/v1/attempts/" + a.id() + "/answers/" + q.path("id").asText();
      String option = q.path("options").get(0).path("id").asText();
      HttpResponse<String> noCertainty = app.send("PUT", path, a.token(), "{\"selected\": [\"" + option + "\"]}");
      assertThat(noCertainty.statusCode()).isEqualTo(400);
      assertThat(json(noCertainty).path("details").asText()).contains("certainty");
      HttpResponse<String> saved = app.send("PUT", path, a.token(), "{\"selected\": [\"" + option + "\"], \"certainty\": 2}");
      assertThat(saved.statusCode()).isEqualTo(200);
      assertThat(json(saved).has("feedback")).isFalse();
      assertThat(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null).body()).doesNotContain("\"correct\"");
      HttpResponse<String> changed = app.send("PUT", path, a.token(), "{\"selected\": [\"" + option + "\"], \"certainty\": 3}");
      assertThat(json(changed).path("tries").asInt()).isEqualTo(2);
      JsonNode result = json(app.send("POST", "/api/v1/attempts/" + a.id() + "/submit", a.token(), null));
      assertThat(result.path("maxScore").asDouble()).isEqualTo(60);
      assertThat(result.path("passMark").asInt()).isEqualTo(80);
      assertThat(result.path("passed").asBoolean()).isFalse();
      assertThat(result.path("questions").get(0).path("feedback").path("correctAnswer").isObject()).isTrue();
    }

    @Test
    void aLearnerReachesOnlyTheirOwnAttempt() {
      Started mine = startApi("{\"quiz\": \"patient-basics\"}");
      Started theirs = startApi("{\"quiz\": \"patient-basics\"}");
      HttpResponse<String> r = app.send("GET", "/api/v1/attempts/" + theirs.id(), mine.token(), null);
      assertThat(r.statusCode()).isEqualTo(404);
      assertThat(json(r).path("type").asText()).isEqualTo("not-found");
      assertThat(app.send("GET", "/api/v1/attempts/" + theirs.id(), null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void malformedRequestsGetA4xxInTheErrorShape() {
      Started a = startApi("{\"quiz\": \"patient-basics\"}");
      String answers = "/api/v1/attempts/" + a.id() + "/answers/";
      Map<String, Integer> cases = Map.of(
          "{not json", 400,
          "[1, 2]", 400,
          "{\"selected\": \"x\"}", 400,
          "{\"selected\": [\"x\"], \"text\": \"y\"}", 400,
          "{}", 400);
      cases.forEach((body, status) -> {
        HttpResponse<String> r = app.send("PUT", answers + "no-such-question", a.token(), body);
        assertThat(r.statusCode()).as(body).isEqualTo(status);
        assertThat(json(r).fieldNames()).toIterable().containsExactly("title", "status", "type", "details");
      });
      assertThat(app.send("PUT", answers + "no-such-question", a.token(), "{\"selected\": [\"x\"]}").statusCode()).isEqualTo(400);
      assertThat(app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"nope\"}").statusCode()).isEqualTo(404);
      assertThat(app.send("POST", "/api/v1/attempts", null, "{\"quiz\": 3}").statusCode()).isEqualTo(400);
      assertThat(app.send("GET", "/api/v1/attempts/../../etc/passwd", a.token(), null).statusCode()).isEqualTo(404);
      assertThat(app.send("GET", "/api/v1/attempts/" + "x".repeat(500), a.token(), null).statusCode()).isEqualTo(404);
      HttpResponse<String> huge = app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"" + "x".repeat(200_000) + "\"}");
      assertThat(huge.statusCode()).isEqualTo(413);
      HttpResponse<String> unknown = app.send("GET", "/api/v1/nothing", null, null);
      assertThat(unknown.statusCode()).isEqualTo(404);
      assertThat(json(unknown).path("type").asText()).isEqualTo("not-found");
    }
  }

  @Nested
  class Pages {

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
      for (String path : new String[] {"/", "/api/v1/quizzes", "/nothing", "/quizzes/patient-basics"}) {
        HttpResponse<String> r = app.get(path);
        assertThat(r.headers().firstValue("Content-Security-Policy")).get().asString()
            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(r.headers().firstValue("Referrer-Policy")).contains("no-referrer");
      }
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
      app.get("/quizzes/patient-basics");
      HttpResponse<String> r = app.post("/quizzes/patient-basics/attempts", Map.of("csrf", "forged"));
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(r.body()).contains("<html lang=\"en\">").contains("form has expired");
    }

    @Test
    void aPatientTakesTheQuizWithPlainForms() {
      String csrf = TestApp.csrf(app.get("/quizzes/patient-basics").body());
      HttpResponse<String> started = app.post("/quizzes/patient-basics/attempts", Map.of("csrf", csrf));
      assertThat(started.statusCode()).isEqualTo(303);
      String question = started.headers().firstValue("Location").orElseThrow();
      assertThat(question).endsWith("/questions/1");
      HttpResponse<String> page = app.get(question);
      assertThat(page.statusCode()).isEqualTo(200);
      // Each attempt has its own form, so question 1 may be of any kind.
      assertThat(page.body()).contains("Question 1 of 10").containsAnyOf("<fieldset>", "name=\"text\"");
      HttpResponse<String> empty = app.post(question, Map.of("csrf", csrf));
      assertThat(empty.statusCode()).isEqualTo(400);
      assertThat(empty.body()).contains("role=\"alert\"");
      String attempt = question.replace("/questions/1", "");
      HttpResponse<String> finish = app.get(attempt + "/finish");
      assertThat(finish.body()).contains("You have answered 0 of 10 questions");
      HttpResponse<String> submitted = app.post(attempt + "/submit", Map.of("csrf", csrf));
      assertThat(submitted.statusCode()).isEqualTo(303);
      HttpResponse<String> result = app.get(attempt + "/result");
      assertThat(result.body()).contains("Your result").contains("0%").contains("Review your answers");
      // Each part of an answer carries its verdict in words of its own, styled by a class, apart from the text;
      // nothing was chosen, so no part says the learner chose it.
      assertThat(result.body()).containsPattern("<li class=\"answer (right|partial|wrong)\">")
          .containsPattern("<p class=\"status\"><strong>[^<]+</strong> \\S")
          .doesNotContain("answer right chosen").doesNotContain("You chose this");
    }

    @Test
    void anotherBrowserCannotOpenTheAttempt() {
      String csrf = TestApp.csrf(app.get("/quizzes/patient-basics").body());
      String question = app.post("/quizzes/patient-basics/attempts", Map.of("csrf", csrf)).headers()
          .firstValue("Location").orElseThrow();
      try (TestApp other = TestApp.sqlite(app.directory().resolve("other"))) {
        HttpResponse<String> r = other.get(question);
        assertThat(r.statusCode()).isEqualTo(404);
      }
    }
  }

  @Nested
  class Instructors {

    @Test
    void theInstructorAreaRefusesAnyoneWithoutThePassword() {
      assertThat(app.get("/api/v1/instructor/results").statusCode()).isEqualTo(401);
      assertThat(app.get("/instructor").statusCode()).isEqualTo(303);
      assertThat(app.get("/instructor/results.csv").statusCode()).isEqualTo(303);
      String csrf = TestApp.csrf(app.get("/instructor/login").body());
      HttpResponse<String> wrong = app.post("/instructor/login", Map.of("csrf", csrf, "password", "guess"));
      assertThat(wrong.statusCode()).isEqualTo(401);
      assertThat(app.get("/api/v1/instructor/results").statusCode()).isEqualTo(401);
    }

    @Test
    void anInstructorSeesResultsCsvAndStatistics() {
      Started a = startApi("{\"quiz\": \"staff-certification\", \"learner\": \"=HYPERLINK(\\\"x\\\")\"}");
      app.send("POST", "/api/v1/attempts/" + a.id() + "/submit", a.token(), null);
      String csrf = TestApp.csrf(app.get("/instructor/login").body());
      HttpResponse<String> login = app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD));
      assertThat(login.statusCode()).isEqualTo(303);
      assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c ->
          assertThat(c).startsWith("cq_session=").contains("HttpOnly").contains("SameSite=Strict"));
      JsonNode results = json(app.get("/api/v1/instructor/results?quiz=staff-certification"));
      assertThat(results.path("results")).hasSize(1);
      assertThat(results.path("results").get(0).path("passed").asBoolean()).isFalse();
      HttpResponse<String> csv = app.get("/instructor/results.csv");
      assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
      assertThat(csv.body()).startsWith("\uFEFFattempt_id,quiz,quiz_title,learner,state,started,submitted,time_zone,"
          + "duration,score,max_score,percent,pass_mark,passed,hidden,q1_mark").contains("'=HYPERLINK");
      assertThat(app.get("/instructor").body()).contains("Medical review overdue");
      HttpResponse<String> stats = app.get("/instructor/quizzes/staff-certification/statistics");
      assertThat(stats.body()).contains("<svg").contains("<title id=\"histogram-title\">");
      JsonNode statsJson = json(app.get("/api/v1/instructor/quizzes/staff-certification/statistics"));
      assertThat(statsJson.path("attempts").asInt()).isEqualTo(1);
      assertThat(statsJson.path("items")).hasSize(20);
      assertThat(app.get("/instructor/attempts/" + a.id()).body()).contains("Attempt " + a.id());
    }

    @Test
    void repeatedFailedLoginsAreSlowedDown() {
      String csrf = TestApp.csrf(app.get("/instructor/login").body());
      for (int i = 0; i < 5; i++) {
        assertThat(app.post("/instructor/login", Map.of("csrf", csrf, "password", "guess " + i)).statusCode()).isEqualTo(401);
      }
      HttpResponse<String> limited = app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD));
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    }
  }

  @Test
  void anAttemptSurvivesAServerRestart() {
    Started a = startApi("{\"quiz\": \"patient-basics\"}");
    JsonNode q = firstChoiceQuestion(json(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null)));
    String option = q.path("options").get(1).path("id").asText();
    app.send("PUT", "/api/v1/attempts/" + a.id() + "/answers/" + q.path("id").asText(), a.token(),
        "{\"selected\": [\"" + option + "\"]}");
    app.restart();
    JsonNode resumed = json(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null));
    assertThat(resumed.path("answered").asInt()).isEqualTo(1);
    assertThat(firstChoiceQuestion(resumed).path("answer").path("selected").get(0).asText()).isEqualTo(option);
    assertThat(app.send("POST", "/api/v1/attempts/" + a.id() + "/submit", a.token(), null).statusCode()).isEqualTo(200);
  }

  @Test
  void stoppingTheServerFinishesInFlightSavesAndLosesNoneThatWereAcknowledged() throws Exception {
    Started a = startApi("{\"quiz\": \"staff-certification\", \"learner\": \"Stop test\"}");
    JsonNode q = firstChoiceQuestion(json(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null)));
    String path = "/api/v1/attempts/" + a.id() + "/answers/" + q.path("id").asText();
    String option = q.path("options").get(0).path("id").asText();
    java.util.concurrent.atomic.AtomicInteger highestAcknowledged = new java.util.concurrent.atomic.AtomicInteger();
    java.util.List<Integer> statuses = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    java.util.List<java.util.concurrent.Future<?>> work = new java.util.ArrayList<>();
    for (int t = 0; t < 4; t++) {
      work.add(pool.submit(() -> {
        for (int i = 0; i < 200; i++) {
          try {
            HttpResponse<String> r = app.send("PUT", path, a.token(),
                "{\"selected\": [\"" + option + "\"], \"certainty\": " + (i % 3 + 1) + "}");
            statuses.add(r.statusCode());
            if (r.statusCode() == 200) {
              highestAcknowledged.accumulateAndGet(json(r).path("tries").asInt(), Math::max);
            }
          } catch (RuntimeException e) {
            return; // the server has stopped taking connections
          }
        }
      }));
    }
    Thread.sleep(300);
    app.close();
    for (var f : work) {
      f.get();
    }
    pool.shutdown();
    // While stopping, the server finishes what is in flight and turns new requests away with 503 (retry later).
    assertThat(statuses).isNotEmpty().allSatisfy(status -> assertThat(status).isIn(200, 503));
    app.restart();
    JsonNode after = json(app.send("GET", "/api/v1/attempts/" + a.id(), a.token(), null));
    assertThat(after.path("answered").asInt()).isEqualTo(1);
    try (Database database = Database.sqlite(app.directory())) {
      int stored = new JdbcAttemptStore(database).load(a.id()).orElseThrow().answers().get(0).tries();
      assertThat(stored).isGreaterThanOrEqualTo(highestAcknowledged.get());
    }
  }

  @Test
  void healthAnswersProbes() {
    HttpResponse<String> r = app.get("/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(json(r).path("status").asText()).isEqualTo("ok");
  }
}
