package org.cytoquiz.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cytoquiz.web.attempt.AttemptFilter;
import org.cytoquiz.web.attempt.AttemptRecord;
import org.cytoquiz.web.attempt.AttemptStore;
import org.cytoquiz.web.attempt.AttemptUpdate;
import org.cytoquiz.web.attempt.Secrets;
import org.cytoquiz.web.attempt.StoredAnswer;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.attempt.StoredMark;
import org.cytoquiz.web.attempt.StoredResult;
import org.junit.jupiter.api.Test;

/** What every attempt store must do; run against SQLite and a real PostgreSQL. */
abstract class AttemptStoreContract {

  static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

  abstract AttemptStore store();

  static StoredAttempt attempt(String quiz, Optional<String> learner, Instant created) {
    return new StoredAttempt(Secrets.random(16), Secrets.hash("token"), quiz, 2022, "fingerprint", learner, 0,
        created, created, Optional.empty());
  }

  static StoredAnswer answer(String question, String json, int tries, Instant at) {
    return new StoredAnswer(question, json, OptionalInt.empty(), tries, at);
  }

  static AttemptUpdate save(StoredAttempt a, long version, StoredAnswer answer) {
    return new AttemptUpdate(a.id(), version, 1, answer.saved(), List.of(answer), Optional.empty(), List.of());
  }

  static AttemptUpdate submit(StoredAttempt a, long version, StoredResult result, List<StoredMark> marks) {
    return new AttemptUpdate(a.id(), version, 0, result.submitted(), List.of(), Optional.of(result), marks);
  }

  static StoredMark mark(int number, String question, double points) {
    return new StoredMark(number, question, Optional.of("{\"selected\":[\"a\"]}"), OptionalInt.of(2), points, 3,
        points > 0 ? 1 : 0, "{\"question\":{\"number\":" + number + "}}");
  }

  AttemptRecord load(StoredAttempt a) {
    return store().load(a.id()).orElseThrow();
  }

  @Test
  void aCreatedAttemptCanBeFoundAgainAtVersionZero() {
    StoredAttempt a = attempt("patient-basics", Optional.empty(), T0);
    store().create(a);
    assertThat(store().find(a.id())).contains(a);
    assertThat(load(a)).isEqualTo(new AttemptRecord(a, List.of(), List.of()));
    assertThat(store().find("no-such-attempt-xxxxx")).isEmpty();
    assertThat(store().load("no-such-attempt-xxxxx")).isEmpty();
  }

  @Test
  void anUpdateAtTheExpectedVersionWritesEverythingAndMovesTheVersionOn() {
    StoredAttempt a = attempt("patient-basics", Optional.empty(), T0);
    store().create(a);
    StoredAnswer first = answer("q1", "{\"selected\":[\"x\"]}", 1, T0.plusSeconds(1));
    assertThat(store().update(save(a, 0, first))).isTrue();
    StoredAnswer changed = new StoredAnswer("q1", "{\"selected\":[\"y\"]}", OptionalInt.of(2), 2, T0.plusSeconds(3));
    assertThat(store().update(save(a, 1, changed))).isTrue();
    AttemptRecord record = load(a);
    assertThat(record.answers()).containsExactly(changed);
    assertThat(store().answers(a.id())).containsExactly(changed);
    assertThat(record.attempt().version()).isEqualTo(2);
    assertThat(record.attempt().position()).isEqualTo(1);
    assertThat(record.attempt().updated()).isEqualTo(T0.plusSeconds(3));
  }

  @Test
  void anUpdateFromAStaleVersionWritesNothing() {
    StoredAttempt a = attempt("patient-basics", Optional.empty(), T0);
    store().create(a);
    assertThat(store().update(save(a, 0, answer("q1", "{\"text\":\"a\"}", 1, T0.plusSeconds(1))))).isTrue();
    assertThat(store().update(save(a, 0, answer("q2", "{\"text\":\"b\"}", 1, T0.plusSeconds(2))))).isFalse();
    assertThat(load(a).answers()).extracting(StoredAnswer::questionId).containsExactly("q1");
    assertThat(load(a).attempt().updated()).isEqualTo(T0.plusSeconds(1));
  }

  @Test
  void aSubmitStoresTheResultAndMarksAndNothingChangesAfterIt() {
    StoredAttempt a = attempt("staff-certification", Optional.of("Nurse A"), T0);
    store().create(a);
    store().update(save(a, 0, answer("q1", "{\"selected\":[\"a\"]}", 1, T0)));
    StoredResult result = new StoredResult(3, 6, 50, false, T0.plusSeconds(60), Optional.of("partial-credit+certainty"),
        OptionalInt.of(80));
    List<StoredMark> marks = List.of(mark(1, "q1", 3), mark(2, "q2", 0));
    assertThat(store().update(submit(a, 1, result, marks))).isTrue();
    AttemptRecord record = load(a);
    assertThat(record.attempt().result()).contains(result);
    assertThat(record.marks()).containsExactlyElementsOf(marks);
    // A submitted attempt refuses every further write, even at its current version.
    assertThat(store().update(save(a, 2, answer("q2", "{\"text\":\"x\"}", 1, T0.plusSeconds(61))))).isFalse();
    assertThat(store().update(submit(a, 2, new StoredResult(6, 6, 100, true, T0.plusSeconds(62)), List.of())))
        .isFalse();
    assertThat(load(a)).isEqualTo(record);
  }

