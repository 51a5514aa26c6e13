package org.cytoquiz.web.xapi;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one background thread per node that empties the outbox into the LRS: it delivers due statements in order,
 * a round at a time, waits with exponential back-off (doubling from {@code first} up to {@code cap}) while
 * deliveries fail, looks again every {@code idle} when there is nothing to send, and stops cleanly: {@link #close()}
 * lets the statement in flight finish and be recorded, so a normal restart neither loses a statement nor sends one
 * twice; the next start resumes where it stopped.
 */
public final class OutboxSender implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

  /** How many statements one round delivers at most. */
  public static final int ROUND = 50;

  /**
   * The sender's timing.
   *
   * @param first the wait after a first failed delivery
   * @param cap the longest wait between tries
   * @param idle how often to look for new statements when the outbox is empty
   */
  public record Timing(Duration first, Duration cap, Duration idle) {

    /** One second doubling up to five minutes; a look every second when idle. */
    public static final Timing DEFAULT = new Timing(Duration.ofSeconds(1), Duration.ofMinutes(5),
        Duration.ofSeconds(1));

    /**
     * Checks the durations.
     *
     * @throws IllegalArgumentException if one is not positive, or {@code cap} is shorter than {@code first}
     */
    public Timing {
      requireNonNull(first, "first");
      requireNonNull(cap, "cap");
      requireNonNull(idle, "idle");
      if (first.isNegative() || first.isZero() || idle.isNegative() || idle.isZero() || cap.compareTo(first) < 0) {
        throw new IllegalArgumentException("sender timing needs positive waits and cap >= first: " + this);
      }
    }

    /** The wait after a statement's {@code tries}-th failed delivery: first, doubled per further try, capped. */
    public Duration backOff(int tries) {
      Duration wait = first;
      for (int i = 1; i < tries && wait.compareTo(cap) < 0; i++) {
        wait = wait.multipliedBy(2);
      }
      return wait.compareTo(cap) > 0 ? cap : wait;
    }
  }

  private final XapiOutbox outbox;
  private final XapiOutbox.Courier courier;
  private final Timing timing;
  private final Thread thread;
  private final Object lock = new Object();
  private boolean stopping;
  private boolean woken;
  private volatile Optional<XapiOutbox.Backlog> backlog = Optional.empty();

  /** A sender (not yet started) from {@code outbox} through {@code courier}. */
  public OutboxSender(XapiOutbox outbox, XapiOutbox.Courier courier, Timing timing) {
    this.outbox = requireNonNull(outbox, "outbox");
    this.courier = requireNonNull(courier, "courier");
    this.timing = requireNonNull(timing, "timing");
    this.thread = new Thread(this::run, "cytoquiz-xapi-sender");
    this.thread.setDaemon(true);
  }

  /**
   * Starts the sender's thread.
   *
   * @throws IllegalStateException if it was started before
   */
  public void start() {
    thread.start();
  }

  /**
   * Asks the sender to look at the outbox now rather than at its next idle look; a back-off after a failure is
   * still waited out in full. Harmless at any time.
   */
  public void wake() {
    synchronized (lock) {
      woken = true;
      lock.notifyAll();
    }
  }

  /** The backlog as the sender last counted it (after each round); empty before the first round. */
  public Optional<XapiOutbox.Backlog> backlog() {
    return backlog;
  }

  private void run() {
    while (!isStopping()) {
      Duration wait;
      boolean failed = true;
      try {
        XapiOutbox.Round round = outbox.deliverDue(ROUND, this::deliver, timing::backOff);
        if (round.failure().isPresent()) {
          wait = timing.backOff(round.tries());
          LOG.warn("xAPI statements wait: {} (try {}; next try in {} ms)", round.failure().get(), round.tries(),
              wait.toMillis());
        } else {
          wait = round.delivered() == ROUND ? Duration.ZERO : timing.idle();
          failed = false;
        }
        backlog = Optional.of(outbox.backlog());
      } catch (RuntimeException e) {
        // The database failed (full disk, failover): nothing was marked that was not delivered; try again later.
        wait = timing.cap().compareTo(Duration.ofSeconds(5)) < 0 ? timing.cap() : Duration.ofSeconds(5);
        LOG.error("the xAPI sender cannot read or update the outbox; it tries again in {} ms", wait.toMillis(), e);
      }
      // A back-off is waited out in full (so the oldest statement is tried again first); an idle look may be woken.
      pause(wait, failed);
    }
  }

  private XapiOutbox.Delivery deliver(XapiOutbox.Pending statement) {
    if (isStopping()) {
      return new XapiOutbox.Delivery.Stopped();
    }
    return courier.deliver(statement);
  }

  private boolean isStopping() {
    synchronized (lock) {
      return stopping;
    }
  }

  private void pause(Duration wait, boolean backingOff) {
    if (wait.isZero()) {
      return;
    }
    long until = System.nanoTime() + wait.toNanos();
    synchronized (lock) {
      while (!stopping && (backingOff || !woken)) {
        long left = until - System.nanoTime();
        if (left <= 0) {
          break;
        }
        try {
          lock.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          stopping = true;
        }
      }
      woken = false;
    }
  }

  /**
   * Stops the sender: no new delivery begins, the one in flight finishes (within the client's timeout) and is
   * recorded, and the thread ends. Safe to call more than once, and before {@link #start()}.
   */
  @Override
  public void close() {
    synchronized (lock) {
      stopping = true;
      lock.notifyAll();
    }
    if (thread.isAlive()) {
      try {
        thread.join(Duration.ofSeconds(30).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (thread.isAlive()) {
        LOG.warn("the xAPI sender did not stop within 30 s; unsent statements stay in the outbox");
      }
    }
  }
}
