package org.cytoquiz.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Group commit on a real SQLite file with {@code synchronous=FULL}: many writers released together by a barrier,
 * some of whose units fail on purpose; after reopening the file, exactly the acknowledged writes are there.
 */
@Timeout(120) // a writer that is never handed its outcome would otherwise hang the build
class GroupCommitTests {

  private static final int THREADS = 16;
  private static final int ROUNDS = 150;

  @TempDir Path dir;
  Database database;

  @BeforeEach
  void open() throws SQLException {
    database = Database.sqlite(dir);
    try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE written (k TEXT PRIMARY KEY)");
    }
  }

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  /** What each kind of unit does: most write and succeed, some write and then fail in one of two ways. */
  private enum Kind { WRITE, WRITE_THEN_REFUSE, WRITE_THEN_SQL_ERROR }

  private static Kind kind(int n) {
    return switch (n % 7) {
      case 3 -> Kind.WRITE_THEN_REFUSE;
      case 5 -> Kind.WRITE_THEN_SQL_ERROR;
      default -> Kind.WRITE;
    };
  }

  private static String unit(Connection c, String key, Kind kind) throws SQLException {
    insert(c, key);
    switch (kind) {
      case WRITE_THEN_REFUSE -> throw new IllegalStateException("refused " + key);
      case WRITE_THEN_SQL_ERROR -> insert(c, key); // the primary key refuses the second row
      default -> { }
    }
    return key;
  }

  private static void insert(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO written (k) VALUES (?)")) {
      s.setString(1, key);
      s.executeUpdate();
    }
  }

  /** Runs {@code ROUNDS} rounds of {@code THREADS} writers released together; returns the acknowledged keys. */
  private static Set<String> hammer(GroupCommit commit, Set<String> refused) throws Exception {
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
    CyclicBarrier barrier = new CyclicBarrier(THREADS);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      threads.add(new Thread(() -> {
        for (int round = 0; round < ROUNDS; round++) {
          String key = round + "-" + thread;
          Kind kind = kind(round * THREADS + thread);
          try {
            barrier.await();
            String written = commit.run(c -> unit(c, key, kind));
            if (kind != Kind.WRITE) {
              unexpected.add(new AssertionError("unit " + key + " of kind " + kind + " was acknowledged"));
            }
            acknowledged.add(written);
          } catch (IllegalStateException e) {
            if (kind != Kind.WRITE_THEN_REFUSE || !e.getMessage().equals("refused " + key)) {
              unexpected.add(e);
            }
            refused.add(key);
          } catch (StoreException e) {
            if (kind != Kind.WRITE_THEN_SQL_ERROR) {
              unexpected.add(e);
            }
            refused.add(key);
          } catch (Throwable e) {
            unexpected.add(e);
          }
        }
      }, "writer-" + t));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(unexpected).isEmpty();
    return acknowledged;
  }

  private Set<String> reopenAndRead() throws SQLException {
    database.close();
    database = Database.sqlite(dir);
    Set<String> keys = new HashSet<>();
    try (Connection c = database.dataSource().getConnection();
        ResultSet r = c.createStatement().executeQuery("SELECT k FROM written")) {
      while (r.next()) {
        keys.add(r.getString(1));
      }
    }
    return keys;
  }

  @Test
  void everyAcknowledgedWriteIsThereAfterReopeningAndNoFailedOneIs() throws Exception {
    GroupCommit commit = new GroupCommit(database.dataSource(), 64);
    Set<String> refused = ConcurrentHashMap.newKeySet();

    Set<String> acknowledged = hammer(commit, refused);

    assertThat(acknowledged.size() + refused.size()).isEqualTo(THREADS * ROUNDS);
    assertThat(refused).hasSize((int) java.util.stream.IntStream.range(0, THREADS * ROUNDS)
        .filter(n -> kind(n) != Kind.WRITE).count());
    assertThat(reopenAndRead()).isEqualTo(acknowledged);
    assertThat(commit.units()).isEqualTo(THREADS * ROUNDS);
    assertThat(commit.commits()).as("writers released together share transactions").isLessThan(commit.units());
  }

  @Test
  void aFailedSharedCommitIsReplayedUnitByUnit() throws Exception {
    AtomicInteger failedCommits = new AtomicInteger();
    GroupCommit commit = new GroupCommit(failingSharedCommits(database.dataSource(), failedCommits), 64);
    Set<String> refused = ConcurrentHashMap.newKeySet();

    Set<String> acknowledged = hammer(commit, refused);

    assertThat(failedCommits).as("some transactions were shared, and their commits failed").hasPositiveValue();
    assertThat(acknowledged.size() + refused.size()).isEqualTo(THREADS * ROUNDS);
    assertThat(reopenAndRead()).isEqualTo(acknowledged);
  }

  @Test
  void aUnitThatEndsTheWholeTransactionFailsAloneAndTheOthersCommit() throws Exception {
    GroupCommit commit = new GroupCommit(database.dataSource(), 64);
    Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    List<Throwable> unexpected = new java.util.concurrent.CopyOnWriteArrayList<>();
    CyclicBarrier barrier = new CyclicBarrier(8);
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int thread = t;
      threads.add(new Thread(() -> {
        for (int round = 0; round < 40; round++) {
          String key = round + "-" + thread;
          try {
            barrier.await();
            if (thread == 0) {
              // As SQLite does on a full disk: the statement fails and the whole transaction is gone.
              assertThatThrownBy(() -> commit.run(c -> {
                insert(c, key);
                try (Statement s = c.createStatement()) {
                  s.execute("ROLLBACK");
                }
                throw new SQLException("disk full (simulated)");
              })).isInstanceOf(StoreException.class).hasMessageContaining("disk full (simulated)");
            } else {
              acknowledged.add(commit.run(c -> unit(c, key, Kind.WRITE)));
            }
          } catch (Throwable e) {
            unexpected.add(e);
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }

    assertThat(unexpected).isEmpty();
    assertThat(acknowledged).hasSize(7 * 40);
    assertThat(reopenAndRead()).isEqualTo(acknowledged);
  }

  @Test
  void aNestedUnitJoinsItsCallersTransaction() throws Exception {
    GroupCommit commit = new GroupCommit(database.dataSource(), 8);

    String result = commit.run(c -> {
      insert(c, "outer");
      assertThatThrownBy(() -> commit.run(inner -> unit(inner, "inner-refused", Kind.WRITE_THEN_REFUSE)))
          .isInstanceOf(IllegalStateException.class);
      return commit.run(inner -> unit(inner, "inner", Kind.WRITE));
    });

    assertThat(result).isEqualTo("inner");
    assertThat(reopenAndRead()).containsExactlyInAnyOrder("outer", "inner");
  }

  @Test
  void refusesAnEmptyBatchLimit() {
    assertThatThrownBy(() -> new GroupCommit(database.dataSource(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBatch");
  }

  /**
   * A data source whose connections fail to commit any transaction that held more than one savepoint (a shared
   * one), counting the failures; transactions of one unit commit normally.
   */
  private static DataSource failingSharedCommits(DataSource real, AtomicInteger failures) {
    return (DataSource) Proxy.newProxyInstance(GroupCommitTests.class.getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          if (!method.getName().equals("getConnection")) {
            return result;
          }
          Connection connection = (Connection) result;
          AtomicInteger savepoints = new AtomicInteger();
          InvocationHandler handler = (p, m, a) -> {
            switch (m.getName()) {
              case "setSavepoint" -> savepoints.incrementAndGet();
              case "commit" -> {
                if (savepoints.getAndSet(0) > 1) {
                  failures.incrementAndGet();
                  throw new SQLException("commit failed (simulated)");
                }
              }
              case "rollback" -> {
                if (a == null) {
                  savepoints.set(0);
                }
              }
              default -> { }
            }
            return invoke(connection, m, a);
          };
          return Proxy.newProxyInstance(GroupCommitTests.class.getClassLoader(),
              new Class<?>[] {Connection.class}, handler);
        });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