  @Test
  void theMarksOfAQuizAreReadTogetherByAttempt() {
    StoredAttempt a = attempt("staff-certification", Optional.of("A"), T0);
    StoredAttempt b = attempt("staff-certification", Optional.of("B"), T0.plusSeconds(1));
    StoredAttempt other = attempt("patient-basics", Optional.empty(), T0);
    for (StoredAttempt x : List.of(a, b, other)) {
      store().create(x);
    }
    StoredAttempt open = attempt("staff-certification", Optional.of("C"), T0.plusSeconds(2));
    store().create(open);
    store().update(submit(a, 0, new StoredResult(3, 3, 100, true, T0, Optional.of("negative"), OptionalInt.empty()),
        List.of(mark(1, "q1", 3))));
    store().update(submit(b, 0, new StoredResult(0, 6, 0, false, T0), List.of(mark(1, "q2", 0), mark(2, "q1", 0))));
    store().update(submit(other, 0, new StoredResult(3, 3, 100, true, T0), List.of(mark(1, "q9", 3))));
    var marks = store().marks("staff-certification");
    assertThat(marks).extracting(org.cytoquiz.web.attempt.SubmittedMarks::attemptId).containsExactly(a.id(), b.id());
    assertThat(marks.get(0).marking()).contains("negative");
    assertThat(marks.get(1).marking()).isEmpty();
    assertThat(marks.get(0).marks()).containsExactly(mark(1, "q1", 3));
    assertThat(marks.get(1).marks()).extracting(StoredMark::questionId).containsExactly("q2", "q1");
  }

  @Test
  void ofManyWritersReleasedTogetherFromOneVersionExactlyOneWins() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 100; round++) {
        StoredAttempt a = attempt("patient-basics", Optional.empty(), T0);
        store().create(a);
        CyclicBarrier barrier = new CyclicBarrier(threads);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          StoredAnswer answer = answer("q" + t, "{\"text\":\"" + t + "\"}", 1, T0.plusSeconds(t));
          results.add(pool.submit(() -> {
            barrier.await();
            return store().update(save(a, 0, answer));
          }));
        }
        int won = 0;
        for (Future<Boolean> f : results) {
          won += f.get() ? 1 : 0;
        }
        assertThat(won).isEqualTo(1);
        assertThat(load(a).answers()).hasSize(1);
        assertThat(load(a).attempt().version()).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void instructorsFilterByQuizDateAndOutcome() {
    StoredAttempt early = attempt("staff-certification", Optional.of("A"), T0);
    StoredAttempt late = attempt("staff-certification", Optional.of("B"), T0.plusSeconds(86_400 * 3));
    StoredAttempt other = attempt("patient-basics", Optional.empty(), T0.plusSeconds(60));
    store().create(early);
    store().create(late);
    store().create(other);
    store().update(submit(early, 0, new StoredResult(50, 60, 83.33, true, T0.plusSeconds(100)), List.of()));
    store().update(submit(late, 0, new StoredResult(10, 60, 16.67, false, T0.plusSeconds(86_400 * 3 + 100)),
        List.of()));
    var byQuiz = store().list(new AttemptFilter(Optional.of("staff-certification"), Optional.empty(), Optional.empty(),
        Optional.empty(), 100));
    assertThat(byQuiz).extracting(StoredAttempt::id).containsSubsequence(late.id(), early.id()).doesNotContain(other.id());
    var passed = store().list(new AttemptFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(true), 100));
    assertThat(passed).extracting(StoredAttempt::id).contains(early.id()).doesNotContain(late.id(), other.id());
    var firstDay = store().list(new AttemptFilter(Optional.empty(), Optional.of(T0), Optional.of(T0.plusSeconds(86_400)),
        Optional.empty(), 100));
    assertThat(firstDay).extracting(StoredAttempt::id).contains(early.id(), other.id()).doesNotContain(late.id());
  }

  @Test
  void sessionsExpireAndCanBeEnded() {
    String hash = Secrets.hash(Secrets.random(32));
    store().createSession(hash, T0, T0.plusSeconds(3600));
    assertThat(store().sessionValid(hash, T0.plusSeconds(10))).isTrue();
    assertThat(store().sessionValid(hash, T0.plusSeconds(3601))).isFalse();
    store().deleteSession(hash);
    assertThat(store().sessionValid(hash, T0.plusSeconds(10))).isFalse();
  }
}
