package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An abuse run through HTTP against the real application: oversized bodies, wrong types, broken JSON and forms,
 * unknown ids, path traversal, method confusion and replays. Whatever comes, the server answers below 500, every
 * API error has the documented shape {@code {title, status, type, details}}, every response carries the security
 * headers, and nothing stored changes.
 */
class AbuseTests {

  static final String JSON_TYPE = "application/json";
  static final String FORM_TYPE = "application/x-www-form-urlencoded";

  @RegisterExtension final TestApp app = TestApp.perTest();
  final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  /** An open attempt with one answer, and a submitted attempt, both made before the run. */
  String openId;
  String openToken;
  String answeredQuestion;
  String savedAnswer;
  String submittedId;
  String submittedToken;
  String csrf;
  String session;
  final List<String> failures = new ArrayList<>();

  @BeforeEach
  void start() {
    HttpResponse<String> open = app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"patient-basics\"}");
    openId = json(open).path("attemptId").asText();
    openToken = json(open).path("token").asText();
    JsonNode question = WebAppTests.firstChoiceQuestion(json(app.send("GET", "/api/v1/attempts/" + openId, openToken,
        null)));
    answeredQuestion = question.path("id").asText();
    savedAnswer = "{\"selected\": [\"" + question.path("options").get(0).path("id").asText() + "\"]}";
    assertThat(app.send("PUT", "/api/v1/attempts/" + openId + "/answers/" + answeredQuestion, openToken, savedAnswer)
        .statusCode()).isEqualTo(200);
    HttpResponse<String> other = app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"patient-basics\"}");
    submittedId = json(other).path("attemptId").asText();
    submittedToken = json(other).path("token").asText();
    assertThat(app.send("POST", "/api/v1/attempts/" + submittedId + "/submit", submittedToken, null).statusCode())
        .isEqualTo(200);
    csrf = TestApp.csrf(app.get("/instructor/login").body());
    HttpResponse<String> login = app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD));
    session = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("cq_session="))
        .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
  }

  /** The status code of a request written as raw bytes, or -1 when the server closed without a status line. */
  int raw(String request) {
    String text = app.raw(request);
    return text.length() >= 12 ? Integer.parseInt(text.substring(9, 12)) : -1;
  }

  /** Every row of every table, as text, in a fixed order. */
  List<String> stored() throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement()) {
      for (String table : List.of("attempt", "answer", "attempt_mark", "instructor_session")) {
        try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
          ResultSetMetaData meta = r.getMetaData();
          while (r.next()) {
            StringBuilder row = new StringBuilder(table);
            for (int i = 1; i <= meta.getColumnCount(); i++) {
              row.append(" | ").append(meta.getColumnName(i)).append('=').append(r.getString(i));
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }

  HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.base() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Checks one response against the rules of the run, collecting every breach. */
  void check(String what, HttpResponse<String> r) {
    int status = r.statusCode();
    if (status >= 500) {
      failures.add(what + ": " + status + " " + r.body());
      return;
    }
    if (r.headers().firstValue("Content-Security-Policy").isEmpty()
        || r.headers().firstValue("X-Content-Type-Options").isEmpty()) {
      failures.add(what + ": " + status + " without the security headers");
    }
    String path = r.uri().getPath();
    if (status >= 400 && path != null && path.startsWith("/api/")) {
      try {
        JsonNode error = TestApp.JSON.readTree(r.body());
        List<String> fields = new ArrayList<>();
        error.fieldNames().forEachRemaining(fields::add);
        if (!fields.equals(List.of("title", "status", "type", "details")) || error.path("status").asInt() != status
            || error.path("details").asText().isBlank()) {
          failures.add(what + ": error not in the documented shape: " + r.body());
        }
      } catch (IOException e) {
        failures.add(what + ": " + status + " body is not JSON: " + r.body());
      }
    }
  }

  void api(String what, String method, String path, String token, String contentType, String body) {
    check(what, token == null ? send(method, path, contentType, body)
        : send(method, path, contentType, body, "Authorization", "Bearer " + token));
  }


  @Test
  void noAbuseGetsA5xxOrChangesWhatIsStored() throws SQLException {
    List<String> before = stored();
    String answers = "/api/v1/attempts/" + openId + "/answers/";
    String answer = answers + answeredQuestion;
    String big = "{\"quiz\": \"" + "x".repeat(100 * 1024) + "\"}";

    // oversized bodies
    api("oversized start", "POST", "/api/v1/attempts", null, JSON_TYPE, big);
    api("oversized answer", "PUT", answer, openToken, JSON_TYPE, big);
    check("oversized form", send("POST", "/instructor/login", FORM_TYPE, "password=" + "x".repeat(100 * 1024)));
    // wrong types and broken JSON
    for (String body : List.of("", "null", "[]", "3", "\"quiz\"", "{", "{\"quiz\": 3}", "{\"quiz\": null}",
        "{\"quiz\": [\"patient-basics\"]}", "{\"quiz\": \"staff-certification\"}",
        "{\"quiz\": \"staff-certification\", \"learner\": {\"a\": 1}}", "{\"quiz\": \"patient-basics\"} x",
        "{\"quiz\": \"patient-basics\"}{\"quiz\": \"patient-basics\"}", "{\"quiz\": \"../../etc/passwd\"}",
        "{\"quiz\": \"\\ud800\"}", "{\"quiz\": \"patient-basics\", \"learner\": \"" + "n".repeat(500) + "\"}",
        "{\"quiz\": \"patient-basics\", \"learner\": \"a\\u0000b\"}")) {
      api("start with " + body, "POST", "/api/v1/attempts", null, JSON_TYPE, body);
    }
    api("start as XML", "POST", "/api/v1/attempts", null, "application/xml", "<quiz>patient-basics</quiz>");
    for (String body : List.of("{\"selected\": \"x\"}", "{\"selected\": [1]}", "{\"selected\": []}",
        "{\"selected\": [\"a\", \"a\"]}", "{\"text\": 5}", "{\"pairs\": []}", "{\"pairs\": {\"a\": 1}}",
        "{\"selected\": [\"x\"], \"certainty\": \"3\"}", "{\"selected\": [\"x\"], \"certainty\": 9}",
        "{\"selected\": [\"x\"]} trailing", "{\"text\": \"\\udfff\"}", "{}", "[]", "{", "\"\"")) {
      api("answer " + body, "PUT", answers + "no-such-question", openToken, JSON_TYPE, body);
      api("answer the answered question with " + body, "PUT", answer, openToken, JSON_TYPE, body);
    }
    // unknown ids, other learners' attempts, missing or wrong tokens
    api("unknown attempt", "GET", "/api/v1/attempts/AAAAAAAAAAAAAAAAAAAAAA", openToken, null, null);
    api("another learner's attempt", "GET", "/api/v1/attempts/" + submittedId, openToken, null, null);
    api("no token", "PUT", answer, null, JSON_TYPE, savedAnswer);
    api("wrong token", "PUT", answer, "x".repeat(43), JSON_TYPE, savedAnswer);
    api("huge token", "GET", "/api/v1/attempts/" + openId, "t".repeat(6000), null, null);
    api("unknown quiz statistics", "GET", "/api/v1/instructor/quizzes/nope/statistics", null, null, null);
    check("instructor API without a session", send("GET", "/api/v1/instructor/results", null, null));
    for (String query : List.of("from=-999999999-01-01", "to=+999999999-12-31", "from=x", "passed=maybe",
        "quiz=nope", "quiz=%00", "from=2026-13-01")) {
      check("results ?" + query, send("GET", "/api/v1/instructor/results?" + query, null, null, "Cookie", session));
      check("results page ?" + query, send("GET", "/instructor?" + query, null, null, "Cookie", session));
      check("CSV ?" + query, send("GET", "/instructor/results.csv?" + query, null, null, "Cookie", session));
    }
    check("unknown attempt detail", send("GET", "/instructor/attempts/nope", null, null, "Cookie", session));
    check("unknown quiz page", send("GET", "/quizzes/nope", null, null));
    check("unknown question number", send("GET", "/attempts/" + openId + "/questions/999", null, null,
        "Cookie", "cq_a_" + openId + "=" + openToken));
    check("question number not a number", send("GET", "/attempts/" + openId + "/questions/abc", null, null,
        "Cookie", "cq_a_" + openId + "=" + openToken));
    // path traversal
    for (String path : List.of("/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2fetc%2fpasswd", "/api/v1/attempts/..%2f..%2fetc%2fpasswd", "/static/app.css%00.txt",
        "/attempts/..%2F" + openId + "/result")) {
      int status = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      if (status < 400 || status >= 500) {
        failures.add("traversal " + path + ": " + status);
      }
    }
    // broken forms
    for (String path : List.of("/instructor/login", "/quizzes/patient-basics/attempts",
        "/attempts/" + openId + "/questions/1", "/attempts/" + openId + "/submit", "/instructor/logout")) {
      check("form without a token " + path, send("POST", path, FORM_TYPE, "answer=x"));
      check("form with a bad token " + path, send("POST", path, FORM_TYPE, "csrf=nope&answer=x",
          "Cookie", "cq_csrf=" + csrf));
      check("broken multipart " + path, send("POST", path, "multipart/form-data; boundary=b", "--b\r\nbroken"));
      check("form as JSON " + path, send("POST", path, JSON_TYPE, "{\"csrf\": \"" + csrf + "\"}",
          "Cookie", "cq_csrf=" + csrf));
      String badlyEncoded = "csrf=%zz&a=%e0";
      int status = raw("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + FORM_TYPE
          + "\r\nContent-Length: " + badlyEncoded.length() + "\r\nConnection: close\r\n\r\n" + badlyEncoded);
      if (status < 300 || status >= 500) {
        failures.add("bad percent-encoding " + path + ": " + status);
      }
    }
    // method confusion
    for (String method : List.of("DELETE", "PATCH", "PUT", "POST", "GET")) {
      api(method + " quizzes", method, "/api/v1/quizzes/patient-basics", null, JSON_TYPE, "{}");
      api(method + " attempt", method, "/api/v1/attempts/" + openId, openToken, JSON_TYPE, "{}");
      api(method + " result", method, "/api/v1/attempts/" + openId + "/result/x", openToken, JSON_TYPE, "{}");
    }
    api("GET submit", "GET", "/api/v1/attempts/" + openId + "/submit", openToken, null, null);
    api("DELETE answer", "DELETE", answer, openToken, null, null);
    check("PUT a page", send("PUT", "/attempts/" + openId + "/submit", FORM_TYPE, "csrf=" + csrf));
    int trace = raw("TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    if (trace < 400 || trace >= 500) {
      failures.add("TRACE: " + trace);
    }
    // replays on the submitted attempt
    api("replayed submit", "POST", "/api/v1/attempts/" + submittedId + "/submit", submittedToken, null, null);
    api("answer after submit", "PUT", "/api/v1/attempts/" + submittedId + "/answers/" + answeredQuestion,
        submittedToken, JSON_TYPE, savedAnswer);

    assertThat(failures).isEmpty();
    assertThat(stored()).as("nothing stored changed").isEqualTo(before);
  }

  @Test
  void aReplayedAnswerChangesNothingStoredNotEvenTheAttemptsTime() throws SQLException {
    List<String> before = stored();
    assertThat(before).anyMatch(row -> row.startsWith("attempt ") && row.contains("id=" + openId + " ")
        && row.contains("updated_at=") && row.contains("version="));
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> replay = app.send("PUT", "/api/v1/attempts/" + openId + "/answers/" + answeredQuestion,
          openToken, savedAnswer);
      assertThat(replay.statusCode()).isEqualTo(200);
      assertThat(json(replay).path("tries").asInt()).isEqualTo(1);
    }
    // Every row of every table, the attempt's updated_at and version included.
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aReplayedAnswerFromAPageChangesNothingStored() throws SQLException {
    String pageCsrf = TestApp.csrf(app.get("/quizzes/patient-basics").body());
    String first = app.post("/quizzes/patient-basics/attempts", Map.of("csrf", pageCsrf)).headers()
        .firstValue("Location").orElseThrow();
    String attempt = first.replace("/questions/1", "");
    java.util.regex.Pattern option = java.util.regex.Pattern.compile("name=\"selected\" value=\"([^\"]+)\"");
    for (int n = 1; n <= 10; n++) {
      java.util.regex.Matcher m = option.matcher(app.get(attempt + "/questions/" + n).body());
      if (m.find()) {
        Map<String, String> form = Map.of("csrf", pageCsrf, "selected", m.group(1));
        assertThat(app.post(attempt + "/questions/" + n, form).statusCode()).isEqualTo(303);
        List<String> before = stored();
        for (int i = 0; i < 3; i++) {
          assertThat(app.post(attempt + "/questions/" + n, form).statusCode()).isEqualTo(303);
        }
        assertThat(stored()).isEqualTo(before);
        return;
      }
    }
    throw new AssertionError("the attempt's form holds no choice question");
  }
}
