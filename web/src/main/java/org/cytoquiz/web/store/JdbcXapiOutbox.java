package org.cytoquiz.web.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import org.cytoquiz.web.xapi.XapiOutbox;
import org.cytoquiz.web.xapi.XapiStatement;

/**
 * The xAPI outbox in the attempt database (table {@code xapi_outbox}), in plain JDBC. On PostgreSQL a round
 * claims its rows with {@code FOR UPDATE SKIP LOCKED} and holds them until it commits, so several nodes on one
 * database never send the same row at once; SQLite has one node, whose single sender reads a round and marks each
 * statement sent in a short write of its own, so answers are never kept waiting on the LRS.
 */
public final class JdbcXapiOutbox implements XapiOutbox {

  private static final String ORDER = " ORDER BY created_at, attempt_id, seq";
  private static final int MAX_ERROR = 600;

  private final DataSource dataSource;
  private final boolean sqlite;
  private final Clock clock;

  /** The outbox of {@code database}, reading time from {@code clock}. */
  public JdbcXapiOutbox(Database database, Clock clock) {
    this.dataSource = database.dataSource();
    this.sqlite = database.isSqlite();
    this.clock = clock;
  }

  /**
   * Adds statements in the caller's transaction on {@code c}, after the attempt's earlier ones, due at once.
   *
   * @throws SQLException if a statement id is already there, or the attempt is unknown
   */
  static void insert(Connection c, List<XapiStatement> statements) throws SQLException {
    if (statements.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO xapi_outbox (id, attempt_id, seq, created_at, "
        + "statement, sent_at, tries, next_try_at, last_error) VALUES (?, ?, "
        + "(SELECT COALESCE(MAX(seq), 0) + 1 FROM xapi_outbox WHERE attempt_id = ?), ?, ?, NULL, 0, ?, NULL)")) {
      for (XapiStatement statement : statements) {
        s.setString(1, statement.id().toString());
        s.setString(2, statement.attemptId());
        s.setString(3, statement.attemptId());
        s.setLong(4, statement.timestamp().toEpochMilli());
        s.setString(5, statement.json());
        s.setLong(6, statement.timestamp().toEpochMilli());
        // One at a time: each row's seq reads the rows inserted before it.
        s.executeUpdate();
      }
    }
  }

  /** The statements of one attempt on {@code c}, in the order they were made. */
  static List<XapiStatement> statements(Connection c, String attemptId) throws SQLException {
    List<XapiStatement> statements = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, attempt_id, created_at, statement FROM xapi_outbox "
        + "WHERE attempt_id = ? ORDER BY seq")) {
      s.setString(1, attemptId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          statements.add(new XapiStatement(UUID.fromString(r.getString("id")), r.getString("attempt_id"),
              Instant.ofEpochMilli(r.getLong("created_at")), r.getString("statement")));
        }
      }
    }
    return statements;
  }

  @Override
  public List<XapiStatement> statements(String attemptId) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return statements(c, attemptId);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  @Override
  public Round deliverDue(int max, Courier courier, IntFunction<Duration> backOff) {
    if (max < 1) {
      throw new IllegalArgumentException("a round delivers at least one statement, not " + max);
    }
    try (Connection c = dataSource.getConnection()) {
      return sqlite ? roundOnSqlite(c, max, courier, backOff) : roundOnPostgres(c, max, courier, backOff);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private List<Pending> due(Connection c, int max, String lock) throws SQLException {
    List<Pending> due = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, statement, tries FROM xapi_outbox "
        + "WHERE sent_at IS NULL AND next_try_at <= ?" + ORDER + " LIMIT ?" + lock)) {
      s.setLong(1, clock.millis());
      s.setInt(2, max);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          due.add(new Pending(UUID.fromString(r.getString("id")), r.getString("statement"), r.getInt("tries")));
        }
      }
    }
    return due;
  }

  /** One transaction: claim the due rows (skipping rows another node holds), deliver, mark, commit. */
  private Round roundOnPostgres(Connection c, int max, Courier courier, IntFunction<Duration> backOff)
      throws SQLException {
    c.setAutoCommit(false);
    try {
      Round round = deliver(c, due(c, max, " FOR UPDATE SKIP LOCKED"), courier, backOff);
      c.commit();
      return round;
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }

  /** Read the due rows, then deliver and mark each in a short write transaction of its own. */
  private Round roundOnSqlite(Connection c, int max, Courier courier, IntFunction<Duration> backOff)
      throws SQLException {
    c.setAutoCommit(true);
    return deliver(c, due(c, max, ""), courier, backOff);
  }

  private Round deliver(Connection c, List<Pending> due, Courier courier, IntFunction<Duration> backOff)
      throws SQLException {
    int delivered = 0;
    for (Pending statement : due) {
      Delivery delivery = courier.deliver(statement);
      if (delivery instanceof Delivery.Delivered) {
        mark(c, "UPDATE xapi_outbox SET sent_at = ?, tries = tries + 1, last_error = NULL WHERE id = ?",
            s -> {
              s.setLong(1, clock.millis());
              s.setString(2, statement.id().toString());
            });
        delivered++;
      } else if (delivery instanceof Delivery.Failed failed) {
        int tries = statement.tries() + 1;
        String reason = failed.reason().length() > MAX_ERROR ? failed.reason().substring(0, MAX_ERROR)
            : failed.reason();
        mark(c, "UPDATE xapi_outbox SET tries = ?, next_try_at = ?, last_error = ? WHERE id = ?", s -> {
          s.setInt(1, tries);
          s.setLong(2, clock.instant().plus(backOff.apply(tries)).toEpochMilli());
          s.setString(3, reason);
          s.setString(4, statement.id().toString());
        });
        return new Round(delivered, Optional.of(failed.reason()), tries);
      } else {
        break; // stopping: the statement stays as it was
      }
    }
    return new Round(delivered, Optional.empty(), 0);
  }

  private interface Binder {
    void bind(PreparedStatement s) throws SQLException;
  }

  /** Runs one update: inside the round's transaction on PostgreSQL, as its own committed write on SQLite. */
  private void mark(Connection c, String sql, Binder binder) throws SQLException {
    if (sqlite) {
      c.setAutoCommit(false);
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      binder.bind(s);
      s.executeUpdate();
      if (sqlite) {
        c.commit();
      }
    } catch (SQLException e) {
      if (sqlite) {
        c.rollback();
      }
      throw e;
    } finally {
      if (sqlite) {
        c.setAutoCommit(true);
      }
    }
  }

  @Override
  public Backlog backlog() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      long unsent;
      Optional<Instant> oldest = Optional.empty();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT COUNT(*), MIN(created_at) FROM xapi_outbox WHERE sent_at IS NULL");
          ResultSet r = s.executeQuery()) {
        r.next();
        unsent = r.getLong(1);
        long min = r.getLong(2);
        if (!r.wasNull()) {
          oldest = Optional.of(Instant.ofEpochMilli(min));
        }
      }
      Optional<String> error = Optional.empty();
      try (PreparedStatement s = c.prepareStatement("SELECT last_error FROM xapi_outbox WHERE sent_at IS NULL "
          + "AND last_error IS NOT NULL" + ORDER + " LIMIT 1"); ResultSet r = s.executeQuery()) {
        if (r.next()) {
          error = Optional.ofNullable(r.getString(1));
        }
      }
      return new Backlog(unsent, oldest, error);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }
}
