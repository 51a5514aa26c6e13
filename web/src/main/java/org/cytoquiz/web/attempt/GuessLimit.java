package org.cytoquiz.web.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Limits wrong guesses per client address, such as resume codes typed on the catalog page: at most
 * {@code max} failures in a sliding {@code window}. A try takes a place before it is checked and gives it back
 * only if it was right, so however many tries arrive at once, no more than {@code max} are checked. Kept in
 * memory on each web node.
 */
public final class GuessLimit {

  /** The most addresses remembered; past it, addresses whose failures have all expired are forgotten. */
  private static final int MAX_ADDRESSES = 10_000;

  private final int max;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures = new HashMap<>();

  /**
   * A limit of {@code max} failures per address within {@code window}, reading time from {@code clock}.
   *
   * @throws IllegalArgumentException if {@code max} is below 1 or the window is not positive
   */
  public GuessLimit(int max, Duration window, Clock clock) {
    if (max < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("a guess limit needs max >= 1 and a positive window, not " + max + " in "
          + window);
    }
    this.max = max;
    this.window = window;
    this.clock = clock;
  }

  /** Thrown when an address has guessed wrong too often; says when to try again. */
  public static final class TooManyGuessesException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long retryAfterSeconds;

    TooManyGuessesException(long retryAfterSeconds) {
      super("too many wrong codes from this address; try again in " + Math.max(1, (retryAfterSeconds + 59) / 60)
          + " minute(s)");
      this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until the next try is allowed. */
    public long retryAfterSeconds() {
      return retryAfterSeconds;
    }
  }

  /**
   * Takes one of {@code address}'s places; the caller gives it back with {@link #release} if the guess was right.
   *
   * @return the place taken, to hand to {@link #release}
   * @throws TooManyGuessesException if the address has no place left in the window
   */
  public Instant reserve(String address) {
    Instant now = clock.instant();
    synchronized (failures) {
      if (failures.size() > MAX_ADDRESSES) {
        failures.values().removeIf(d -> d.isEmpty() || d.peekLast().isBefore(now.minus(window)));
      }
      Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
      while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(window))) {
        recent.removeFirst();
      }
      if (recent.size() >= max) {
        throw new TooManyGuessesException(Duration.between(now, recent.peekFirst().plus(window)).getSeconds());
      }
      recent.addLast(now);
      return now;
    }
  }

  /** Gives back the place a right guess took. */
  public void release(String address, Instant place) {
    synchronized (failures) {
      Deque<Instant> recent = failures.get(address);
      if (recent != null) {
        recent.removeLastOccurrence(place);
        if (recent.isEmpty()) {
          failures.remove(address);
        }
      }
    }
  }
}
