package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent commands on one attempt, over HTTP against the real application: many requests released together by
 * a barrier, hundreds of rounds. They must behave as if run one at a time.
 */
abstract class AttemptRaceContract {

  static final int THREADS = 4;

  TestApp app;
  ExecutorService pool;

  abstract TestApp open();

  /** How many rounds each race runs. */
  abstract int rounds();

  @BeforeEach
  void start() {
    app = open();
    pool = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
    app.close();
  }

  record Attempt(String id, String token, JsonNode body) {
    String path() {
      return "/api/v1/attempts/" + id;
    }
  }

  Attempt startAttempt(String body) {
    HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    String id = json(r).path("attemptId").asText();
    String token = json(r).path("token").asText();
    return new Attempt(id, token, json(app.send("GET", "/api/v1/attempts/" + id, token, null)));
  }

  /** The choice questions of an attempt that have at least {@code options} options. */
  static List<JsonNode> choiceQuestions(JsonNode attempt, int options) {
    List<JsonNode> found = new ArrayList<>();
    for (JsonNode q : attempt.path("questions")) {
      if (q.path("options").size() >= options && !q.path("kind").asText().equals("multiple-response")) {
        found.add(q);
      }
    }
    return found;
  }

  static String pick(JsonNode question, int option) {
    return "{\"selected\": [\"" + question.path("options").get(option).path("id").asText() + "\"]}";
  }

  /** Runs {@code tasks} at once, released together by a barrier, and returns their results in order. */
  <T> List<T> together(List<Callable<T>> tasks) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(tasks.size());
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(pool.submit(() -> {
        barrier.await();
        return task.call();
      }));
    }
    List<T> results = new ArrayList<>();
    for (Future<T> f : futures) {
      results.add(f.get());
    }
    return results;
  }

  @Test
  void twoTabsAnsweringAnImmediateFeedbackQuestionAtOnceGetExactlyOneMarked() throws Exception {
    for (int round = 0; round < rounds(); round++) {
      Attempt a = startAttempt("{\"quiz\": \"staff-practice\", \"learner\": \"RN " + round + "\"}");
      JsonNode q = choiceQuestions(a.body(), 2).get(0);
      String path = a.path() + "/answers/" + q.path("id").asText();
      int tabs = Math.min(THREADS, q.path("options").size());
      List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
      for (int t = 0; t < tabs; t++) {
        String body = pick(q, t);
        tasks.add(() -> app.send("PUT", path, a.token(), body));
      }
      List<HttpResponse<String>> replies = together(tasks);
      List<Integer> statuses = replies.stream().map(HttpResponse::statusCode).toList();
      assertThat(statuses).as("round %s", round).containsOnly(200, 409).containsOnlyOnce(200);
      int winner = statuses.indexOf(200);
      assertThat(json(replies.get(winner)).path("feedback").isObject()).isTrue();
      replies.stream().filter(r -> r.statusCode() == 409)
          .forEach(r -> assertThat(json(r).path("type").asText()).isEqualTo("answer-locked"));
      JsonNode stored = storedQuestion(a, q.path("id").asText());
      assertThat(stored.path("answer").path("selected").get(0).asText())
          .isEqualTo(q.path("options").get(winner).path("id").asText());
    }
  }

  JsonNode storedQuestion(Attempt a, String questionId) {
    for (JsonNode q : json(app.send("GET", a.path(), a.token(), null)).path("questions")) {
      if (q.path("id").asText().equals(questionId)) {
        return q;
      }
    }
    throw new AssertionError("no question " + questionId);
  }

  @Test
  void anAnswerSavedAtTheInstantOfSubmitIsEitherInTheStoredScoreOrRefused() throws Exception {
    for (int round = 0; round < rounds(); round++) {
      Attempt a = startAttempt("{\"quiz\": \"patient-basics\"}");
      List<JsonNode> questions = choiceQuestions(a.body(), 2);
      int saves = Math.min(THREADS - 1, questions.size());
      List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
      tasks.add(() -> app.send("POST", a.path() + "/submit", a.token(), null));
      for (int s = 0; s < saves; s++) {
        JsonNode q = questions.get(s);
        // Half the saves pick the first option, half the second, so some earn marks and some do not.
        String body = pick(q, (round + s) % 2);
        tasks.add(() -> app.send("PUT", a.path() + "/answers/" + q.path("id").asText(), a.token(), body));
      }
      List<HttpResponse<String>> replies = together(tasks);
      assertThat(replies.get(0).statusCode()).isEqualTo(200);
      JsonNode submitted = json(replies.get(0));
      JsonNode result = json(app.send("GET", a.path() + "/result", a.token(), null));
      assertThat(result).as("the submit reply is the stored result").isEqualTo(submitted);
      Map<String, JsonNode> byId = new HashMap<>();
      result.path("questions").forEach(q -> byId.put(q.path("id").asText(), q));
      double sum = 0;
      for (JsonNode q : result.path("questions")) {
        sum += q.path("points").asDouble();
      }
      assertThat(result.path("score").asDouble()).isEqualTo(sum);
      for (int s = 0; s < saves; s++) {
        HttpResponse<String> reply = replies.get(s + 1);
        JsonNode marked = byId.get(questions.get(s).path("id").asText());
        assertThat(reply.statusCode()).as("round %s save %s", round, s).isIn(200, 409);
        if (reply.statusCode() == 200) {
          assertThat(marked.path("response").isObject()).as("an acknowledged answer is in the stored score").isTrue();
        } else {
          assertThat(json(reply).path("type").asText()).isEqualTo("attempt-closed");
          assertThat(marked.path("response").isNull()).as("a refused answer is not in the stored score").isTrue();
        }
      }
      HttpResponse<String> page = app.get("/attempts/" + a.id() + "/result",
          org.cytoquiz.web.http.Web.attemptCookie(a.id()), a.token());
      assertThat(page.body()).as("the result page shows the stored score")
          .contains("<p class=\"big\">" + org.cytoquiz.web.pages.Views.format(result.path("percent").asDouble())
              + "%</p>");
    }
  }

  @Test
  void aDoubleSubmitStoresOnceAndEveryReplyShowsTheSameStoredResult() throws Exception {
    for (int round = 0; round < rounds(); round++) {
      Attempt a = startAttempt("{\"quiz\": \"patient-basics\"}");
      JsonNode q = choiceQuestions(a.body(), 2).get(0);
      assertThat(app.send("PUT", a.path() + "/answers/" + q.path("id").asText(), a.token(), pick(q, round % 2))
          .statusCode()).isEqualTo(200);
      List<Callable<HttpResponse<String>>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        tasks.add(() -> app.send("POST", a.path() + "/submit", a.token(), null));
      }
      List<HttpResponse<String>> replies = together(tasks);
      String stored = app.send("GET", a.path() + "/result", a.token(), null).body();
      for (HttpResponse<String> reply : replies) {
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo(stored);
      }
    }
  }
}
