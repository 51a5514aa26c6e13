package org.cytoquiz.web.live;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.StoreException;

/**
 * Live sessions, participants and answers on SQLite or PostgreSQL, in plain JDBC. Every write is one committed
 * transaction before the caller acknowledges it. A move is a compare-and-set on the session's revision; an answer
 * is stored only while its vote is open, in the same statement that checks it, and only once per participant,
 * question and vote. On PostgreSQL each committed write also sends a {@code NOTIFY} on {@value #CHANNEL} so every
 * node pushes it to its own clients.
 */
public final class LiveStore {

  /** The PostgreSQL notification channel of live sessions. */
  public static final String CHANNEL = "cytoquiz_live";

  private static final String SESSION_COLUMNS = "id, join_code, instructor, preset_id, questions, records, phase, "
      + "current_index, vote, revision, created_at, updated_at, expires_at, chosen, countdown_seconds, vote_ends_at";

  private final DataSource dataSource;
  private final boolean postgres;
  /**
   * SQLite has one writer at a time, and a writer that finds the file locked sleeps in SQLite's busy handler (up to
   * 100 ms a try): a room answering at once would mostly sleep. Writers of this store queue here instead, in order.
   * Null on PostgreSQL, which takes concurrent writers itself.
   */
  private final ReentrantLock sqliteWriter;

  /** A store on {@code database}. */
  public LiveStore(Database database) {
    this.dataSource = database.dataSource();
    this.postgres = !database.isSqlite();
    this.sqliteWriter = postgres ? null : new ReentrantLock(true);
  }

  /** Whether the store is on PostgreSQL (so writes are announced with NOTIFY). */
  public boolean postgres() {
    return postgres;
  }

  /** The pooled connections (the PostgreSQL listener takes its own connection from the same URL). */
  DataSource dataSource() {
    return dataSource;
  }

  /** What a notification says changed. */
  public enum Change {
    /** The instructor made a move. */
    MOVE('m'),
    /** An answer was stored. */
    ANSWER('a'),
    /** Someone joined. */
    JOIN('j');

    private final char code;

    Change(char code) {
      this.code = code;
    }

    /** The payload announcing this change in {@code sessionId}. */
    public String payload(String sessionId) {
      return code + ":" + sessionId;
    }

    /** The change a payload announces, if it is one of ours. */
    public static Optional<Change> of(String payload) {
      if (payload == null || payload.length() < 3 || payload.charAt(1) != ':') {
        return Optional.empty();
      }
      return Arrays.stream(values()).filter(c -> c.code == payload.charAt(0)).findFirst();
    }
  }

  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T read(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private <T> T transaction(Work<T> work) {
    if (sqliteWriter == null) {
      return inTransaction(work);
    }
    sqliteWriter.lock();
    try {
      return inTransaction(work);
    } finally {
      sqliteWriter.unlock();
    }
  }

  private <T> T inTransaction(Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException rollbackFailed) {
          e.addSuppressed(rollbackFailed);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  private void announce(Connection c, Change change, String sessionId) throws SQLException {
    if (postgres) {
      try (PreparedStatement s = c.prepareStatement("SELECT pg_notify(?, ?)")) {
        s.setString(1, CHANNEL);
        s.setString(2, change.payload(sessionId));
        s.execute();
      }
    }
  }

  /** Stores a new session. */
  public void create(LiveSession session) {
    transaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO live_session (" + SESSION_COLUMNS
          + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        s.setString(1, session.id());
        s.setString(2, session.joinCode());
        s.setString(3, session.instructor());
        s.setString(4, session.presetId());
        s.setString(5, String.join("\n", session.questionIds()));
        s.setInt(6, session.recordsParticipation() ? 1 : 0);
        setState(s, 7, session.state());
        s.setLong(11, session.created().toEpochMilli());
        s.setLong(12, session.updated().toEpochMilli());
        s.setLong(13, session.expires().toEpochMilli());
        s.setInt(14, session.chosen() ? 1 : 0);
        s.setInt(15, (int) session.countdown().getSeconds());
        setInstant(s, 16, session.voteEnds());
        s.executeUpdate();
      }
      return null;
    });
  }

