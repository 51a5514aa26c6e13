package org.cytoquiz.web.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.cytoquiz.web.attempt.AttemptClosedException;
import org.cytoquiz.web.attempt.AttemptFilter;
import org.cytoquiz.web.attempt.AttemptStore;
import org.cytoquiz.web.attempt.StoredAnswer;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.attempt.StoredResult;
import org.cytoquiz.web.attempt.SubmittedAttempt;

/** The attempt store on SQLite or PostgreSQL, in plain JDBC; each method is one committed transaction. */
public final class JdbcAttemptStore implements AttemptStore {

  private static final String OPEN = "open";
  private static final String SUBMITTED = "submitted";
  private static final String COLUMNS = "id, token_hash, quiz_id, seed, fingerprint, learner, state, position, "
      + "created_at, updated_at, submitted_at, score, max_score, percent, passed";

  private final DataSource dataSource;
  private final String lockRow;
  /** SQLite has one writer at a time: queueing writers here is cheaper than its busy-wait back-off. */
  private final java.util.concurrent.locks.Lock writeLock;

  /** A store on {@code database}. */
  public JdbcAttemptStore(Database database) {
    this.dataSource = database.dataSource();
    // SQLite takes the write lock when the transaction begins (transaction_mode=IMMEDIATE); PostgreSQL locks
    // the attempt's row, so a save and a submit of the same attempt never interleave.
    this.lockRow = database.isSqlite() ? "" : " FOR UPDATE";
    this.writeLock = database.isSqlite() ? new java.util.concurrent.locks.ReentrantLock(true) : null;
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} in one committed transaction. */
  private <T> T transaction(Work<T> work) {
    if (writeLock == null) {
      return inTransaction(work);
    }
    writeLock.lock();
    try {
      return inTransaction(work);
    } finally {
      writeLock.unlock();
    }
  }

