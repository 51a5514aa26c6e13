package org.cytoquiz.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.quiz.delivery.AnswerLockedException;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.attempt.AttemptUpdate;
import org.cytoquiz.web.attempt.AttemptView;
import org.cytoquiz.web.attempt.StoredMark;
import org.cytoquiz.web.attempt.StoredResult;
import org.cytoquiz.web.xapi.LrsClient;
import org.cytoquiz.web.xapi.LrsStandIn;
import org.cytoquiz.web.xapi.OutboxSender;
import org.cytoquiz.web.xapi.XapiStatement;
import org.cytoquiz.web.xapi.XapiStatements;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;

/**
 * The xAPI outbox against a real database and an LRS stand-in on loopback: statements written with their change
 * reach the LRS exactly once, through an outage and across restarts, and statements of a change that did not
 * happen never reach it. Run on SQLite and on PostgreSQL.
 */
abstract class XapiOutboxContract {

  static final Curriculum KB = BundledCourse.curriculum();
  static final XapiStatements XAPI = new XapiStatements(URI.create("https://quiz.example-hospital.org/"));
  static final Clock CLOCK = Clock.systemUTC();
  static final OutboxSender.Timing FAST = new OutboxSender.Timing(Duration.ofMillis(20), Duration.ofMillis(200),
      Duration.ofMillis(20));

  /** Opens the test's database: the same one each time, as a restarted node would. */
  abstract Database open();

  static AttemptService service(Database database) {
    return new AttemptService(KB, new JdbcAttemptStore(database), CLOCK, XAPI);
  }

  static OutboxSender sender(Database database, LrsStandIn lrs) {
    return new OutboxSender(new JdbcXapiOutbox(database, CLOCK), new LrsClient(lrs.settings(), Duration.ofSeconds(5)),
        FAST);
  }

