package org.cytoquiz.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import org.cytoquiz.web.attempt.AttemptRecord;
import org.cytoquiz.web.attempt.StoredAnswer;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.attempt.StoredResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite store's writes under group commit, through the store itself: many writers released together save
 * answers (compare-and-set on the attempt's version, as the attempt service writes) while half the attempts are
 * submitted under them, so refused saves share transactions with accepted ones.
 * After reopening the file, each attempt holds exactly the answers whose saves were acknowledged.
 */
@Timeout(120)
class SqliteGroupCommitStoreTests {

  private static final int THREADS = 16;
  private static final int ATTEMPTS = 8;
  private static final int ROUNDS = 150;
  private static final int SUBMIT_ROUND = ROUNDS / 2;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedSaveIsThereAfterReopeningAndNoRefusedOneIs() throws Exception {
    List<StoredAttempt> attempts = new ArrayList<>();
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    Set<String> refused = ConcurrentHashMap.newKeySet();
    Map<String, StoredResult> submitted = new ConcurrentHashMap<>();
    List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    try (Database database = Database.sqlite(dir)) {
      JdbcAttemptStore store = new JdbcAttemptStore(database);
      for (int i = 0; i < ATTEMPTS; i++) {
        StoredAttempt a = AttemptStoreContract.attempt("staff-certification", Optional.of("writer " + i),
            AttemptStoreContract.T0);
        store.create(a);
        attempts.add(a);
      }
      CyclicBarrier barrier = new CyclicBarrier(THREADS);
      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        threads.add(new Thread(() -> {
          StoredAttempt mine = attempts.get(thread % ATTEMPTS);
          for (int round = 0; round < ROUNDS; round++) {
            String question = "q" + round + "-" + thread;
            try {
              barrier.await();
              if (round == SUBMIT_ROUND && thread < ATTEMPTS / 2) {
                StoredResult result = new StoredResult(thread, 60, thread * 100.0 / 60, false,
                    AttemptStoreContract.T0.plusSeconds(round));
                // Compare-and-set as the attempt service does it: reload and try again when another write won.
                while (true) {
                  StoredAttempt now = store.load(mine.id()).orElseThrow().attempt();
                  if (store.update(AttemptStoreContract.submit(now, now.version(), result, List.of()))) {
                    break;
                  }
                }
                submitted.put(mine.id(), result);
              }
              boolean saved = false;
              while (true) {
                AttemptRecord now = store.load(mine.id()).orElseThrow();
                if (now.attempt().submitted()) {
                  break;
                }
                if (store.update(AttemptStoreContract.save(now.attempt(), now.attempt().version(),
                    AttemptStoreContract.answer(question, "{\"selected\":[\"" + question + "\"]}", 1,
                        AttemptStoreContract.T0.plusSeconds(round))))) {
                  saved = true;
                  break;
                }
              }
              (saved ? acknowledged : refused).add(mine.id() + "/" + question);
            } catch (Throwable e) {
              unexpected.add(e);
            }
          }
        }, "store-writer-" + t));
      }
      threads.forEach(Thread::start);
      for (Thread thread : threads) {
        thread.join();
      }
    }

    assertThat(unexpected).isEmpty();
    assertThat(refused).as("saves to submitted attempts were refused").isNotEmpty();
    assertThat(acknowledged.size() + refused.size()).isEqualTo(THREADS * ROUNDS);
    try (Database reopened = Database.sqlite(dir)) {
      JdbcAttemptStore store = new JdbcAttemptStore(reopened);
      Map<String, Set<String>> stored = new HashMap<>();
      for (StoredAttempt a : attempts) {
        stored.put(a.id(), store.answers(a.id()).stream().map(StoredAnswer::questionId)
            .map(q -> a.id() + "/" + q).collect(Collectors.toSet()));
        assertThat(store.find(a.id()).orElseThrow().result()).isEqualTo(Optional.ofNullable(submitted.get(a.id())));
      }
      assertThat(stored.values().stream().flatMap(Set::stream).collect(Collectors.toSet())).isEqualTo(acknowledged);
    }
  }
}
