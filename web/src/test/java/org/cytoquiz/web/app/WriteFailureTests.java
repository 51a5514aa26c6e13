package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.web.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Writes that fail on the real SQLite database (made read-only, or full: SQLite's page limit stands in for a full
 * disk) and work again: the requests get 503 in the error shape, {@code /health} says why, and the server recovers
 * by itself once writes work.
 */
class WriteFailureTests {

  /** Hikari's pool size for SQLite: borrowing this many at once reaches every pooled connection. */
  static final int POOL = 4;

  @RegisterExtension final TestApp app = TestApp.perTest();

  /** Runs {@code sql} on every pooled connection (per-connection settings such as pragmas). */
  static void onEveryConnection(Database database, String sql) throws SQLException {
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = 0; i < POOL; i++) {
        Connection c = database.dataSource().getConnection();
        held.add(c);
        try (Statement s = c.createStatement()) {
          s.execute(sql);
        }
      }
    } finally {
      for (Connection c : held) {
        c.close();
      }
    }
  }

  static long pageCount(Database database) throws SQLException {
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("PRAGMA page_count")) {
      r.next();
      return r.getLong(1);
    }
  }

  HttpResponse<String> startAttempt(int i) {
    return app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"staff-certification\", \"learner\": \"RN "
        + i + " " + "x".repeat(100) + "\"}");
  }

  @Test
  void aReadOnlyDatabaseIsReportedAndTheServerRecoversWhenWritesWorkAgain() throws SQLException {
    assertThat(startAttempt(0).statusCode()).isEqualTo(201);
    assertThat(app.get("/health").statusCode()).isEqualTo(200);

    onEveryConnection(app.database(), "PRAGMA query_only = 1");
    HttpResponse<String> refused = startAttempt(1);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(json(refused).path("type").asText()).isEqualTo("storage-failing");
    assertThat(refused.headers().firstValue("Retry-After")).isPresent();
    HttpResponse<String> health = app.get("/health");
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(json(health).path("details").asText()).contains("readonly").doesNotContain("no transaction");

    onEveryConnection(app.database(), "PRAGMA query_only = 0");
    assertThat(startAttempt(2).statusCode()).isEqualTo(201);
    assertThat(app.get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void aFullDiskIsNamedAndTheServerRecoversOnceThereIsRoomAgain() throws SQLException {
    assertThat(startAttempt(0).statusCode()).isEqualTo(201);
    onEveryConnection(app.database(), "PRAGMA max_page_count = " + pageCount(app.database()));
    HttpResponse<String> refused = null;
    for (int i = 1; i < 2000 && refused == null; i++) {
      HttpResponse<String> r = startAttempt(i);
      assertThat(r.statusCode()).as(r.body()).isIn(201, 503);
      if (r.statusCode() == 503) {
        refused = r;
      }
    }
    assertThat(refused).as("the page limit was reached").isNotNull();
    assertThat(json(refused).path("type").asText()).isEqualTo("storage-failing");
    HttpResponse<String> health = app.get("/health");
    assertThat(health.statusCode()).isEqualTo(503);
    assertThat(json(health).path("details").asText()).contains("full").doesNotContain("no transaction");

    onEveryConnection(app.database(), "PRAGMA max_page_count = 1073741823");
    for (int i = 0; i < 20; i++) {
      HttpResponse<String> r = startAttempt(10_000 + i);
      assertThat(r.statusCode()).as("write %s after room was made: %s", i, r.body()).isEqualTo(201);
    }
    assertThat(app.get("/health").statusCode()).isEqualTo(200);
  }

  @Test
  void answersAndSubmitsTheDatabaseRefusesAre503AndWorkAgainAfterwards() throws SQLException {
    HttpResponse<String> started = app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"patient-basics\"}");
    assertThat(started.statusCode()).isEqualTo(201);
    String id = json(started).path("attemptId").asText();
    String token = json(started).path("token").asText();
    com.fasterxml.jackson.databind.JsonNode question = WebAppTests.firstChoiceQuestion(
        json(app.send("GET", "/api/v1/attempts/" + id, token, null)));
    String answer = "/api/v1/attempts/" + id + "/answers/" + question.path("id").asText();
    String body = "{\"selected\": [\"" + question.path("options").get(0).path("id").asText() + "\"]}";

    // A connection that failed a write leaves the pool, so each refusal is set up on every connection anew.
    onEveryConnection(app.database(), "PRAGMA query_only = 1");
    HttpResponse<String> refusedAnswer = app.send("PUT", answer, token, body);
    onEveryConnection(app.database(), "PRAGMA query_only = 1");
    HttpResponse<String> refusedSubmit = app.send("POST", "/api/v1/attempts/" + id + "/submit", token, null);
    for (HttpResponse<String> refused : List.of(refusedAnswer, refusedSubmit)) {
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
      assertThat(json(refused).path("type").asText()).isEqualTo("storage-failing");
    }
    assertThat(app.get("/health").statusCode()).isEqualTo(503);

    onEveryConnection(app.database(), "PRAGMA query_only = 0");
    HttpResponse<String> saved = app.send("PUT", answer, token, body);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    HttpResponse<String> submitted = app.send("POST", "/api/v1/attempts/" + id + "/submit", token, null);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    assertThat(app.get("/health").statusCode()).isEqualTo(200);
  }
}
