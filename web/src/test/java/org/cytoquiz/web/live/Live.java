package org.cytoquiz.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cytoquiz.web.app.TestApp;

/** Test helpers for live sessions: an instructor's or a participant's own HTTP client, and event streams. */
final class Live {

  private Live() {}

  /** A browser-like client with its own cookies against one node. */
  static final class Client {
    final String base;
    final HttpClient http;

    Client(String base) {
      this(base, HttpClient.newBuilder().cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build());
    }

    private Client(String base, HttpClient http) {
      this.base = base;
      this.http = http;
    }

    /** The same browser (same cookies) talking to another node or a restarted one. */
    Client on(TestApp app) {
      return new Client(app.base(), http);
    }

    Client(TestApp app) {
      this(app.base());
    }

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    HttpResponse<String> get(String path, String token) {
      return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
          .GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
      String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
      return send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> json(String method, String path, String token, String json) {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
          "application/json").method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
      if (token != null) {
        b.header("Authorization", "Bearer " + token);
      }
      return send(b.build());
    }

    HttpResponse<String> send(HttpRequest request) {
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    /** Signs in as the instructor. */
    Client signIn() {
      String csrf = TestApp.csrf(get("/instructor/login").body());
      assertThat(post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD)).statusCode())
          .isEqualTo(303);
      return this;
    }

    /** Starts a session on a preset; its JSON. */
    JsonNode start(String preset, boolean records) {
      HttpResponse<String> r = json("POST", "/api/v1/instructor/live", null, "{\"preset\": \"" + preset
          + "\", \"recordsParticipation\": " + records + "}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      return TestApp.json(r);
    }

    /** Makes a move; the response. */
    HttpResponse<String> move(String sessionId, String move) {
      return json("POST", "/api/v1/instructor/live/" + sessionId + "/moves/" + move, null, "");
    }

    /** Makes a move that must succeed; the session's JSON after it. */
    JsonNode moved(String sessionId, String move) {
      HttpResponse<String> r = move(sessionId, move);
      assertThat(r.statusCode()).as(move + ": " + r.body()).isEqualTo(200);
      return TestApp.json(r);
    }

    /** Joins through the API; the participant's token. */
    String join(String code, String name) {
      HttpResponse<String> r = json("POST", "/api/v1/live/join", null, name == null
          ? "{\"code\": \"" + code + "\"}" : "{\"code\": \"" + code + "\", \"name\": \"" + name + "\"}");
      assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
      return TestApp.json(r).path("token").asText();
    }

    /** The session as a participant sees it through the API. */
    HttpResponse<String> state(String sessionId, String token) {
      return get("/api/v1/live/" + sessionId, token);
    }

    /** Sends an answer through the API. */
    HttpResponse<String> answer(String sessionId, String token, int question, int vote, String response) {
      return json("PUT", "/api/v1/live/" + sessionId + "/questions/" + question + "/votes/" + vote, token, response);
    }

    /** Opens a participant's event stream; its events arrive in the queue as "event\ndata". */
    BlockingQueue<String> events(String sessionId, String token) {
      BlockingQueue<String> events = new LinkedBlockingQueue<>();
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/live/s/" + sessionId + "/events"))
          .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
      http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> {
        String[] event = {""};
        r.body().forEach(line -> {
          if (line.startsWith("event:")) {
            event[0] = line.substring(6).strip();
          } else if (line.startsWith("data:")) {
            events.add(event[0] + "\n" + line.substring(5).strip());
          }
        });
      });
      return events;
    }
  }

  /** A response that picks something for the question in a participant's state JSON: the option at {@code pick}. */
  static String response(JsonNode question, int pick) {
    String kind = question.path("kind").asText();
    switch (kind) {
      case "text":
        return "{\"text\": \"answer " + pick + "\"}";
      case "matching": {
        JsonNode left = question.path("left");
        JsonNode right = question.path("right");
        StringBuilder pairs = new StringBuilder("{\"pairs\": {");
        for (int i = 0; i < left.size(); i++) {
          pairs.append(i == 0 ? "" : ", ").append('"').append(left.get(i).path("id").asText()).append("\": \"")
              .append(right.get((i + pick) % right.size()).path("id").asText()).append('"');
        }
        return pairs.append("}}").toString();
      }
      default:
        JsonNode options = question.path("options");
        return "{\"selected\": [\"" + options.get(pick % options.size()).path("id").asText() + "\"]}";
    }
  }

  /** Waits for the next state event whose revision is {@code revision}; fails after 20 s. */
  static JsonNode awaitState(BlockingQueue<String> events, long revision) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    try {
      while (System.nanoTime() < deadline) {
        String e = events.poll(200, TimeUnit.MILLISECONDS);
        if (e != null && e.startsWith("state\n")) {
          JsonNode state = parse(e.substring(6));
          if (state.path("revision").asLong() == revision) {
            return state;
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("no state event with revision " + revision + " arrived");
  }

  static JsonNode parse(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every explanation text in a revealed state, to look for in what was sent before the reveal. */
  static Stream<String> explanations(JsonNode revealed) {
    return Stream.iterate(0, i -> i < revealed.path("key").path("explanations").size(), i -> i + 1)
        .map(i -> revealed.path("key").path("explanations").get(i).path("text").asText());
  }
}
