package org.cytoquiz.web.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for a database with one writer at a time (SQLite): writers that arrive while a commit is waiting
 * for the disk queue up, and the next of them runs the whole queue as one transaction with one {@code fsync}.
 *
 * <p>Each unit of work runs inside its own savepoint, so a unit that throws is rolled back alone and the others
 * of its batch still commit. Every caller returns (or throws) only after the transaction holding its unit has
 * committed (or failed), so an acknowledged write is on disk. If the shared transaction itself cannot be
 * finished (the commit fails, or a failing unit took the transaction down with it, as SQLite does on a full
 * disk), the batch is rolled back and each unit is replayed alone in its own transaction, in the same order, so
 * one unit's failure never fails the others.
 *
 * <p>Units run one at a time, in arrival order, each seeing the effects of those before it, exactly as if each
 * had its own transaction. A unit may therefore run twice (once in the batch, once on replay): it must have no
 * effect outside the connection it is given. There is no thread of its own: the first waiting caller leads.
 */
public final class GroupCommit {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  /** One unit of work on the shared connection. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Runs on {@code connection}, inside a transaction the caller must neither commit nor roll back.
     *
     * @throws SQLException when a statement fails; the unit is then rolled back alone
     */
    T run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;
  private final int maxBatch;
  private final ReentrantLock lock = new ReentrantLock();
  /**
   * Units waiting or being run; the head is the leader's batch. Guarded by {@link #lock}, held only to add or take
   * units, never while waiting: callers park on their own unit.
   */
  private final ArrayDeque<Unit<?>> queue = new ArrayDeque<>();
  /** The connection of the batch this thread is running, so that a nested unit joins it. */
  private final ThreadLocal<Connection> running = new ThreadLocal<>();
  private final AtomicLong units = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();

  /**
   * Group commit over {@code dataSource}, at most {@code maxBatch} units per transaction.
   *
   * @throws IllegalArgumentException if {@code maxBatch} is less than 1
   */
  public GroupCommit(DataSource dataSource, int maxBatch) {
    if (maxBatch < 1) {
      throw new IllegalArgumentException("maxBatch must be at least 1, not " + maxBatch);
    }
    this.dataSource = dataSource;
    this.maxBatch = maxBatch;
  }