  /** Takes {@code count} whole attempts at the patient quiz (answered with the key, submitted); their ids. */
  static List<String> takeAttempts(AttemptService service, int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      AttemptService.Started started = service.start("patient-basics", Optional.empty());
      AttemptView view = service.open(started.attemptId(), started.token());
      for (Question q : view.questions()) {
        service.answer(started.attemptId(), started.token(), q.id(), q.key(), OptionalInt.empty());
      }
      service.submit(started.attemptId(), started.token());
      ids.add(started.attemptId());
    }
    return ids;
  }

  /** Every statement of these attempts, attempt by attempt, each in the order it was made. */
  static List<XapiStatement> statements(Database database, List<String> attemptIds) {
    JdbcAttemptStore store = new JdbcAttemptStore(database);
    List<XapiStatement> all = new ArrayList<>();
    attemptIds.forEach(id -> all.addAll(store.statements(id)));
    return all;
  }

  /** Waits (at most a minute, a bound for a stuck sender rather than a speed check) until nothing is unsent. */
  static void awaitEmptyOutbox(Database database) throws InterruptedException {
    JdbcXapiOutbox outbox = new JdbcXapiOutbox(database, CLOCK);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (outbox.backlog().unsent() > 0) {
      assertThat(System.nanoTime()).as("the outbox empties: %s", outbox.backlog()).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** The LRS holds exactly these statements, each delivered once, each attempt's in the order made. */
  static void assertDeliveredOnce(LrsStandIn lrs, List<XapiStatement> statements) {
    Map<String, String> stored = lrs.stored();
    assertThat(lrs.refusals()).isEmpty();
    assertThat(lrs.duplicates()).as("statements sent twice").isZero();
    assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(
        statements.stream().map(s -> s.id().toString()).toList());
    for (XapiStatement statement : statements) {
      assertThat(stored.get(statement.id().toString())).isEqualTo(statement.json());
    }
  }

  @Test
  void everyStatementReachesTheLrsExactlyOnceAfterAnOutage() throws Exception {
    try (Database database = open(); LrsStandIn lrs = LrsStandIn.start(7)) {
      List<String> attempts = takeAttempts(service(database), 3);
      List<XapiStatement> statements = statements(database, attempts);
      assertThat(statements).hasSize(3 * 12); // initialized, 10 answered, completed
      try (OutboxSender sender = sender(database, lrs)) {
        sender.start();
        awaitEmptyOutbox(database);
      }
      assertDeliveredOnce(lrs, statements);
      assertThat(lrs.requests()).as("7 refused while down, then one each").isEqualTo(7 + statements.size());
      // One sender delivers in the order statements were made: each attempt's in its own order.
      List<String> order = new ArrayList<>(lrs.stored().keySet());
      for (String attempt : attempts) {
        List<String> own = statements.stream().filter(s -> s.attemptId().equals(attempt))
            .map(s -> s.id().toString()).toList();
        assertThat(order.stream().filter(own::contains).toList()).isEqualTo(own);
      }
      assertThat(new JdbcXapiOutbox(database, CLOCK).backlog().lastError()).isEmpty();
    }
  }

  @Test
  void aRestartBetweenWriteAndSendLosesNothingAndSendsNothingTwice() throws Exception {
    List<String> attempts;
    try (Database database = open()) {
      attempts = new ArrayList<>(takeAttempts(service(database), 2)); // written, no LRS configured yet
    }
    try (LrsStandIn lrs = LrsStandIn.start(2)) {
      try (Database database = open()) {
        attempts.addAll(takeAttempts(service(database), 2));
        lrs.delay(15); // slow enough that the restart below lands while statements are in flight
        OutboxSender sender = sender(database, lrs);
        sender.start();
        while (lrs.stored().size() < 10) {
          Thread.sleep(5);
        }
        sender.close(); // a normal stop, part way through the outbox
        assertThat(new JdbcXapiOutbox(database, CLOCK).backlog().unsent()).as("left for after the restart")
            .isPositive();
      }
      lrs.delay(0);
      try (Database database = open(); OutboxSender sender = sender(database, lrs)) {
        sender.start();
        awaitEmptyOutbox(database);
        assertDeliveredOnce(lrs, statements(database, attempts));
      }
    }
  }

  @Test
  void aChangeThatRollsBackLeavesNoStatementToSend() throws Exception {
    try (Database database = open(); LrsStandIn lrs = LrsStandIn.start(0)) {
      List<String> attempts = takeAttempts(service(database), 1);
      AttemptService service = service(database);
      AttemptService.Started open = service.start("patient-basics", Optional.empty());
      JdbcAttemptStore store = new JdbcAttemptStore(database);
      long version = store.find(open.attemptId()).orElseThrow().version();
      XapiStatement orphan = new XapiStatement(UUID.randomUUID(), open.attemptId(), Instant.now(),
          "{\"id\":\"never\"}");
      XapiStatement lost = new XapiStatement(UUID.randomUUID(), open.attemptId(), Instant.now(),
          "{\"id\":\"lost\"}");
      // A submit whose marks break the schema (two marks numbered 1): the whole transaction rolls back.
      StoredResult result = new StoredResult(1, 10, 10, true, Instant.now(), Optional.empty(), OptionalInt.empty());
      StoredMark mark = new StoredMark(1, "q", Optional.empty(), OptionalInt.empty(), 0, 1, 0, "{}");
      assertThatThrownBy(() -> store.update(new AttemptUpdate(open.attemptId(), version, 0, Instant.now(),
          List.of(), Optional.of(result), List.of(mark, mark), List.of(orphan)))).isInstanceOf(StoreException.class);
      // A change that lost the compare-and-set writes nothing, its statements included.
      assertThat(store.update(new AttemptUpdate(open.attemptId(), version + 5, 0, Instant.now(), List.of(),
          Optional.empty(), List.of(), List.of(lost)))).isFalse();
      List<XapiStatement> kept = store.statements(open.attemptId());
      assertThat(kept).hasSize(1).extracting(XapiStatement::id).doesNotContain(orphan.id(), lost.id());
      assertThat(store.find(open.attemptId()).orElseThrow().version()).isEqualTo(version);

      List<XapiStatement> expected = new ArrayList<>(statements(database, attempts));
      expected.addAll(kept);
      try (OutboxSender sender = sender(database, lrs)) {
        sender.start();
        awaitEmptyOutbox(database);
      }
      assertDeliveredOnce(lrs, expected);
    }
  }

  @Test
  void racingAnswersStoreTheStatementsOfTheWinnerOnly() throws Exception {
    try (Database database = open()) {
      AttemptService service = service(database);
      JdbcAttemptStore store = new JdbcAttemptStore(database);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        for (int round = 0; round < 40; round++) {
          // Immediate feedback: the first answer to a question counts; every other, different answer is refused.
          AttemptService.Started started = service.start("staff-practice", Optional.of("RN " + round));
          AttemptView view = service.open(started.attemptId(), started.token());
          Question question = view.questions().stream()
              .max(java.util.Comparator.comparingInt(q -> q.options().size())).orElseThrow();
          int threads = Math.min(4, question.options().size());
          assertThat(threads).as("a choice question on the form").isGreaterThanOrEqualTo(2);
          CyclicBarrier barrier = new CyclicBarrier(threads);
          List<Future<Boolean>> saves = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            Option option = question.options().get(t);
            saves.add(pool.submit(() -> {
              barrier.await();
              try {
                service.answer(started.attemptId(), started.token(), question.id(),
                    new Response.Choice(List.of(option.id())), OptionalInt.empty());
                return true;
              } catch (AnswerLockedException e) {
                return false;
              }
            }));
          }
          int won = 0;
          for (Future<Boolean> save : saves) {
            won += save.get(1, TimeUnit.MINUTES) ? 1 : 0;
          }
          assertThat(won).isEqualTo(1);
          List<XapiStatement> kept = store.statements(started.attemptId());
          assertThat(kept).as("initialized, and one answered").hasSize(2);
          String response = new com.fasterxml.jackson.databind.ObjectMapper().readTree(kept.get(1).json())
              .at("/result/response").asText();
          String saved = store.answers(started.attemptId()).get(0).response();
          assertThat(saved).contains("\"" + response + "\"");
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
