package org.cytoquiz.web.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.cytoquiz.web.attempt.AttemptFilter;
import org.cytoquiz.web.attempt.AttemptRecord;
import org.cytoquiz.web.attempt.AttemptStore;
import org.cytoquiz.web.attempt.AttemptUpdate;
import org.cytoquiz.web.attempt.StoredAnswer;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.attempt.StoredMark;
import org.cytoquiz.web.attempt.StoredResult;
import org.cytoquiz.web.attempt.SubmittedMarks;
import org.cytoquiz.web.xapi.XapiStatement;

/**
 * The attempt store on SQLite or PostgreSQL, in plain JDBC; each write is one committed transaction, and every
 * write to an attempt is a compare-and-set on its version.
 */
public final class JdbcAttemptStore implements AttemptStore {

  private static final String OPEN = "open";
  private static final String SUBMITTED = "submitted";
  private static final String COLUMNS = "id, token_hash, quiz_id, seed, fingerprint, learner, state, position, "
      + "created_at, updated_at, submitted_at, score, max_score, percent, passed, marking, pass_mark, version";
  private static final String MARK_COLUMNS = "number, question_id, response, certainty, points, max_points, fraction, "
      + "review";

  /**
   * An attempt with its answers, one row per answer (one row with no answer when it has none), answers in the order
   * {@link #answers(String)} gives them. The answer's columns do not share a name with the attempt's.
   */
  private static final String LOAD = "SELECT " + prefixed("a.", COLUMNS)
      + ", n.question_id, n.response, n.certainty, n.tries, n.saved_at FROM attempt a "
      + "LEFT JOIN answer n ON n.attempt_id = a.id WHERE a.id = ? ORDER BY n.saved_at, n.question_id";

  /** The most writes one shared SQLite transaction holds. */
  private static final int GROUP_COMMIT_MAX = 128;

  private final DataSource dataSource;
  private final Database database;
  /**
   * SQLite has one writer at a time and each commit waits for the disk: writers queue here (cheaper than
   * SQLite's busy-wait back-off) and those waiting share one transaction. Null on PostgreSQL.
   */
  private final GroupCommit groupCommit;
  /** The statements of every page and save, compiled once per connection; null on PostgreSQL (pgjdbc caches). */
  private final StatementCache statements;

  /** A store on {@code database}. */
  public JdbcAttemptStore(Database database) {
    this.dataSource = database.dataSource();
    this.database = database;
    // Writes to one attempt never interleave: each begins with a compare-and-set on its version (see update).
    this.groupCommit = database.isSqlite() ? new GroupCommit(dataSource, GROUP_COMMIT_MAX) : null;
    this.statements = database.isSqlite() ? new StatementCache() : null;
  }

  /** The database this store writes to (other stores of the same node share it). */
  public Database database() {
    return database;
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Runs {@code work} on the statement {@code sql}: a kept one on SQLite, a fresh one closed after use otherwise. */
  private <T> T with(Connection c, String sql, StatementCache.StatementWork<T> work) throws SQLException {
    if (statements != null) {
      return statements.with(c, sql, work);
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      return work.run(s);
    }
  }

  /**
   * Runs {@code work} in a committed transaction and returns once it is durable. On SQLite the transaction may
   * be shared with other writers' work (group commit, each in its own savepoint), and {@code work} may be run
   * a second time on its own if the shared commit fails: it must act only through its connection.
   */
  private <T> T transaction(Work<T> work) {
    if (groupCommit == null) {
      return inTransaction(work);
    }
    return groupCommit.run(work::run);
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
  public void create(StoredAttempt attempt, List<XapiStatement> statements, Optional<String> resumeCodeHash) {
    for (XapiStatement statement : statements) {
      if (!statement.attemptId().equals(attempt.id())) {
        throw new IllegalArgumentException("statement " + statement.id() + " reports attempt "
            + statement.attemptId() + ", not " + attempt.id());
      }
    }
    transaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO attempt (" + COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0)")) {
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
      JdbcXapiOutbox.insert(c, statements);
      if (resumeCodeHash.isPresent()) {
        try (PreparedStatement s = c.prepareStatement(
            "INSERT INTO resume_code (code_hash, attempt_id) VALUES (?, ?)")) {
          s.setString(1, resumeCodeHash.get());
          s.setString(2, attempt.id());
          s.executeUpdate();
        }
      }
      return null;
    });
  }

  @Override
  public List<XapiStatement> statements(String attemptId) {
    return read(c -> JdbcXapiOutbox.statements(c, attemptId));
  }