  /**
   * Runs {@code work} in a committed transaction, possibly shared with other callers' units, and returns its
   * result once that transaction has committed.
   *
   * @throws StoreException if the database fails (the unit's own {@link SQLException}, or the commit's)
   * @throws RuntimeException whatever unchecked exception {@code work} throws, after its effects are rolled back
   */
  public <T> T run(Work<T> work) {
    Connection joined = running.get();
    if (joined != null) {
      return nested(joined, work);
    }
    Unit<T> unit = new Unit<>(work, Thread.currentThread());
    boolean lead;
    lock.lock();
    try {
      queue.addLast(unit);
      lead = queue.peekFirst() == unit;
    } finally {
      lock.unlock();
    }
    if (!lead) {
      // Parked without the lock: a waiter woken with its outcome, or to lead, goes on at once instead of queueing
      // for the lock behind the other waiters woken by the same commit.
      boolean interrupted = false;
      while (!unit.done && !unit.leads) {
        LockSupport.park(this);
        interrupted |= Thread.interrupted();
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (unit.done) {
        return unit.outcome();
      }
    }
    List<Unit<?>> batch;
    lock.lock();
    try {
      batch = new ArrayList<>(Math.min(queue.size(), maxBatch));
      for (Unit<?> waiting : queue) {
        if (batch.size() == maxBatch) {
          break;
        }
        batch.add(waiting);
      }
    } finally {
      lock.unlock();
    }
    try {
      execute(batch);
    } finally {
      Unit<?> next;
      lock.lock();
      try {
        for (int i = 0; i < batch.size(); i++) {
          queue.pollFirst(); // the batch is the head of the queue: only the leader removes units
        }
        next = queue.peekFirst();
      } finally {
        lock.unlock();
      }
      // The next leader first, so the next shared transaction starts while this batch's callers wake up.
      if (next != null) {
        next.leads = true;
        LockSupport.unpark(next.thread);
      }
      for (Unit<?> u : batch) {
        if (!u.finished) {
          u.failure = new IllegalStateException("the batch holding this write was abandoned");
        }
        u.done = true; // publishes result and failure, written before it
        if (u != unit) {
          LockSupport.unpark(u.thread);
        }
      }
    }
    return unit.outcome();
  }

  /** Units run so far (each counted once, however often replayed). */
  public long units() {
    return units.get();
  }

  /** Shared transactions committed so far (replayed units not counted). */
  public long commits() {
    return commits.get();
  }

  private void execute(List<Unit<?>> batch) {
    units.addAndGet(batch.size());
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      // No unit has run: each fails with the database's error.
      batch.forEach(u -> u.fail(e));
      batch.forEach(u -> u.finished = true);
      return;
    }
    SQLException broken;
    running.set(connection);
    try {
      connection.setAutoCommit(false);
      broken = runShared(connection, batch);
      if (broken == null) {
        if (batch.size() == 1 && batch.get(0).failure != null) {
          connection.rollback();
        } else {
          connection.commit();
          commits.incrementAndGet();
        }
        batch.forEach(u -> u.finished = true);
      }
    } catch (SQLException e) {
      broken = e;
    } finally {
      running.remove();
    }
    if (broken != null) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        broken.addSuppressed(e);
      }
    }
    closeQuietly(connection, broken, batch.stream().anyMatch(u -> u.databaseFailed));
    if (broken == null) {
      return;
    }
    if (batch.size() == 1) {
      // Nothing to replay: the one unit's failure is the transaction's.
      Unit<?> only = batch.get(0);
      if (only.failure == null) {
        only.fail(broken);
      }
      only.finished = true;
      return;
    }
    LOG.warn("a shared transaction of {} writes failed ({}); replaying each alone", batch.size(), broken.getMessage());
    for (Unit<?> u : batch) {
      replay(u);
    }
  }

  /**
   * Returns {@code connection} to the pool, or, after a failure of the transaction or a database error in one of
   * its units ({@code databaseFailed}), closes it for good: a connection whose transaction the database ended on
   * its own (SQLite does on a full disk) would otherwise come back from the pool believing a transaction is open
   * while each statement commits alone, and fail the requests that borrow it next.
   */
  private void closeQuietly(Connection connection, SQLException broken, boolean databaseFailed) {
    if ((broken != null || databaseFailed) && dataSource instanceof HikariDataSource pool) {
      try {
        pool.evictConnection(connection);
        return;
      } catch (RuntimeException e) {
        broken.addSuppressed(e);
      }
    }
    try {
      connection.close();
    } catch (SQLException e) {
      if (broken != null) {
        broken.addSuppressed(e);
      } else {
        LOG.warn("could not return a connection to the pool after its commit", e);
      }
    }
  }

  /** Runs every unit of {@code batch} in its own savepoint; returns the error that broke the transaction, if any. */
  private static SQLException runShared(Connection connection, List<Unit<?>> batch) throws SQLException {
    boolean alone = batch.size() == 1;
    for (Unit<?> u : batch) {
      Savepoint savepoint = alone ? null : connection.setSavepoint();
      try {
        u.succeed(connection);
      } catch (Throwable e) {
        u.fail(e);
        if (alone) {
          return null; // the caller rolls the transaction back
        }
        try {
          connection.rollback(savepoint);
        } catch (SQLException lost) {
          // The unit's failure ended the whole transaction (SQLite does so on a full disk or an I/O error): that
          // failure is the cause, not the rollback it made impossible ("no transaction is active").
          SQLException cause = e instanceof SQLException database ? database : new SQLException(e.toString(), e);
          cause.addSuppressed(lost);
          return cause;
        }
      }
      if (savepoint != null) {
        connection.releaseSavepoint(savepoint);
      }
    }
    return null;
  }

  /** Runs {@code unit} alone in its own transaction. */
  private void replay(Unit<?> unit) {
    unit.result = null;
    unit.failure = null;
    unit.databaseFailed = false;
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      unit.fail(e);
      unit.finished = true;
      return;
    }
    SQLException broken = null;
    running.set(connection);
    try {
      connection.setAutoCommit(false);
      try {
        unit.succeed(connection);
      } catch (Throwable e) {
        unit.fail(e);
      }
      if (unit.failure == null) {
        connection.commit();
      } else {
        connection.rollback();
      }
    } catch (SQLException e) {
      broken = e;
      if (unit.failure == null) {
        unit.fail(e);
      } else {
        unit.failure.addSuppressed(e);
      }
      try {
        connection.rollback();
      } catch (SQLException again) {
        e.addSuppressed(again);
      }
    } finally {
      running.remove();
    }
    closeQuietly(connection, broken, unit.databaseFailed);
    unit.finished = true;
  }

  private static <T> T nested(Connection connection, Work<T> work) {
    try {
      Savepoint savepoint = connection.setSavepoint();
      try {
        T result = work.run(connection);
        connection.releaseSavepoint(savepoint);
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback(savepoint);
        connection.releaseSavepoint(savepoint);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /**
   * One caller's work and, once run, its result or failure. The leader writes {@code result}, {@code failure} and
   * {@code finished} before the volatile {@code done}, which publishes them to the caller.
   */
  private static final class Unit<T> {
    final Work<T> work;
    /** The caller, parked until {@code done} or {@code leads}. */
    final Thread thread;
    T result;
    Throwable failure;
    /** Whether the leader has decided this unit's outcome. */
    boolean finished;
    /** Whether the leader has handed the outcome back. */
    volatile boolean done;
    /** Whether this unit heads the queue and its caller is to run the next batch. */
    volatile boolean leads;
    /** Whether the unit failed with a database error, after which its connection is not trusted again. */
    volatile boolean databaseFailed;

    Unit(Work<T> work, Thread thread) {
      this.work = work;
      this.thread = thread;
    }

    void succeed(Connection connection) throws SQLException {
      result = work.run(connection);
    }

    void fail(Throwable e) {
      result = null;
      databaseFailed |= e instanceof SQLException;
      failure = e instanceof SQLException s ? new StoreException(s) : e;
    }

    T outcome() {
      if (failure == null) {
        return result;
      }
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      throw new IllegalStateException("unexpected failure of a write", failure);
    }
  }
}
