package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.cytoquiz.web.attempt.AttemptRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the web layer stores, and does not store, when it runs the attempt engine. */
class AttemptEngineHttpTests {

  @RegisterExtension final TestApp app = TestApp.perTest();

  AttemptRecord stored(String attemptId) {
    return app.store().load(attemptId).orElseThrow();
  }

  String startWithForm(String quiz) {
    String csrf = TestApp.csrf(app.get("/quizzes/" + quiz).body());
    // "fresh": start a new attempt even while this browser has one under way (as "Start again" does).
    HttpResponse<String> started = app.post("/quizzes/" + quiz + "/attempts",
        Map.of("csrf", csrf, "learner", "RN 7", "fresh", "1"));
    assertThat(started.statusCode()).isEqualTo(303);
    return started.headers().firstValue("Location").orElseThrow().replace("/questions/1", "");
  }

  @Test
  void readingQuestionPagesWritesNothing() {
    String attempt = startWithForm("patient-basics");
    String id = attempt.substring(attempt.lastIndexOf('/') + 1);
    AttemptRecord before = stored(id);
    for (int n = 1; n <= 10; n++) {
      assertThat(app.get(attempt + "/questions/" + n).statusCode()).isEqualTo(200);
    }
    assertThat(app.get(attempt + "/finish").statusCode()).isEqualTo(200);
    assertThat(app.get(attempt).statusCode()).isEqualTo(303);
    assertThat(stored(id)).isEqualTo(before);
  }

  @Test
  void resendingAnIdenticalAnswerChangesNothingNotEvenTheTime() throws Exception {
    HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"staff-practice\", "
        + "\"learner\": \"RN 9\"}");
    String id = json(r).path("attemptId").asText();
    String token = json(r).path("token").asText();
    JsonNode q = WebAppTests.firstChoiceQuestion(json(app.send("GET", "/api/v1/attempts/" + id, token, null)));
    String path = "/api/v1/attempts/" + id + "/answers/" + q.path("id").asText();
    String body = "{\"selected\": [\"" + q.path("options").get(0).path("id").asText() + "\"]}";
    assertThat(app.send("PUT", path, token, body).statusCode()).isEqualTo(200);
    AttemptRecord once = stored(id);
    Thread.sleep(5); // a later clock reading, which must not reach the store
    HttpResponse<String> again = app.send("PUT", path, token, body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again).path("feedback").isObject()).isTrue();
    assertThat(stored(id)).isEqualTo(once);
    assertThat(once.attempt().version()).isEqualTo(1);
  }

  @Test
  void eachAttemptGetsItsOwnRecordedFormAndARetakeANewOne() {
    String first = startWithForm("staff-certification");
    String second = startWithForm("staff-certification");
    long firstSeed = stored(first.substring(first.lastIndexOf('/') + 1)).attempt().seed();
    long secondSeed = stored(second.substring(second.lastIndexOf('/') + 1)).attempt().seed();
    assertThat(secondSeed).isNotEqualTo(firstSeed);
    List<String> firstStems = stems(first);
    List<String> secondStems = stems(second);
    assertThat(secondStems).hasSize(20).isNotEqualTo(firstStems);
    // The form is recorded: the same attempt shows the same questions in the same order every time.
    assertThat(stems(first)).isEqualTo(firstStems);
  }

  @Test
  void statisticsReadTheStoredMarksOfAttemptsOnDifferentForms() {
    int held = 0;
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null,
          "{\"quiz\": \"staff-practice\", \"learner\": \"RN " + i + "\"}");
      String id = json(r).path("attemptId").asText();
      String token = json(r).path("token").asText();
      JsonNode attempt = json(app.send("GET", "/api/v1/attempts/" + id, token, null));
      held += attempt.path("questions").size();
      JsonNode q = WebAppTests.firstChoiceQuestion(attempt);
      app.send("PUT", "/api/v1/attempts/" + id + "/answers/" + q.path("id").asText(), token,
          "{\"selected\": [\"" + q.path("options").get(i % 2).path("id").asText() + "\"]}");
      assertThat(app.send("POST", "/api/v1/attempts/" + id + "/submit", token, null).statusCode()).isEqualTo(200);
    }
    String csrf = TestApp.csrf(app.get("/instructor/login").body());
    app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD));
    HttpResponse<String> stats = app.get("/api/v1/instructor/quizzes/staff-practice/statistics");
    assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
    assertThat(json(stats).path("attempts").asInt()).isEqualTo(3);
    // Each question counts the attempts whose form held it: together, every question of every form, once.
    int counted = 0;
    for (JsonNode item : json(stats).path("items")) {
      assertThat(item.path("attempts").asInt()).isBetween(1, 3);
      counted += item.path("attempts").asInt();
    }
    assertThat(counted).isEqualTo(held);
    assertThat(app.get("/instructor/quizzes/staff-practice/statistics").statusCode()).isEqualTo(200);
  }

  List<String> stems(String attempt) {
    List<String> stems = new java.util.ArrayList<>();
    for (int n = 1; n <= 20; n++) {
      String body = app.get(attempt + "/questions/" + n).body();
      int start = body.indexOf("class=\"stem\"");
      assertThat(start).as("question %s has a stem", n).isPositive();
      stems.add(body.substring(start, body.indexOf("</", start)));
    }
    return stems;
  }
}
