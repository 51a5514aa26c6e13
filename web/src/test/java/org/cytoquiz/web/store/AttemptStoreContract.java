package org.cytoquiz.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.web.attempt.AttemptClosedException;
import org.cytoquiz.web.attempt.AttemptFilter;
import org.cytoquiz.web.attempt.AttemptStore;
import org.cytoquiz.web.attempt.Secrets;
import org.cytoquiz.web.attempt.StoredAnswer;
import org.cytoquiz.web.attempt.StoredAttempt;
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

  @Test
  void aCreatedAttemptCanBeFoundAgain() {
    StoredAttempt a = attempt("patient-basics", Optional.empty(), T0);
    store().create(a);
    assertThat(store().find(a.id())).contains(a);
    assertThat(store().find("no-such-attempt-xxxxx")).isEmpty();
  }

  @Test
  void savingTheSameAnswerTwiceChangesNothing() {
    StoredAttempt a = attempt("patient-basics", Optional.empty(), T0);
    store().create(a);
    StoredAnswer first = store().saveAnswer(a.id(), "q1", "{\"selected\":[\"x\"]}", OptionalInt.empty(), T0.plusSeconds(1));
    StoredAnswer again = store().saveAnswer(a.id(), "q1", "{\"selected\":[\"x\"]}", OptionalInt.empty(), T0.plusSeconds(2));
    assertThat(again).isEqualTo(first);
    assertThat(store().answers(a.id())).containsExactly(first);
    StoredAnswer changed = store().saveAnswer(a.id(), "q1", "{\"selected\":[\"y\"]}", OptionalInt.of(2), T0.plusSeconds(3));
    assertThat(changed.tries()).isEqualTo(2);
    assertThat(store().answers(a.id())).containsExactly(changed);
  }

  @Test
  void aSubmittedAttemptNoLongerChanges() {
    StoredAttempt a = attempt("staff-certification", Optional.of("Nurse A"), T0);
    store().create(a);
    store().saveAnswer(a.id(), "q1", "{\"text\":\"IL-2\"}", OptionalInt.of(3), T0);
    StoredResult result = new StoredResult(3, 60, 5, false, T0.plusSeconds(60));
    assertThat(store().submit(a.id(), result)).isTrue();
    assertThat(store().submit(a.id(), new StoredResult(60, 60, 100, true, T0.plusSeconds(61)))).isFalse();
    assertThat(store().find(a.id()).orElseThrow().result()).contains(result);
    assertThatThrownBy(() -> store().saveAnswer(a.id(), "q1", "{\"text\":\"x\"}", OptionalInt.of(1), T0))
        .isInstanceOf(AttemptClosedException.class);
    store().move(a.id(), 5, T0);
    assertThat(store().find(a.id()).orElseThrow().position()).isZero();
  }

  @Test
  void answeringAnUnknownAttemptFails() {
    assertThatThrownBy(() -> store().saveAnswer("nope", "q1", "{}", OptionalInt.empty(), T0))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void concurrentSavesAndASubmitNeverLoseOrCorruptAnAnswer() throws Exception {
    StoredAttempt a = attempt("patient-basics", Optional.empty(), T0);
    store().create(a);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String q = "q" + (i % 5);
      work.add(pool.submit(() -> store().saveAnswer(a.id(), q, "{\"selected\":[\"a\"]}", OptionalInt.empty(), T0)));
    }
    for (Future<?> f : work) {
      f.get();
    }
    pool.shutdown();
    assertThat(store().answers(a.id())).hasSize(5).allSatisfy(s -> assertThat(s.tries()).isEqualTo(1));
  }

  @Test
  void instructorsFilterByQuizDateAndOutcome() {
    StoredAttempt early = attempt("staff-certification", Optional.of("A"), T0);
    StoredAttempt late = attempt("staff-certification", Optional.of("B"), T0.plusSeconds(86_400 * 3));
    StoredAttempt other = attempt("patient-basics", Optional.empty(), T0.plusSeconds(60));
    store().create(early);
    store().create(late);
    store().create(other);
    store().submit(early.id(), new StoredResult(50, 60, 83.33, true, T0.plusSeconds(100)));
    store().submit(late.id(), new StoredResult(10, 60, 16.67, false, T0.plusSeconds(86_400 * 3 + 100)));
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

  @Test
  void submittedAttemptsComeWithTheirAnswersInOneRead() {
    StoredAttempt answered = attempt("stats-quiz", Optional.of("Nurse S"), T0);
    StoredAttempt blank = attempt("stats-quiz", Optional.of("Nurse T"), T0.plusSeconds(10));
    StoredAttempt open = attempt("stats-quiz", Optional.of("Nurse U"), T0.plusSeconds(20));
    StoredAttempt elsewhere = attempt("other-quiz", Optional.of("Nurse V"), T0.plusSeconds(30));
    for (StoredAttempt a : List.of(answered, blank, open, elsewhere)) {
      store().create(a);
    }
    StoredAnswer q1 = store().saveAnswer(answered.id(), "q1", "{\"selected\":[\"a\"]}", OptionalInt.of(3),
        T0.plusSeconds(1));
    StoredAnswer q2 = store().saveAnswer(answered.id(), "q2", "{\"text\":\"IL-2\"}", OptionalInt.empty(),
        T0.plusSeconds(2));
    store().saveAnswer(open.id(), "q1", "{\"selected\":[\"b\"]}", OptionalInt.empty(), T0.plusSeconds(21));
    StoredResult result = new StoredResult(1, 2, 50, false, T0.plusSeconds(40));
    for (StoredAttempt a : List.of(answered, blank, elsewhere)) {
      store().submit(a.id(), result);
    }
    List<org.cytoquiz.web.attempt.SubmittedAttempt> submitted = store().submitted("stats-quiz");
    assertThat(submitted).extracting(s -> s.attempt().id()).containsExactly(blank.id(), answered.id());
    assertThat(submitted.get(0).answers()).isEmpty();
    assertThat(submitted.get(1).answers()).containsExactly(q1, q2);
    assertThat(submitted.get(1).attempt().result()).contains(result);
  }
}
