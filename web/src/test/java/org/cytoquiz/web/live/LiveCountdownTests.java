package org.cytoquiz.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.live.Live.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.web.app.TestApp;
import org.cytoquiz.web.app.WebApp;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.JdbcAttemptStore;
import org.cytoquiz.web.app.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional countdown on each vote, on a clock the test moves, through HTTP on the real app and SQLite. */
class LiveCountdownTests {

  @TempDir
  Path dir;

  final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));

  private TestApp app() {
    return TestApp.sqlite(dir, new WebApp.Settings(false, ZoneOffset.UTC), clock);
  }

  private static JsonNode start(Live.Client instructor, String extra) {
    HttpResponse<String> r = instructor.json("POST", "/api/v1/instructor/live", null,
        "{\"preset\": \"staff-practice\"" + extra + "}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return TestApp.json(r);
  }

  /** The instructor's view of the session once its phase is {@code phase}; fails after 20 s. */
  private static JsonNode awaitPhase(Live.Client instructor, String id, String phase) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    JsonNode seen = null;
    while (System.nanoTime() < deadline) {
      seen = parse(instructor.get("/api/v1/instructor/live/" + id).body());
      if (seen.path("phase").asText().equals(phase)) {
        return seen;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the session did not reach " + phase + "; last seen " + seen);
  }

  @Test
  void theVoteClosesByItselfWhenTheClockPassesItsEnd() throws Exception {
    try (TestApp app = app()) {
      Live.Client instructor = new Live.Client(app).signIn();
      JsonNode started = start(instructor, ", \"countdownSeconds\": 30");
      assertThat(started.path("countdownSeconds").asInt()).isEqualTo(30);
      String id = started.path("sessionId").asText();
      Live.Client phones = new Live.Client(app);
      String early = phones.join(started.path("joinCode").asText(), null);
      String late = phones.join(started.path("joinCode").asText(), null);
      BlockingQueue<String> events = phones.events(id, early);
      Live.awaitState(events, 0);

      JsonNode open = instructor.moved(id, "open");
      assertThat(open.path("voteEnds").asText()).isEqualTo("2026-11-30T10:00:30Z");
      JsonNode pushed = Live.awaitState(events, 1);
      assertThat(pushed.path("voteEnds").asLong()).isEqualTo(Instant.parse("2026-11-30T10:00:30Z").toEpochMilli());
      assertThat(parse(phones.state(id, early).body()).path("voteEnds").asText()).isEqualTo("2026-11-30T10:00:30Z");
      // without script, the phone and the projector state the end time
      String page = app.get("/live/s/" + id, LivePages.participantCookie(id), early).body();
      assertThat(page).contains("Voting closes at <time datetime=\"2026-11-30T10:00:30Z\">10:00:30</time>");
      assertThat(instructor.get("/instructor/live/" + id).body()).contains("10:00:30</time>");
      JsonNode question = parse(phones.state(id, early).body()).path("question");

      clock.pass(Duration.ofSeconds(29));
      assertThat(phones.answer(id, early, 1, 1, Live.response(question, 0)).statusCode()).isEqualTo(200);
      clock.pass(Duration.ofSeconds(1));
      // at the end time no answer is taken, whether or not the close has been stored yet
      HttpResponse<String> refused = phones.answer(id, late, 1, 1, Live.response(question, 0));
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(parse(refused.body()).path("type").asText()).isEqualTo("vote-closed");

      JsonNode closed = Live.awaitState(events, 2);
      assertThat(closed.path("phase").asText()).isEqualTo("closed");
      assertThat(closed.has("voteEnds")).isFalse();
      JsonNode after = parse(instructor.get("/api/v1/instructor/live/" + id).body());
      assertThat(after.path("answered").asInt()).isEqualTo(1);
      assertThat(after.has("voteEnds")).isFalse();

      // the second vote gets its own time, counted from when it opens
      clock.pass(Duration.ofSeconds(100));
      assertThat(instructor.moved(id, "second-vote").path("voteEnds").asText()).isEqualTo("2026-11-30T10:02:40Z");
      instructor.moved(id, "close");
      assertThat(instructor.moved(id, "reveal").has("voteEnds")).isFalse();
    }
  }

  @Test
  void withoutACountdownAVoteStaysOpenHoweverLongItTakes() throws Exception {
    try (TestApp app = app()) {
      Live.Client instructor = new Live.Client(app).signIn();
      JsonNode started = start(instructor, "");
      assertThat(started.path("countdownSeconds").asInt()).isZero();
      String id = started.path("sessionId").asText();
      String token = instructor.join(started.path("joinCode").asText(), null);
      JsonNode open = instructor.moved(id, "open");
      assertThat(open.has("voteEnds")).isFalse();
      clock.pass(Duration.ofHours(2));
      JsonNode question = parse(instructor.state(id, token).body()).path("question");
      assertThat(instructor.answer(id, token, 1, 1, Live.response(question, 0)).statusCode()).isEqualTo(200);
      assertThat(app.get("/live/s/" + id, LivePages.participantCookie(id), token).body())
          .doesNotContain("Voting closes at");
      // the close runs every quarter second: a few rounds of it change nothing
      Thread.sleep(4 * LiveModule.COUNTDOWN_CHECK_MILLIS);
      assertThat(parse(instructor.get("/api/v1/instructor/live/" + id).body()).path("phase").asText())
          .isEqualTo("open");
    }
  }

  @Test
  void theEndTimeHoldsAcrossARestart() throws Exception {
    String id;
    Live.Client instructor;
    try (TestApp app = app()) {
      instructor = new Live.Client(app).signIn();
      id = start(instructor, ", \"countdownSeconds\": 45").path("sessionId").asText();
      instructor.moved(id, "open");
    }
    clock.pass(Duration.ofMinutes(1));
    try (TestApp app = app()) {
      instructor = instructor.on(app);
      JsonNode closed = awaitPhase(instructor, id, "closed");
      assertThat(closed.path("revision").asLong()).isEqualTo(2);
    }
  }

  @Test
  void countdownsOutsideTheRangeAreRefused() {
    try (TestApp app = app()) {
      Live.Client instructor = new Live.Client(app).signIn();
      for (String value : List.of("3", "-5", "1801", "2.5", "\"thirty\"")) {
        HttpResponse<String> r = instructor.json("POST", "/api/v1/instructor/live", null,
            "{\"preset\": \"staff-practice\", \"countdownSeconds\": " + value + "}");
        assertThat(r.statusCode()).as(value).isEqualTo(400);
        assertThat(r.body()).as(value).contains("seconds");
      }
      String csrf = TestApp.csrf(instructor.get("/instructor/live").body());
      HttpResponse<String> form = instructor.post("/instructor/live", java.util.Map.of("csrf", csrf, "preset",
          "staff-practice", "countdown", "soon"));
      assertThat(form.statusCode()).isEqualTo(400);
      assertThat(instructor.post("/instructor/live", java.util.Map.of("csrf", csrf, "preset", "staff-practice",
          "countdown", "20")).statusCode()).isEqualTo(303);
    }
  }

  @Test
  void nodesClosingTheSameRunOutVoteAtOnceCloseItOnce() throws Exception {
    Database database = Database.sqlite(dir);
    try {
      List<LiveService> nodes = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        JdbcAttemptStore attempts = new JdbcAttemptStore(database);
        nodes.add(new LiveService(new LiveStore(database),
            new AttemptService(BundledCourse.curriculum(), attempts, clock), clock));
      }
      ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
      try {
        for (int round = 0; round < 100; round++) {
          LiveSession s = nodes.get(0).start("instructor-" + round, "staff-practice", false, Duration.ofSeconds(10));
          nodes.get(0).move(s.id(), "instructor-" + round, LiveMove.OPEN);
          clock.pass(Duration.ofSeconds(10));
          CyclicBarrier barrier = new CyclicBarrier(nodes.size());
          List<Future<List<String>>> closes = new ArrayList<>();
          for (LiveService node : nodes) {
            closes.add(pool.submit(() -> {
              barrier.await();
              return node.closeCountdowns();
            }));
          }
          int closed = 0;
          for (Future<List<String>> f : closes) {
            closed += f.get().size();
          }
          assertThat(closed).as("round %s", round).isEqualTo(1);
          LiveSession after = nodes.get(1).session(s.id());
          assertThat(after.state().phase()).isEqualTo(LivePhase.CLOSED);
          assertThat(after.state().revision()).isEqualTo(2);
          assertThat(after.voteEnds()).isEmpty();
        }
      } finally {
        pool.shutdownNow();
      }
    } finally {
      database.close();
    }
  }
}
