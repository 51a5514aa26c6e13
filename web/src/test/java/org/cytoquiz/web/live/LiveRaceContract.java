package org.cytoquiz.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.live.Live.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cytoquiz.web.app.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Races on a live session, threads released together by a barrier, many rounds, on a real database: SQLite
 * ({@link SqliteLiveRaceTests}) and PostgreSQL ({@link PostgresLiveRaceTests}).
 */
abstract class LiveRaceContract {

  private static final int THREADS = 8;

  private TestApp app;
  private ExecutorService pool;

  /** A fresh app on the database under test. */
  abstract TestApp newApp();

  /** How many rounds each race runs (fewer where each request costs more, to keep the class near 30 s). */
  int rounds() {
    return 60;
  }

  @BeforeEach
  void start() {
    app = newApp();
    pool = Executors.newFixedThreadPool(THREADS + 1);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
    app.close();
  }

  private static <T> T await(Future<T> f) {
    try {
      return f.get();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void theSameAnswerSentManyTimesAtOnceCountsOnce() throws Exception {
    Live.Client instructor = new Live.Client(app).signIn();
    JsonNode started = instructor.start("staff-practice", false);
    String id = started.path("sessionId").asText();
    String code = started.path("joinCode").asText();
    instructor.moved(id, "open");
    String first = instructor.join(code, null);
    JsonNode question = parse(instructor.state(id, first).body()).path("question");
    String answer = Live.response(question, 0);
    int rounds = rounds();
    for (int round = 0; round < rounds; round++) {
      String token = round == 0 ? first : instructor.join(code, null);
      CyclicBarrier barrier = new CyclicBarrier(THREADS);
      List<Future<HttpResponse<String>>> sent = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        sent.add(pool.submit(() -> {
          barrier.await();
          return instructor.answer(id, token, 1, 1, answer);
        }));
      }
      int now = 0;
      for (Future<HttpResponse<String>> f : sent) {
        HttpResponse<String> r = await(f);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        now += parse(r.body()).path("counted").asText().equals("now") ? 1 : 0;
      }
      assertThat(now).as("round %s", round).isEqualTo(1);
    }
    assertThat(instructor.moved(id, "close").path("answered").asInt()).isEqualTo(rounds);
  }

  @Test
  void anAnswerRacingTheCloseIsEitherCountedOrRefusedAndNoneSlipsInAfterIt() throws Exception {
    Live.Client instructor = new Live.Client(app).signIn();
    for (int round = 0; round < rounds() / 2; round++) {
      JsonNode started = instructor.start("staff-practice", false);
      String id = started.path("sessionId").asText();
      String code = started.path("joinCode").asText();
      List<String> tokens = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        tokens.add(instructor.join(code, null));
      }
      instructor.moved(id, "open");
      String answer = Live.response(parse(instructor.state(id, tokens.get(0)).body()).path("question"), 0);
      CyclicBarrier barrier = new CyclicBarrier(THREADS + 1);
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (String token : tokens) {
        answers.add(pool.submit(() -> {
          barrier.await();
          return instructor.answer(id, token, 1, 1, answer);
        }));
      }
      Future<HttpResponse<String>> close = pool.submit(() -> {
        barrier.await();
        return instructor.move(id, "close");
      });
      HttpResponse<String> closed = await(close);
      assertThat(closed.statusCode()).isEqualTo(200);
      int atClose = parse(closed.body()).path("answered").asInt();
      int acknowledged = 0;
      for (Future<HttpResponse<String>> f : answers) {
        HttpResponse<String> r = await(f);
        assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
        if (r.statusCode() == 200) {
          acknowledged++;
        } else {
          assertThat(parse(r.body()).path("type").asText()).isEqualTo("vote-closed");
        }
      }
      int stored = parse(instructor.get("/api/v1/instructor/live/" + id).body()).path("answered").asInt();
      assertThat(stored).as("round %s", round).isEqualTo(acknowledged).isEqualTo(atClose);
    }
  }
}
