package org.cytoquiz.web.http;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node can read and write its database, for {@code GET /health}. A check runs a real read and a
 * real committed write (at most once per {@link #RECHECK}, so a busy health check costs one write a second), and
 * failed writes seen by requests count too: a node whose writes fail says so, with the cause, until a write
 * works again, and then recovers by itself.
 */
public final class Health {

  private static final Logger LOG = LoggerFactory.getLogger(Health.class);

  /** How long one check's answer is reused. */
  public static final Duration RECHECK = Duration.ofSeconds(1);

  /** A probe of the database: throws, naming the cause, if it cannot do its part. */
  @FunctionalInterface
  public interface Probe {
    /** Runs the probe; any exception means it failed. */
    void run() throws Exception;
  }

  /**
   * What a check found.
   *
   * @param ok whether reads and writes work
   * @param details what fails and why, when not {@code ok}
   * @param since when writes started failing, when not {@code ok}
   */
  public record Status(boolean ok, Optional<String> details, Optional<Instant> since) {

    /** Checks the parts. */
    public Status {
      requireNonNull(details, "details");
      requireNonNull(since, "since");
    }
  }

  /** How long a request's failed write keeps the node unhealthy when the check's own write works. */
  public static final Duration GRACE = Duration.ofSeconds(30);

  private final Probe read;
  private final Probe write;
  private final Clock clock;

  private Instant checked = Instant.MIN;
  private Status last = new Status(true, Optional.empty(), Optional.empty());
  /** When writes began to fail, while they do. */
  private Optional<Instant> failingSince = Optional.empty();
  /** The last failed write of a request, and why, until a write works again. */
  private Optional<Instant> lastFailedWrite = Optional.empty();
  private String lastCause = "";

  /** Health from a {@code read} and a {@code write} probe. */
  public Health(Probe read, Probe write, Clock clock) {
    this.read = read;
    this.write = write;
    this.clock = clock;
  }

  /**
   * The state now. A healthy answer is reused for {@link #RECHECK}; an unhealthy one is checked again each time.
   * Unhealthy when the read or the write probe fails, or when a request's write failed within {@link #GRACE} and
   * none has worked since (a nearly full disk may still take the probe's small write).
   */
  public synchronized Status check() {
    Instant now = clock.instant();
    if (last.ok() && failingSince.isEmpty() && now.isBefore(checked.plus(RECHECK))) {
      return last;
    }
    checked = now;
    try {
      read.run();
    } catch (Exception e) {
      last = failing("the database does not answer: " + cause(e), now);
      return last;
    }
    try {
      write.run();
    } catch (Exception e) {
      last = failing("writes to the database fail: " + cause(e), now);
      return last;
    }
    if (lastFailedWrite.isPresent() && now.isBefore(lastFailedWrite.get().plus(GRACE))) {
      last = failing("a write to the database failed at " + lastFailedWrite.get() + ": " + lastCause, now);
      return last;
    }
    recovered();
    last = new Status(true, Optional.empty(), Optional.empty());
    return last;
  }

  /** Records that a request's write failed with {@code e}, naming the cause in the log. */
  public synchronized void writeFailed(Throwable e) {
    Instant now = clock.instant();
    lastCause = cause(e);
    lastFailedWrite = Optional.of(now);
    if (failingSince.isEmpty()) {
      failingSince = Optional.of(now);
      LOG.error("writes to the database fail: {}", lastCause);
    }
  }

  /** Records that a request's write worked: the node is healthy again if it was not. */
  public synchronized void writeWorked() {
    if (failingSince.isPresent() || lastFailedWrite.isPresent()) {
      recovered();
      checked = Instant.MIN;
    }
  }

  private void recovered() {
    if (failingSince.isPresent()) {
      LOG.info("writes to the database work again (they failed from {})", failingSince.get());
    }
    failingSince = Optional.empty();
    lastFailedWrite = Optional.empty();
  }

  private Status failing(String details, Instant now) {
    if (failingSince.isEmpty()) {
      failingSince = Optional.of(now);
      LOG.error("health check: {}", details);
    }
    return new Status(false, Optional.of(details), failingSince);
  }

  /** The innermost cause's message, which names what went wrong (a full disk, a read-only file). */
  public static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "..." : message;
  }
}
