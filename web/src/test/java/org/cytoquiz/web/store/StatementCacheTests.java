package org.cytoquiz.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTests {

  @TempDir
  Path dir;

  private static int one(StatementCache cache, Connection c, int value) throws SQLException {
    return cache.with(c, "SELECT ? + 0", s -> {
      s.setInt(1, value);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getInt(1);
      }
    });
  }

  @Test
  void aStatementIsPreparedOncePerConnectionAndGivesEachUseItsOwnParameters() throws SQLException {
    StatementCache cache = new StatementCache();
    try (Database db = Database.sqlite(dir); Connection c = db.dataSource().getConnection()) {
      PreparedStatement[] seen = new PreparedStatement[2];
      for (int i = 0; i < 2; i++) {
        int index = i;
        cache.with(c, "SELECT 1", s -> seen[index] = s);
      }
      assertThat(seen[0]).isSameAs(seen[1]);
      assertThat(one(cache, c, 7)).isEqualTo(7);
      assertThat(one(cache, c, 8)).isEqualTo(8);
      // Parameters do not leak from one use to the next: an unbound parameter is NULL.
      Object unbound = cache.with(c, "SELECT ? + 0", s -> {
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getObject(1);
        }
      });
      assertThat(unbound).isNull();
    }
  }

  @Test
  void aStatementWhoseUseFailedIsClosedAndPreparedAfresh() throws SQLException {
    StatementCache cache = new StatementCache();
    try (Database db = Database.sqlite(dir); Connection c = db.dataSource().getConnection()) {
      PreparedStatement[] first = new PreparedStatement[1];
      assertThatThrownBy(() -> cache.with(c, "SELECT ? + 0", s -> {
        first[0] = s;
        throw new SQLException("the work failed");
      })).hasMessage("the work failed");
      assertThat(first[0].isClosed()).isTrue();
      assertThat(one(cache, c, 3)).isEqualTo(3);
    }
  }

  @Test
  void theStatementsOfClosedConnectionsAreDropped() throws SQLException {
    StatementCache cache = new StatementCache();
    try (Database db = Database.sqlite(dir)) {
      for (int i = 0; i < 20; i++) {
        // A connection of its own each time, closed after use, as the pool does when it retires one.
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("cytoquiz.db"))) {
          assertThat(one(cache, c, i)).isEqualTo(i);
        }
      }
      assertThat(cache.connections()).isEqualTo(1);
    }
  }
}
