package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.cytoquiz.web.store.Postgres;
import org.junit.jupiter.api.Test;

/** Two stateless web nodes on one PostgreSQL: an attempt begun on one continues on the other. */
class TwoNodeTests {

  @Test
  void anAttemptBegunOnOneNodeContinuesOnTheOther() {
    String url = Postgres.freshDatabase();
    try (TestApp first = TestApp.postgres(url); TestApp second = TestApp.postgres(url)) {
      HttpResponse<String> started = first.send("POST", "/api/v1/attempts", null,
          "{\"quiz\": \"staff-practice\", \"learner\": \"Nurse B\"}");
      String id = json(started).path("attemptId").asText();
      String token = json(started).path("token").asText();
      JsonNode attempt = json(second.send("GET", "/api/v1/attempts/" + id, token, null));
      JsonNode q = WebAppTests.firstChoiceQuestion(attempt);
      HttpResponse<String> saved = second.send("PUT", "/api/v1/attempts/" + id + "/answers/" + q.path("id").asText(),
          token, "{\"selected\": [\"" + q.path("options").get(0).path("id").asText() + "\"]}");
      assertThat(saved.statusCode()).isEqualTo(200);
      assertThat(json(first.send("GET", "/api/v1/attempts/" + id, token, null)).path("answered").asInt()).isEqualTo(1);
      assertThat(second.send("POST", "/api/v1/attempts/" + id + "/submit", token, null).statusCode()).isEqualTo(200);
      assertThat(json(first.send("GET", "/api/v1/attempts/" + id, token, null)).path("state").asText()).isEqualTo("submitted");
    }
  }
}
