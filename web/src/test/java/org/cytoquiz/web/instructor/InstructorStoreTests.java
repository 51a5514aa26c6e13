package org.cytoquiz.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;
import java.util.ArrayList;
import org.cytoquiz.web.attempt.Secrets;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.JdbcAttemptStore;
import org.cytoquiz.web.store.Postgres;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Certificates and hidden attempts as stored (migration V3_3), on SQLite and on a real PostgreSQL alike. */
class InstructorStoreTests {

  @TempDir Path dir;

  Database open(String kind) {
    return kind.equals("sqlite") ? Database.sqlite(dir) : Database.open(Postgres.freshDatabase(), "postgres", null);
  }

  static String attempt(Database db) {
    String id = Secrets.random(16);
    Instant now = Instant.parse("2026-11-30T10:00:00Z");
    new JdbcAttemptStore(db).create(new StoredAttempt(id, Secrets.hash("t"), "staff-certification", 1, "v",
        Optional.of("RN 1"), 0, now, now, Optional.empty()));
    return id;
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void aCertificateKeepsOneCodeThatFindsItAgain(String kind) {
    try (Database db = open(kind)) {
      InstructorStore store = new InstructorStore(db);
      String id = attempt(db);
      assertThat(store.certificateOf(id)).isEmpty();
      InstructorStore.Issued first = store.certificate(id, Instant.parse("2026-11-30T11:00:00Z"));
      InstructorStore.Issued again = store.certificate(id, Instant.parse("2026-12-30T11:00:00Z"));
      assertThat(again).isEqualTo(first);
      assertThat(first.code()).hasSize(VerificationCode.LENGTH);
      assertThat(store.certificateByCode(first.code())).contains(first);
      assertThat(store.certificateByCode(VerificationCode.create())).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void concurrentFirstPrintsAgreeOnOneCode(String kind) throws Exception {
    try (Database db = open(kind)) {
      InstructorStore store = new InstructorStore(db);
      int threads = 6;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        for (int round = 0; round < 40; round++) {
          String id = attempt(db);
          CyclicBarrier barrier = new CyclicBarrier(threads);
          List<Future<String>> codes = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            codes.add(pool.submit(() -> {
              barrier.await(10, TimeUnit.SECONDS);
              return store.certificate(id, Instant.now()).code();
            }));
          }
          Set<String> distinct = new HashSet<>();
          for (Future<String> f : codes) {
            distinct.add(f.get(30, TimeUnit.SECONDS));
          }
          assertThat(distinct).as("round %s", round).hasSize(1);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"sqlite", "postgres"})
  void hidingIsReversibleAndEveryChangeIsRecordedWithWhoAndWhen(String kind) {
    try (Database db = open(kind)) {
      InstructorStore store = new InstructorStore(db);
      String id = attempt(db);
      Instant t1 = Instant.parse("2026-11-30T12:00:00Z");
      Instant t2 = Instant.parse("2026-11-30T13:00:00Z");
      assertThat(store.setHidden(id, true, "  Dr Who ", t1)).isTrue();
      assertThat(store.setHidden(id, true, "Someone else", t2)).as("already hidden: nothing changes").isFalse();
      assertThat(store.hidden()).containsOnlyKeys(id);
      assertThat(store.hidden().get(id)).isEqualTo(new InstructorStore.Hidden(id, "Dr Who", t1));
      assertThat(store.setHidden(id, false, "Nurse Lead", t2)).isTrue();
      assertThat(store.setHidden(id, false, "Nurse Lead", t2)).isFalse();
      assertThat(store.hidden()).isEmpty();
      assertThat(store.changes(id)).containsExactly(new InstructorStore.Change(true, "Dr Who", t1),
          new InstructorStore.Change(false, "Nurse Lead", t2));
      assertThatThrownBy(() -> store.setHidden(id, true, " ", t1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("1 to 120 characters");
      assertThatThrownBy(() -> store.setHidden(id, true, "x".repeat(121), t1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