  @Override
  public boolean resumeCodeTaken(String resumeCodeHash) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM resume_code WHERE code_hash = ?")) {
        s.setString(1, resumeCodeHash);
        try (ResultSet r = s.executeQuery()) {
          return r.next();
        }
      }
    });
  }

  @Override
  public Optional<String> attemptOfResumeCode(String resumeCodeHash) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT a.id FROM resume_code r JOIN attempt a "
          + "ON a.id = r.attempt_id WHERE r.code_hash = ?")) {
        s.setString(1, resumeCodeHash);
        try (ResultSet r = s.executeQuery()) {
          return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
        }
      }
    });
  }

  @Override
  public Optional<StoredAttempt> find(String attemptId) {
    return read(c -> find(c, attemptId));
  }

  private Optional<StoredAttempt> find(Connection c, String attemptId) throws SQLException {
    return with(c, "SELECT " + COLUMNS + " FROM attempt WHERE id = ?", s -> {
      s.setString(1, attemptId);
      try (ResultSet r = s.executeQuery()) {
        Optional<StoredAttempt> found = r.next() ? Optional.of(attempt(r)) : Optional.empty();
        while (r.next()) {
          // read to the end (there is at most one row), so SQLite's statement finishes and holds no read snapshot
        }
        return found;
      }
    });
  }

  @Override
  public Optional<AttemptRecord> load(String attemptId) {
    return read(c -> {
      // The attempt and its answers in one statement, so one read (one snapshot) serves a page or a save.
      List<StoredAnswer> answers = new ArrayList<>();
      Optional<StoredAttempt> attempt = with(c, LOAD, s -> {
        s.setString(1, attemptId);
        Optional<StoredAttempt> found = Optional.empty();
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            if (found.isEmpty()) {
              found = Optional.of(attempt(r));
            }
            if (r.getString("question_id") != null) {
              answers.add(answer(r));
            }
          }
        }
        return found;
      });
      if (attempt.isEmpty()) {
        return Optional.empty();
      }
      List<StoredMark> marks = new ArrayList<>();
      if (attempt.get().submitted()) {
        try (PreparedStatement s = c.prepareStatement("SELECT " + MARK_COLUMNS
            + " FROM attempt_mark WHERE attempt_id = ? ORDER BY number")) {
          s.setString(1, attemptId);
          try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
              marks.add(mark(r));
            }
          }
        }
      }
      return Optional.of(new AttemptRecord(attempt.get(), answers, marks));
    });
  }

  @Override
  public List<StoredAnswer> answers(String attemptId) {
    return read(c -> answers(c, attemptId));
  }

  private static List<StoredAnswer> answers(Connection c, String attemptId) throws SQLException {
    List<StoredAnswer> answers = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT question_id, response, certainty, tries, saved_at FROM answer "
        + "WHERE attempt_id = ? ORDER BY saved_at, question_id")) {
      s.setString(1, attemptId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          answers.add(answer(r));
        }
      }
    }
    return answers;
  }

  @Override
  public boolean update(AttemptUpdate update) {
    return transaction(c -> {
      // The compare-and-set comes first: when it loses, nothing else is written and nothing needs undoing.
      String sql = update.result().isPresent()
          ? "UPDATE attempt SET version = version + 1, position = ?, updated_at = ?, state = ?, submitted_at = ?, "
              + "score = ?, max_score = ?, percent = ?, passed = ?, marking = ?, pass_mark = ? "
              + "WHERE id = ? AND version = ? AND state = ?"
          : "UPDATE attempt SET version = version + 1, position = ?, updated_at = ? "
              + "WHERE id = ? AND version = ? AND state = ?";
      boolean won = with(c, sql, s -> {
        int i = 1;
        s.setInt(i++, update.position());
        s.setLong(i++, update.updated().toEpochMilli());
        if (update.result().isPresent()) {
          StoredResult result = update.result().get();
          s.setString(i++, SUBMITTED);
          s.setLong(i++, result.submitted().toEpochMilli());
          s.setDouble(i++, result.score());
          s.setDouble(i++, result.maxScore());
          s.setDouble(i++, result.percent());
          s.setInt(i++, result.passed() ? 1 : 0);
          s.setString(i++, result.marking().orElse(null));
          if (result.passMark().isPresent()) {
            s.setInt(i++, result.passMark().getAsInt());
          } else {
            s.setNull(i++, Types.INTEGER);
          }
        }
        s.setString(i++, update.attemptId());
        s.setLong(i++, update.expectedVersion());
        s.setString(i, OPEN);
        return s.executeUpdate() == 1;
      });
      if (!won) {
        return false;
      }
      if (!update.answers().isEmpty()) {
        with(c, "INSERT INTO answer (attempt_id, question_id, response, "
            + "certainty, tries, saved_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id, question_id) DO UPDATE "
            + "SET response = excluded.response, certainty = excluded.certainty, tries = excluded.tries, "
            + "saved_at = excluded.saved_at", s -> {
          for (StoredAnswer answer : update.answers()) {
            s.setString(1, update.attemptId());
            s.setString(2, answer.questionId());
            s.setString(3, answer.response());
            setCertainty(s, 4, answer.certainty());
            s.setInt(5, answer.tries());
            s.setLong(6, answer.saved().toEpochMilli());
            s.addBatch();
          }
          s.executeBatch();
          return null;
        });
      }
      if (!update.marks().isEmpty()) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO attempt_mark (attempt_id, " + MARK_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          for (StoredMark mark : update.marks()) {
            s.setString(1, update.attemptId());
            s.setInt(2, mark.number());
            s.setString(3, mark.questionId());
            s.setString(4, mark.response().orElse(null));
            setCertainty(s, 5, mark.certainty());
            s.setDouble(6, mark.points());
            s.setDouble(7, mark.maxPoints());
            s.setDouble(8, mark.fraction());
            s.setString(9, mark.review());
            s.addBatch();
          }
          s.executeBatch();
        }
      }
      JdbcXapiOutbox.insert(c, update.statements());
      return true;
    });
  }

  private static void setCertainty(PreparedStatement s, int index, OptionalInt certainty) throws SQLException {
    if (certainty.isPresent()) {
      s.setInt(index, certainty.getAsInt());
    } else {
      s.setNull(index, Types.INTEGER);
    }
  }

  @Override
  public List<SubmittedMarks> marks(String quizId) {
    return read(c -> {
      List<SubmittedMarks> attempts = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT m.attempt_id, a.marking AS attempt_marking, "
          + prefixed("m.", MARK_COLUMNS) + " FROM attempt_mark m JOIN attempt a ON a.id = m.attempt_id "
          + "WHERE a.quiz_id = ? ORDER BY a.created_at, m.attempt_id, m.number")) {
        s.setString(1, quizId);
        try (ResultSet r = s.executeQuery()) {
          String current = null;
          Optional<String> marking = Optional.empty();
          List<StoredMark> marks = new ArrayList<>();
          while (r.next()) {
            String id = r.getString("attempt_id");
            if (!id.equals(current)) {
              if (current != null) {
                attempts.add(new SubmittedMarks(current, marking, marks));
              }
              current = id;
              marking = Optional.ofNullable(r.getString("attempt_marking"));
              marks = new ArrayList<>();
            }
            marks.add(mark(r));
          }
          if (current != null) {
            attempts.add(new SubmittedMarks(current, marking, marks));
          }
        }
      }
      return attempts;
    });
  }

  private static String prefixed(String prefix, String columns) {
    return prefix + columns.replace(", ", ", " + prefix);
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
      int passMark = r.getInt("pass_mark");
      OptionalInt pass = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(passMark);
      result = Optional.of(new StoredResult(r.getDouble("score"), r.getDouble("max_score"), r.getDouble("percent"),
          r.getInt("passed") == 1, Instant.ofEpochMilli(r.getLong("submitted_at")),
          Optional.ofNullable(r.getString("marking")), pass));
    }
    return new StoredAttempt(r.getString("id"), r.getString("token_hash"), r.getString("quiz_id"), r.getLong("seed"),
        r.getString("fingerprint"), Optional.ofNullable(r.getString("learner")), r.getInt("position"),
        Instant.ofEpochMilli(r.getLong("created_at")), Instant.ofEpochMilli(r.getLong("updated_at")), result,
        r.getLong("version"));
  }

  private static StoredMark mark(ResultSet r) throws SQLException {
    int certainty = r.getInt("certainty");
    OptionalInt c = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(certainty);
    return new StoredMark(r.getInt("number"), r.getString("question_id"), Optional.ofNullable(r.getString("response")),
        c, r.getDouble("points"), r.getDouble("max_points"), r.getDouble("fraction"), r.getString("review"));
  }

  private static StoredAnswer answer(ResultSet r) throws SQLException {
    int certainty = r.getInt("certainty");
    OptionalInt c = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(certainty);
    return new StoredAnswer(r.getString("question_id"), r.getString("response"), c, r.getInt("tries"),
        Instant.ofEpochMilli(r.getLong("saved_at")));
  }
}