  /** Runs read-only {@code work} on its own connection, without taking SQLite's write lock. */
  private <T> T read(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(true);
      return work.run(connection);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      try {
        connection.setAutoCommit(false);
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        rollback(connection, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /**
   * Rolls back after {@code failure}. SQLite rolls a transaction back by itself when the disk is full, so the
   * rollback may fail ("no transaction is active"): that must not hide the real cause. After a database error the
   * connection's state is unknown, so it leaves the pool rather than fail the requests that would borrow it next.
   */
  private void rollback(Connection connection, Exception failure) {
    boolean discard = failure instanceof SQLException;
    try {
      connection.rollback();
    } catch (SQLException rollbackFailed) {
      failure.addSuppressed(rollbackFailed);
      discard = true;
    }
    if (discard && dataSource instanceof com.zaxxer.hikari.HikariDataSource pool) {
      pool.evictConnection(connection);
    }
  }

  @Override
  public void create(StoredAttempt attempt) {
    transaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO attempt (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL)")) {
        s.setString(1, attempt.id());
        s.setString(2, attempt.tokenHash());
        s.setString(3, attempt.quizId());
        s.setLong(4, attempt.seed());
        s.setString(5, attempt.fingerprint());
        s.setString(6, attempt.learner().orElse(null));
        s.setString(7, OPEN);
        s.setInt(8, attempt.position());
        s.setLong(9, attempt.created().toEpochMilli());
        s.setLong(10, attempt.updated().toEpochMilli());
        s.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public Optional<StoredAttempt> find(String attemptId) {
    return read(c -> find(c, attemptId, ""));
  }

  private Optional<StoredAttempt> find(Connection c, String attemptId, String lock) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM attempt WHERE id = ?" + lock)) {
      s.setString(1, attemptId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(attempt(r)) : Optional.empty();
      }
    }
  }

  @Override
  public StoredAnswer saveAnswer(String attemptId, String questionId, String response, OptionalInt certainty,
      Instant at) {
    return transaction(c -> {
      StoredAttempt attempt = find(c, attemptId, lockRow)
          .orElseThrow(() -> new NoSuchElementException("no attempt " + attemptId));
      if (attempt.submitted()) {
        throw new AttemptClosedException(attemptId);
      }
      Optional<StoredAnswer> earlier = answer(c, attemptId, questionId);
      if (earlier.isPresent() && earlier.get().response().equals(response)
          && earlier.get().certainty().equals(certainty)) {
        return earlier.get();
      }
      StoredAnswer saved = new StoredAnswer(questionId, response, certainty,
          earlier.map(a -> a.tries() + 1).orElse(1), at);
      String sql = earlier.isPresent()
          ? "UPDATE answer SET response = ?, certainty = ?, tries = ?, saved_at = ? WHERE attempt_id = ? AND question_id = ?"
          : "INSERT INTO answer (response, certainty, tries, saved_at, attempt_id, question_id) VALUES (?, ?, ?, ?, ?, ?)";
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setString(1, response);
        if (certainty.isPresent()) {
          s.setInt(2, certainty.getAsInt());
        } else {
          s.setNull(2, Types.INTEGER);
        }
        s.setInt(3, saved.tries());
        s.setLong(4, at.toEpochMilli());
        s.setString(5, attemptId);
        s.setString(6, questionId);
        s.executeUpdate();
      }
      touch(c, attemptId, at);
      return saved;
    });
  }

  private static Optional<StoredAnswer> answer(Connection c, String attemptId, String questionId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT question_id, response, certainty, tries, saved_at FROM answer "
        + "WHERE attempt_id = ? AND question_id = ?")) {
      s.setString(1, attemptId);
      s.setString(2, questionId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(answer(r)) : Optional.empty();
      }
    }
  }

  private static void touch(Connection c, String attemptId, Instant at) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE attempt SET updated_at = ? WHERE id = ?")) {
      s.setLong(1, at.toEpochMilli());
      s.setString(2, attemptId);
      s.executeUpdate();
    }
  }

  @Override
  public List<StoredAnswer> answers(String attemptId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT question_id, response, certainty, tries, saved_at FROM answer "
          + "WHERE attempt_id = ? ORDER BY saved_at, question_id")) {
        s.setString(1, attemptId);
        List<StoredAnswer> answers = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            answers.add(answer(r));
          }
        }
        return answers;
      }
    });
  }

  @Override
  public void move(String attemptId, int position, Instant at) {
    transaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE attempt SET position = ?, updated_at = ? WHERE id = ? AND state = ?")) {
        s.setInt(1, position);
        s.setLong(2, at.toEpochMilli());
        s.setString(3, attemptId);
        s.setString(4, OPEN);
        s.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public boolean submit(String attemptId, StoredResult result) {
    return transaction(c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE attempt SET state = ?, submitted_at = ?, updated_at = ?, "
          + "score = ?, max_score = ?, percent = ?, passed = ? WHERE id = ? AND state = ?")) {
        s.setString(1, SUBMITTED);
        s.setLong(2, result.submitted().toEpochMilli());
        s.setLong(3, result.submitted().toEpochMilli());
        s.setDouble(4, result.score());
        s.setDouble(5, result.maxScore());
        s.setDouble(6, result.percent());
        s.setInt(7, result.passed() ? 1 : 0);
        s.setString(8, attemptId);
        s.setString(9, OPEN);
        return s.executeUpdate() == 1;
      }
    });
  }

  @Override
  public List<StoredAttempt> list(AttemptFilter filter) {
    return read(c -> {
      StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM attempt WHERE 1 = 1");
      List<Object> args = new ArrayList<>();
      filter.quizId().ifPresent(q -> {
        sql.append(" AND quiz_id = ?");
        args.add(q);
      });
      filter.from().ifPresent(f -> {
        sql.append(" AND created_at >= ?");
        args.add(f.toEpochMilli());
      });
      filter.to().ifPresent(t -> {
        sql.append(" AND created_at < ?");
        args.add(t.toEpochMilli());
      });
      filter.passed().ifPresent(p -> {
        sql.append(" AND state = ? AND passed = ?");
        args.add(SUBMITTED);
        args.add(p ? 1 : 0);
      });
      sql.append(" ORDER BY created_at DESC, id LIMIT ?");
      args.add(filter.limit());
      try (PreparedStatement s = c.prepareStatement(sql.toString())) {
        for (int i = 0; i < args.size(); i++) {
          s.setObject(i + 1, args.get(i));
        }
        List<StoredAttempt> attempts = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            attempts.add(attempt(r));
          }
        }
        return attempts;
      }
    });
  }

  @Override
  public List<SubmittedAttempt> submitted(String quizId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT a.*, n.question_id, n.response, n.certainty, n.tries, "
          + "n.saved_at FROM attempt a LEFT JOIN answer n ON n.attempt_id = a.id WHERE a.quiz_id = ? AND a.state = ? "
          + "ORDER BY a.created_at DESC, a.id, n.saved_at, n.question_id")) {
        s.setString(1, quizId);
        s.setString(2, SUBMITTED);
        List<SubmittedAttempt> attempts = new ArrayList<>();
        try (ResultSet r = s.executeQuery()) {
          StoredAttempt current = null;
          List<StoredAnswer> answers = new ArrayList<>();
          while (r.next()) {
            if (current == null || !current.id().equals(r.getString("id"))) {
              if (current != null) {
                attempts.add(new SubmittedAttempt(current, answers));
              }
              current = attempt(r);
              answers = new ArrayList<>();
            }
            if (r.getString("question_id") != null) {
              answers.add(answer(r));
            }
          }
          if (current != null) {
            attempts.add(new SubmittedAttempt(current, answers));
          }
        }
        return attempts;
      }
    });
  }

  @Override
  public void createSession(String tokenHash, Instant created, Instant expires) {
    transaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO instructor_session (token_hash, created_at, expires_at) VALUES (?, ?, ?)")) {
        s.setString(1, tokenHash);
        s.setLong(2, created.toEpochMilli());
        s.setLong(3, expires.toEpochMilli());
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("DELETE FROM instructor_session WHERE expires_at < ?")) {
        s.setLong(1, created.toEpochMilli());
        s.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public boolean sessionValid(String tokenHash, Instant now) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT 1 FROM instructor_session WHERE token_hash = ? AND expires_at > ?")) {
        s.setString(1, tokenHash);
        s.setLong(2, now.toEpochMilli());
        try (ResultSet r = s.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  @Override
  public void deleteSession(String tokenHash) {
    transaction(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM instructor_session WHERE token_hash = ?")) {
        s.setString(1, tokenHash);
        s.executeUpdate();
      }
      return null;
    });
  }

  private static StoredAttempt attempt(ResultSet r) throws SQLException {
    Optional<StoredResult> result = Optional.empty();
    if (SUBMITTED.equals(r.getString("state"))) {
      result = Optional.of(new StoredResult(r.getDouble("score"), r.getDouble("max_score"), r.getDouble("percent"),
          r.getInt("passed") == 1, Instant.ofEpochMilli(r.getLong("submitted_at"))));
    }
    return new StoredAttempt(r.getString("id"), r.getString("token_hash"), r.getString("quiz_id"), r.getLong("seed"),
        r.getString("fingerprint"), Optional.ofNullable(r.getString("learner")), r.getInt("position"),
        Instant.ofEpochMilli(r.getLong("created_at")), Instant.ofEpochMilli(r.getLong("updated_at")), result);
  }

  private static StoredAnswer answer(ResultSet r) throws SQLException {
    int certainty = r.getInt("certainty");
    OptionalInt c = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(certainty);
    return new StoredAnswer(r.getString("question_id"), r.getString("response"), c, r.getInt("tries"),
        Instant.ofEpochMilli(r.getLong("saved_at")));
  }
}
