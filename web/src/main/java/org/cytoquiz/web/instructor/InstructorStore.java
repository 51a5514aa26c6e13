package org.cytoquiz.web.instructor;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.StoreException;

/**
 * What the instructor area keeps beside the attempts (schema {@code V3_3__certificates.sql}): the certificate
 * issued for each passed attempt with its verification code, and the attempts hidden from the results, with a
 * log of who hid or showed each one and when. Plain JDBC; each write is one committed transaction. Every method
 * throws {@link StoreException} when the database fails.
 */
public final class InstructorStore {

  /** The longest name recorded for whoever hides or shows an attempt, in characters. */
  public static final int MAX_NAME = 120;

  private final DataSource dataSource;

  /** A store on {@code database} (whose schema Flyway has brought up to date). */
  public InstructorStore(Database database) {
    this.dataSource = Objects.requireNonNull(database, "database").dataSource();
  }

  /**
   * A certificate as issued.
   *
   * @param code the verification code (see {@link VerificationCode})
   * @param attemptId the passed attempt it certifies
   * @param issued when it was first issued
   */
  public record Issued(String code, String attemptId, Instant issued) {

    /** Checks that nothing is missing. */
    public Issued {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(attemptId, "attemptId");
      Objects.requireNonNull(issued, "issued");
    }
  }

  /**
   * An attempt hidden from the results.
   *
   * @param attemptId the attempt
   * @param by who hid it, as they named themselves
   * @param at when
   */
  public record Hidden(String attemptId, String by, Instant at) {}

  /**
   * One change of an attempt's visibility.
   *
   * @param hidden true when it was hidden, false when it was shown again
   * @param by who did it
   * @param at when
   */
  public record Change(boolean hidden, String by, Instant at) {}

  /**
   * The certificate of {@code attemptId}: the one issued before, or a new one with a fresh code issued at
   * {@code now}. Reprints therefore carry the same code. Two concurrent first calls agree on one code.
   */
  public Issued certificate(String attemptId, Instant now) {
    Optional<Issued> existing = certificateOf(attemptId);
    if (existing.isPresent()) {
      return existing.get();
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO certificate (code, attempt_id, issued_at) VALUES (?, ?, ?)")) {
        s.setString(1, VerificationCode.create());
        s.setString(2, attemptId);
        s.setLong(3, now.toEpochMilli());
        s.executeUpdate();
      }
    } catch (SQLException e) {
      // Another request issued it first (the attempt id is unique): theirs is the certificate.
      return certificateOf(attemptId).orElseThrow(() -> new StoreException(e));
    }
    return certificateOf(attemptId).orElseThrow(() -> new IllegalStateException(
        "the certificate of attempt " + attemptId + " was written but cannot be read back"));
  }

  /** The certificate issued for {@code attemptId}, if one was. */
  public Optional<Issued> certificateOf(String attemptId) {
    return one("SELECT code, attempt_id, issued_at FROM certificate WHERE attempt_id = ?", attemptId);
  }

  /** The certificate with this code (already in its {@linkplain VerificationCode#normalise normal form}), if any. */
  public Optional<Issued> certificateByCode(String code) {
    return one("SELECT code, attempt_id, issued_at FROM certificate WHERE code = ?", code);
  }

  private Optional<Issued> one(String sql, String key) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, key);
      try (ResultSet r = s.executeQuery()) {
        return r.next()
            ? Optional.of(new Issued(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3))))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /**
   * Hides (or, with {@code hidden} false, shows again) an attempt, recording who and when. Hiding a hidden attempt
   * or showing a shown one changes nothing and records nothing.
   *
   * @return whether anything changed
   * @throws IllegalArgumentException if {@code by} is blank or longer than {@link #MAX_NAME} characters
   */
  public boolean setHidden(String attemptId, boolean hidden, String by, Instant at) {
    String name = Objects.requireNonNull(by, "by").strip();
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new IllegalArgumentException("the name of whoever hides or shows an attempt must have 1 to " + MAX_NAME
          + " characters");
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int changed;
        if (hidden) {
          try (PreparedStatement s = c.prepareStatement("INSERT INTO attempt_hidden (attempt_id, hidden_by, hidden_at) "
              + "SELECT CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(120)), CAST(? AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM attempt_hidden WHERE attempt_id = ?)")) {
            s.setString(1, attemptId);
            s.setString(2, name);
            s.setLong(3, at.toEpochMilli());
            s.setString(4, attemptId);
            changed = s.executeUpdate();
          }
        } else {
          try (PreparedStatement s = c.prepareStatement("DELETE FROM attempt_hidden WHERE attempt_id = ?")) {
            s.setString(1, attemptId);
            changed = s.executeUpdate();
          }
        }
        if (changed > 0) {
          try (PreparedStatement s = c.prepareStatement(
              "INSERT INTO attempt_hidden_log (attempt_id, hidden, changed_by, changed_at) VALUES (?, ?, ?, ?)")) {
            s.setString(1, attemptId);
            s.setInt(2, hidden ? 1 : 0);
            s.setString(3, name);
            s.setLong(4, at.toEpochMilli());
            s.executeUpdate();
          }
        }
        c.commit();
        return changed > 0;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
  }

  /** Every hidden attempt by id. */
  public Map<String, Hidden> hidden() {
    Map<String, Hidden> hidden = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT attempt_id, hidden_by, hidden_at FROM attempt_hidden ORDER BY hidden_at, attempt_id")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          hidden.put(r.getString(1), new Hidden(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
    return hidden;
  }

  /** Every change of an attempt's visibility, oldest first. */
  public List<Change> changes(String attemptId) {
    List<Change> changes = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT hidden, changed_by, changed_at FROM attempt_hidden_log WHERE attempt_id = ? ORDER BY changed_at")) {
      s.setString(1, attemptId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          changes.add(new Change(r.getInt(1) == 1, r.getString(2), Instant.ofEpochMilli(r.getLong(3))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException(e);
    }
    return changes;
  }
}
