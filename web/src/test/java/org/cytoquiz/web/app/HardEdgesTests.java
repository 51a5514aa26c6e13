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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests found to break the server in an abuse run, each answered with a 4xx in the one error shape. */
class HardEdgesTests {

  static final String BROKEN_MULTIPART = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--XyZ"
      + "\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\nunterminated";

  @RegisterExtension final TestApp app = TestApp.perTest();
  final HttpClient client = HttpClient.newHttpClient();

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(app.base() + path));
  }

  static void assertApiError(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    JsonNode error = json(response);
    assertThat(error.path("status").asInt()).isEqualTo(status);
    assertThat(error.path("title").asText()).isNotBlank();
    assertThat(error.path("type").asText()).isNotBlank();
    assertThat(error.path("details").asText()).isNotBlank();
  }

  static void assertSecurityHeaders(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Content-Security-Policy")).as("CSP on " + response.statusCode())
        .isPresent();
    assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/instructor/login", "/quizzes/patient-basics/attempts", "/instructor/logout",
      "/attempts/AAAAAAAAAAAAAAAAAAAAAA/questions/1", "/attempts/AAAAAAAAAAAAAAAAAAAAAA/submit"})
  void aMalformedMultipartFormIsABadRequest(String path) {
    HttpResponse<String> response = send(request(path)
        .header("Content-Type", "multipart/form-data; boundary=XyZ")
        .POST(HttpRequest.BodyPublishers.ofString(BROKEN_MULTIPART)));
    assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
    assertSecurityHeaders(response);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/instructor/login", "/quizzes/patient-basics/attempts",
      "/attempts/AAAAAAAAAAAAAAAAAAAAAA/questions/1"})
  void aMalformedPercentEncodingInAFormIsRefusedWithA4xx(String path) {
    for (String body : new String[] {"csrf=%zz", "learner=50%", "selected=%G1&csrf=x"}) {
      HttpResponse<String> response = send(request(path)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)));
      assertThat(response.statusCode()).as(path + " " + body + ": " + response.body()).isBetween(400, 499);
      assertSecurityHeaders(response);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"/instructor?from=%zz", "/api/v1/quizzes?x=%", "/?q=%E", "/api/v1/quizzes?%zz=1"})
  void aMalformedPercentEncodingInAQueryIsNeverAServerError(String path) {
    RawResponse response = raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(response.status()).as(response.text()).isLessThan(500);
  }

  @Test
  void aMultipartFormWithoutBoundaryIsABadRequest() {
    HttpResponse<String> response = send(request("/instructor/login")
        .header("Content-Type", "multipart/form-data")
        .POST(HttpRequest.BodyPublishers.ofString("password=x")));
    assertThat(response.statusCode()).as(response.body()).isBetween(400, 499);
  }

  @ParameterizedTest
  @ValueSource(strings = {"from=-999999999-01-01", "to=+999999999-12-31", "from=0000-01-01", "to=9999-12-31x",
      "from=2026-02-30"})
  void anOutOfRangeDateInAFilterIsABadRequest(String query) {
    signIn();
    assertApiError(app.get("/api/v1/instructor/results?" + query), 400);
    assertThat(app.get("/instructor?" + query).statusCode()).isEqualTo(400);
    assertThat(app.get("/instructor/results.csv?" + query).statusCode()).isEqualTo(400);
  }

  @Test
  void jsonWithTrailingGarbageIsABadRequest() {
    assertApiError(app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"patient-basics\"} x"), 400);
    assertApiError(app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"patient-basics\"} {}"), 400);
    signIn();
    assertThat(json(app.get("/api/v1/instructor/results")).path("results")).isEmpty();
  }

  @Test
  void aLoneSurrogateInATypedAnswerIsABadRequest() {
    HttpResponse<String> started = app.send("POST", "/api/v1/attempts", null,
        "{\"quiz\": \"staff-certification\", \"learner\": \"RN 1\"}");
    String id = json(started).path("attemptId").asText();
    String token = json(started).path("token").asText();
    String typed = null;
    for (JsonNode q : json(app.send("GET", "/api/v1/attempts/" + id, token, null)).path("questions")) {
      if (q.path("kind").asText().contains("text")) {
        typed = q.path("id").asText();
      }
    }
    assertThat(typed).as("the staff quiz has a typed answer").isNotNull();
    String path = "/api/v1/attempts/" + id + "/answers/" + typed;
    HttpResponse<String> first = app.send("PUT", path, token, "{\"text\": \"IL-\\ud800\", \"certainty\": 1}");
    assertApiError(first, 400);
    assertThat(json(first).path("details").asText()).contains("surrogate").contains("$.text");
    assertApiError(app.send("PUT", path, token, "{\"text\": \"IL-\\ud800\", \"certainty\": 1}"), 400);
    assertApiError(app.send("PUT", path, token, "{\"text\": \"\\udc00IL-2\", \"certainty\": 1}"), 400);
    JsonNode attempt = json(app.send("GET", "/api/v1/attempts/" + id, token, null));
    assertThat(attempt.path("answered").asInt()).as("nothing stored").isZero();
    assertThat(app.send("PUT", path, token, "{\"text\": \"IL-2 \\ud83d\\ude00\", \"certainty\": 1}").statusCode())
        .as("a surrogate pair is valid text").isEqualTo(200);
  }

  @Test
  void fortySimultaneousWrongPasswordsAreCheckedAtMostFiveTimes() throws Exception {
    String csrf = TestApp.csrf(app.get("/instructor/login").body());
    int threads = 40;
    java.util.concurrent.CyclicBarrier barrier = new java.util.concurrent.CyclicBarrier(threads);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String body = "csrf=" + csrf + "&password=guess" + i;
        statuses.add(pool.submit(() -> {
          barrier.await();
          return send(request("/instructor/login").header("Cookie", "cq_csrf=" + csrf)
              .header("Content-Type", "application/x-www-form-urlencoded")
              .POST(HttpRequest.BodyPublishers.ofString(body))).statusCode();
        }));
      }
      java.util.Map<Integer, Integer> counts = new java.util.TreeMap<>();
      for (var status : statuses) {
        counts.merge(status.get(), 1, Integer::sum);
      }
      assertThat(counts).as("statuses").isEqualTo(java.util.Map.of(401, 5, 429, 35));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void hstsIsSentWhenCookiesAreSecure() {
    assertThat(app.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
    try (TestApp secure = TestApp.sqlite(app.directory().resolve("secure"), new WebApp.Settings(true))) {
      HttpResponse<String> page = secure.get("/");
      assertThat(page.headers().firstValue("Strict-Transport-Security")).get().asString().startsWith("max-age=");
      assertThat(secure.get("/no/such/page").headers().firstValue("Strict-Transport-Security")).isPresent();
      assertThat(secure.send("GET", "/api/v1/attempts/x", null, null).headers()
          .firstValue("Strict-Transport-Security")).isPresent();
    }
  }

  @Test
  void aTooLargeApiBodyGetsTheJsonErrorShape() {
    String big = "{\"quiz\": \"" + "x".repeat(70 * 1024) + "\"}";
    HttpResponse<String> response = app.send("POST", "/api/v1/attempts", null, big);
    assertApiError(response, 413);
    assertSecurityHeaders(response);
  }

  @Test
  void aTooLargeFormGetsAPageWithTheSecurityHeaders() {
    HttpResponse<String> response = send(request("/instructor/login")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("password=" + "x".repeat(70 * 1024))));
    assertThat(response.statusCode()).isEqualTo(413);
    assertSecurityHeaders(response);
  }


  /** A request written byte by byte, so that Jetty itself refuses it before the application sees it. */
  RawResponse raw(String head) {
    return new RawResponse(app.raw(head));
  }

  record RawResponse(String text) {
    int status() {
      return Integer.parseInt(text.substring(9, 12));
    }

    boolean hasHeader(String name) {
      return text.substring(0, text.indexOf("\r\n\r\n")).toLowerCase().contains("\r\n" + name.toLowerCase() + ":");
    }
  }

  @Test
  void jettysOwnErrorPagesCarryTheSecurityHeaders() {
    RawResponse badRequest = raw("GET / HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\nConnection: close\r\n\r\n");
    RawResponse longUri = raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    RawResponse bigHeaders = raw("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n");
    assertThat(badRequest.status()).isEqualTo(400);
    assertThat(longUri.status()).isEqualTo(414);
    assertThat(bigHeaders.status()).isEqualTo(431);
    assertThat(longUri.text()).as("Jetty's page speaks the application's language").contains("<html lang=\"en\">")
        .contains("<title>414 URI Too Long - cytoquiz</title>")
        .contains("<h1>URI Too Long</h1><p>the address is too long.</p><p><a href=\"/\">Go to the quizzes</a></p>");
    assertThat(bigHeaders.text()).contains("<p>the request's headers are too large.</p>");
    assertThat(badRequest.text()).contains("<h1>Bad Request</h1><p>the request is malformed.</p>");
    RawResponse apiHeaders = raw("GET /api/v1/quizzes HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n");
    assertThat(apiHeaders.status()).isEqualTo(431);
    assertThat(apiHeaders.text()).as("the JSON error shape on /api/").contains("\"status\":431")
        .contains("\"type\":\"bad-request\"").contains("\"details\":\"the request's headers are too large\"");
    for (RawResponse response : new RawResponse[] {badRequest, longUri, bigHeaders, apiHeaders}) {
      assertThat(response.hasHeader("Content-Security-Policy")).as(response.text()).isTrue();
      assertThat(response.hasHeader("X-Content-Type-Options")).as(response.text()).isTrue();
      assertThat(response.hasHeader("X-Frame-Options")).as(response.text()).isTrue();
    }
  }

  void signIn() {
    String csrf = TestApp.csrf(app.get("/instructor/login").body());
    assertThat(app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD)).statusCode())
        .isEqualTo(303);
  }
}