  private static void setState(PreparedStatement s, int first, LiveState state) throws SQLException {
    s.setString(first, state.phase().key());
    s.setInt(first + 1, state.current());
    s.setInt(first + 2, state.vote());
    s.setLong(first + 3, state.revision());
  }

  private static void setInstant(PreparedStatement s, int index, Optional<Instant> at) throws SQLException {
    if (at.isPresent()) {
      s.setLong(index, at.get().toEpochMilli());
    } else {
      s.setNull(index, java.sql.Types.BIGINT);
    }
  }

  /** The session with this id, if any. */
  public Optional<LiveSession> find(String id) {
    return read(c -> one(c, "SELECT " + SESSION_COLUMNS + " FROM live_session WHERE id = ?", id));
  }

  /** The session with this join code, if any. */
  public Optional<LiveSession> findByCode(String joinCode) {
    return read(c -> one(c, "SELECT " + SESSION_COLUMNS + " FROM live_session WHERE join_code = ?", joinCode));
  }

  /** The sessions an instructor login started, newest first, at most {@code limit}. */
  public List<LiveSession> sessionsOf(String instructor, int limit) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + SESSION_COLUMNS
          + " FROM live_session WHERE instructor = ? ORDER BY created_at DESC, id LIMIT ?")) {
        s.setString(1, instructor);
        s.setInt(2, limit);
        return rows(s, LiveStore::session);
      }
    });
  }

  private static Optional<LiveSession> one(Connection c, String sql, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      return first(s, LiveStore::session);
    }
  }

  private static LiveSession session(ResultSet r) throws SQLException {
    List<String> questions = List.of(r.getString("questions").split("\n"));
    LiveState state = new LiveState(questions.size(), LivePhase.parse(r.getString("phase")),
        r.getInt("current_index"), r.getInt("vote"), r.getLong("revision"));
    return new LiveSession(r.getString("id"), r.getString("join_code"), r.getString("instructor"),
        r.getString("preset_id"), questions, r.getInt("records") == 1, state,
        Instant.ofEpochMilli(r.getLong("created_at")), Instant.ofEpochMilli(r.getLong("updated_at")),
        Instant.ofEpochMilli(r.getLong("expires_at")), r.getInt("chosen") == 1,
        Duration.ofSeconds(r.getInt("countdown_seconds")), instant(r, "vote_ends_at"));
  }

  private static Optional<Instant> instant(ResultSet r, String column) throws SQLException {
    long millis = r.getLong(column);
    return r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(millis));
  }

  /**
   * Stores {@code next} as the session's state, changed at {@code at} and with the open vote closing by itself at
   * {@code voteEnds} (empty: no deadline), if its stored revision is still {@code expectedRevision}.
   *
   * @return whether it was stored (false: another move came first)
   */
  public boolean move(String sessionId, long expectedRevision, LiveState next, Instant at,
      Optional<Instant> voteEnds) {
    return transaction(c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE live_session SET phase = ?, current_index = ?, vote = ?, "
          + "revision = ?, updated_at = ?, vote_ends_at = ? WHERE id = ? AND revision = ?")) {
        setState(s, 1, next);
        s.setLong(5, at.toEpochMilli());
        setInstant(s, 6, voteEnds);
        s.setString(7, sessionId);
        s.setLong(8, expectedRevision);
        if (s.executeUpdate() != 1) {
          return false;
        }
      }
      announce(c, Change.MOVE, sessionId);
      return true;
    });
  }

  /** The sessions whose open vote's countdown ran out at or before {@code now}, oldest deadline first. */
  public List<LiveSession> countdownsOver(Instant now) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + SESSION_COLUMNS + " FROM live_session "
          + "WHERE phase = 'open' AND vote_ends_at IS NOT NULL AND vote_ends_at <= ? ORDER BY vote_ends_at, id")) {
        s.setLong(1, now.toEpochMilli());
        return rows(s, LiveStore::session);
      }
    });
  }

  /** How many joined a session (one query, no rows read). */
  public int participantCount(String sessionId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM live_participant WHERE session_id = ?")) {
        s.setString(1, sessionId);
        try (ResultSet r = s.executeQuery()) {
          r.next();
          return r.getInt(1);
        }
      }
    });
  }

  /** Stores a participant who joined, with the hash of the token that identifies them. */
  public void join(LiveParticipant participant, String tokenHash) {
    transaction(c -> {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO live_participant (id, session_id, token_hash, name, "
          + "joined_at, attempt_id) VALUES (?, ?, ?, ?, ?, NULL)")) {
        s.setString(1, participant.id());
        s.setString(2, participant.sessionId());
        s.setString(3, tokenHash);
        s.setString(4, participant.name().orElse(null));
        s.setLong(5, participant.joined().toEpochMilli());
        s.executeUpdate();
      }
      announce(c, Change.JOIN, participant.sessionId());
      return null;
    });
  }

  /** The participant whose token has this hash, if any. */
  public Optional<LiveParticipant> participant(String tokenHash) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT id, session_id, name, joined_at, attempt_id "
          + "FROM live_participant WHERE token_hash = ?")) {
        s.setString(1, tokenHash);
        return first(s, LiveStore::participant);
      }
    });
  }

  /** Everyone who joined a session, in the order they joined. */
  public List<LiveParticipant> participants(String sessionId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT id, session_id, name, joined_at, attempt_id "
          + "FROM live_participant WHERE session_id = ? ORDER BY joined_at, id")) {
        s.setString(1, sessionId);
        return rows(s, LiveStore::participant);
      }
    });
  }

  private static LiveParticipant participant(ResultSet r) throws SQLException {
    return new LiveParticipant(r.getString("id"), r.getString("session_id"), Optional.ofNullable(r.getString("name")),
        Instant.ofEpochMilli(r.getLong("joined_at")), Optional.ofNullable(r.getString("attempt_id")));
  }

  /** Records the attempt a participant's answers became, unless one is recorded already; says whether it did. */
  public boolean recordAttempt(String participantId, String attemptId) {
    return transaction(c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE live_participant SET attempt_id = ? WHERE id = ? "
          + "AND attempt_id IS NULL")) {
        s.setString(1, attemptId);
        s.setString(2, participantId);
        return s.executeUpdate() == 1;
      }
    });
  }

  /** What storing an answer did. */
  public enum Stored {
    /** The answer was stored now. */
    NEW,
    /** An answer of this participant to this question and vote was stored before; nothing changed. */
    EARLIER,
    /** The vote is not open (any more); nothing was stored. */
    VOTE_NOT_OPEN
  }

  /**
   * Stores {@code answer} in {@code sessionId} if, at that moment, the session's vote on that question is open;
   * an answer already stored for the participant, question and vote is kept and this one dropped. The check and
   * the insert are one statement; on PostgreSQL it holds a share lock on the session row, so a close that commits
   * first is seen, and a close that comes later waits for it.
   */
  public Stored answer(String sessionId, LiveAnswer answer) {
    return transaction(c -> {
      int inserted;
      try (PreparedStatement s = c.prepareStatement("INSERT INTO live_answer (session_id, participant_id, "
          + "question_index, vote, question_id, response, fraction, saved_at) SELECT id, ?, ?, ?, ?, ?, ?, ? "
          + "FROM live_session WHERE id = ? AND phase = 'open' AND current_index = ? AND vote = ? "
          + "AND (vote_ends_at IS NULL OR vote_ends_at > ?)"
          + (postgres ? " FOR SHARE" : "") + " ON CONFLICT DO NOTHING")) {
        s.setString(1, answer.participantId());
        s.setInt(2, answer.questionIndex());
        s.setInt(3, answer.vote());
        s.setString(4, answer.questionId());
        s.setString(5, answer.response());
        s.setDouble(6, answer.fraction());
        s.setLong(7, answer.saved().toEpochMilli());
        s.setString(8, sessionId);
        s.setInt(9, answer.questionIndex());
        s.setInt(10, answer.vote());
        s.setLong(11, answer.saved().toEpochMilli());
        inserted = s.executeUpdate();
      }
      if (inserted == 1) {
        announce(c, Change.ANSWER, sessionId);
        return Stored.NEW;
      }
      return answerOf(c, sessionId, answer.participantId(), answer.questionIndex(), answer.vote()).isPresent()
          ? Stored.EARLIER : Stored.VOTE_NOT_OPEN;
    });
  }

  /** The answer a participant gave to question {@code index} in {@code vote}, if any. */
  public Optional<LiveAnswer> answerOf(String sessionId, String participantId, int index, int vote) {
    return read(c -> answerOf(c, sessionId, participantId, index, vote));
  }

  private static Optional<LiveAnswer> answerOf(Connection c, String sessionId, String participantId, int index,
      int vote) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT participant_id, question_index, vote, question_id, "
        + "response, fraction, saved_at FROM live_answer WHERE session_id = ? AND participant_id = ? "
        + "AND question_index = ? AND vote = ?")) {
      s.setString(1, sessionId);
      s.setString(2, participantId);
      s.setInt(3, index);
      s.setInt(4, vote);
      return first(s, LiveStore::answer);
    }
  }

  /** The answers to question {@code index} in {@code vote}, in the order stored. */
  public List<LiveAnswer> answers(String sessionId, int index, int vote) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT participant_id, question_index, vote, question_id, "
          + "response, fraction, saved_at FROM live_answer WHERE session_id = ? AND question_index = ? AND vote = ? "
          + "ORDER BY saved_at, participant_id")) {
        s.setString(1, sessionId);
        s.setInt(2, index);
        s.setInt(3, vote);
        return rows(s, LiveStore::answer);
      }
    });
  }

  /** Every answer of a session, by question, vote and time. */
  public List<LiveAnswer> answers(String sessionId) {
    return read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT participant_id, question_index, vote, question_id, "
          + "response, fraction, saved_at FROM live_answer WHERE session_id = ? "
          + "ORDER BY question_index, vote, saved_at, participant_id")) {
        s.setString(1, sessionId);
        return rows(s, LiveStore::answer);
      }
    });
  }

  /** One row of a result, read into a value. */
  private interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** Every row {@code s} selects, read by {@code row}. */
  private static <T> List<T> rows(PreparedStatement s, Row<T> row) throws SQLException {
    List<T> all = new ArrayList<>();
    try (ResultSet r = s.executeQuery()) {
      while (r.next()) {
        all.add(row.read(r));
      }
    }
    return all;
  }

  /**
   * The first row {@code s} selects, read by {@code row}; the rest is read to the end, so that SQLite's statement
   * finishes and holds no read snapshot.
   */
  private static <T> Optional<T> first(PreparedStatement s, Row<T> row) throws SQLException {
    try (ResultSet r = s.executeQuery()) {
      Optional<T> found = r.next() ? Optional.of(row.read(r)) : Optional.empty();
      while (r.next()) {
        // read to the end
      }
      return found;
    }
  }

  private static LiveAnswer answer(ResultSet r) throws SQLException {
    return new LiveAnswer(r.getString("participant_id"), r.getInt("question_index"), r.getInt("vote"),
        r.getString("question_id"), r.getString("response"), r.getDouble("fraction"),
        Instant.ofEpochMilli(r.getLong("saved_at")));
  }
}
