package org.cytoquiz.web.instructor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.cytoquiz.web.attempt.AttemptStore;
import org.cytoquiz.web.attempt.GuessLimit;
import org.cytoquiz.web.attempt.Secrets;

/**
 * Instructor logins: one password, configured only as a salted hash; sessions kept in the database (so any
 * web node honours them) under the hash of their token; failed logins limited per client address.
 */
public final class InstructorAuth {

  /** How long a session lasts. */
  public static final Duration SESSION = Duration.ofHours(8);
  /** Failed logins allowed per address within {@link #WINDOW}. */
  public static final int MAX_FAILURES = 5;
  /** The window in which failures count. */
  public static final Duration WINDOW = Duration.ofMinutes(15);

  private final Optional<PasswordHash> password;
  private final AttemptStore store;
  private final Clock clock;
  private final GuessLimit failures;

  /** Logins checked against {@code password} (none configured: the instructor area stays closed). */
  public InstructorAuth(Optional<PasswordHash> password, AttemptStore store, Clock clock) {
    this.password = password;
    this.store = store;
    this.clock = clock;
    this.failures = new GuessLimit(MAX_FAILURES, WINDOW, clock);
  }

  /** Whether an instructor password is configured at all. */
  public boolean configured() {
    return password.isPresent();
  }

  /** Thrown when an address has failed too often; says when to try again. */
  public static final class TooManyAttemptsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    TooManyAttemptsException(long retryAfterSeconds) {
      super("too many failed logins from this address; try again in " + Math.max(1, retryAfterSeconds / 60)
          + " minute(s)");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until the next try is allowed. */
    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /**
   * A new session token if {@code attempt} is the password; empty if it is not. The limit is atomic: each try
   * takes one of the address's {@value #MAX_FAILURES} places before the password is checked and gives it back
   * only if the password was right, so however many tries arrive at once, at most that many are checked.
   *
   * @throws TooManyAttemptsException if {@code address} failed too often lately (or has that many tries running)
   */
  public Optional<String> login(char[] attempt, String address) {
    Instant place;
    try {
      place = failures.reserve(address);
    } catch (GuessLimit.TooManyGuessesException e) {
      throw new TooManyAttemptsException(e.retryAfterSeconds());
    }
    boolean right = password.isPresent() && password.get().matches(attempt);
    if (!right) {
      return Optional.empty();
    }
    failures.release(address, place);
    Instant now = clock.instant();
    String token = Secrets.random(32);
    store.createSession(Secrets.hash(token), now, now.plus(SESSION));
    return Optional.of(token);
  }

  /** Whether {@code token} is a live session. */
  public boolean valid(String token) {
    return token != null && !token.isBlank() && store.sessionValid(Secrets.hash(token), clock.instant());
  }

  /** Ends the session of {@code token}. */
  public void logout(String token) {
    if (token != null) {
      store.deleteSession(Secrets.hash(token));
    }
  }
}
