package org.cytoquiz.web.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Prepared statements kept per physical connection, so that a statement run on every page or save is compiled once
 * per connection rather than once per request (sqlite-jdbc compiles on every {@code prepareStatement} and keeps no
 * cache of its own; on SQLite the compile cost more than running the statement).
 *
 * <p>A statement belongs to the connection it was prepared on and is used only by the thread that holds that
 * connection from the pool, so it is never shared between threads at once. The cache is bounded by the pool: it
 * holds the statements of connections in use or idle in the pool, and drops those of closed connections (retired
 * or evicted by the pool) whenever a new connection appears. A statement whose use failed is closed and dropped,
 * so a failure never leaves a half-run statement to the next request. Statements are keyed by their exact SQL text.
 */
final class StatementCache {

  /** Work on a statement checked out of the cache; it must close any result set it opens. */
  @FunctionalInterface
  interface StatementWork<T> {
    /** Runs on {@code statement}, whose parameters and batch are cleared. */
    T run(PreparedStatement statement) throws SQLException;
  }

  /** Statements by physical connection (compared by identity), then by SQL text. Guarded by itself. */
  private final Map<Connection, Map<String, PreparedStatement>> byConnection = new IdentityHashMap<>();

  /**
   * Runs {@code work} on the statement {@code sql} of {@code connection}'s physical connection, preparing it on the
   * first use.
   *
   * @throws SQLException whatever preparing or {@code work} throws; the statement is then closed and forgotten
   */
  <T> T with(Connection connection, String sql, StatementWork<T> work) throws SQLException {
    Connection physical = connection.unwrap(Connection.class);
    Map<String, PreparedStatement> statements = statementsOf(physical);
    PreparedStatement statement = statements.get(sql);
    if (statement == null) {
      statement = physical.prepareStatement(sql);
      statements.put(sql, statement);
    }
    try {
      statement.clearParameters();
      statement.clearBatch();
      return work.run(statement);
    } catch (SQLException | RuntimeException e) {
      statements.remove(sql);
      try {
        statement.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  /** The statements of {@code physical}, created empty on its first use (and the closed connections' dropped). */
  private Map<String, PreparedStatement> statementsOf(Connection physical) throws SQLException {
    synchronized (byConnection) {
      Map<String, PreparedStatement> statements = byConnection.get(physical);
      if (statements == null) {
        for (Iterator<Connection> it = byConnection.keySet().iterator(); it.hasNext(); ) {
          if (it.next().isClosed()) {
            it.remove(); // its statements closed with it
          }
        }
        // Only the thread holding the connection touches its map; the pool's hand-over orders those threads.
        statements = new HashMap<>();
        byConnection.put(physical, statements);
      }
      return statements;
    }
  }

  /** How many connections have statements kept (for tests). */
  int connections() {
    synchronized (byConnection) {
      return byConnection.size();
    }
  }
}
