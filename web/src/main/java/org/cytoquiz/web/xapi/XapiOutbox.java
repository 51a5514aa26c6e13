package org.cytoquiz.web.xapi;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * The durable outbox of xAPI statements. Statements enter it in the same transaction as the change to the attempt
 * they report (see {@code AttemptStore.update}), so a change that rolls back leaves none behind; they leave it
 * only by being delivered, in the order they were made, and each is marked sent once its delivery is confirmed.
 */
public interface XapiOutbox {

  /**
   * An unsent statement, handed to a {@link Courier}.
   *
   * @param id the statement id (the LRS keys on it, so delivering it twice stores it once)
   * @param json the statement
   * @param tries how many deliveries were tried before this one
   */
  record Pending(UUID id, String json, int tries) {

    /** Checks the parts. */
    public Pending {
      requireNonNull(id, "id");
      requireNonNull(json, "json");
    }
  }

  /** What one delivery gave. */
  sealed interface Delivery {

    /** The LRS has the statement (stored now, or already stored under the same id). */
    record Delivered() implements Delivery {}

    /**
     * The LRS did not take it (down, a 5xx, a timeout, or a refusal): try again later.
     *
     * @param reason what went wrong, for the log and {@code /health}
     */
    record Failed(String reason) implements Delivery {

      /** Checks the reason. */
      public Failed {
        requireNonNull(reason, "reason");
      }
    }

    /** Nothing was sent because the sender is stopping; the statement stays as it was. */
    record Stopped() implements Delivery {}
  }

  /** Delivers one statement. */
  @FunctionalInterface
  interface Courier {

    /** Tries to deliver {@code statement}; must not throw for a failed delivery, but answer {@link Delivery.Failed}. */
    Delivery deliver(Pending statement);
  }

  /**
   * What one round of deliveries did.
   *
   * @param delivered how many statements were delivered and marked sent
   * @param failure why the round stopped early, if a delivery failed
   * @param tries how many times the failed statement has now been tried (0 without a failure)
   */
  record Round(int delivered, Optional<String> failure, int tries) {

    /** Checks the parts. */
    public Round {
      requireNonNull(failure, "failure");
    }
  }

  /**
   * How far behind the outbox is.
   *
   * @param unsent how many statements wait to be delivered
   * @param oldest when the oldest of them was made
   * @param lastError the last failure recorded on a waiting statement
   */
  record Backlog(long unsent, Optional<Instant> oldest, Optional<String> lastError) {

    /** Checks the parts. */
    public Backlog {
      requireNonNull(oldest, "oldest");
      requireNonNull(lastError, "lastError");
    }
  }

  /**
   * Delivers up to {@code max} unsent statements that are due, oldest first, through {@code courier}, marking each
   * sent as soon as it is delivered. The first failure ends the round: that statement's try count goes up and it
   * is not due again until {@code backOff.apply(tries)} has passed. Statements another node is delivering at the
   * same moment are skipped, so no statement is sent by two nodes at once.
   *
   * @throws IllegalArgumentException if {@code max} is not positive
   */
  Round deliverDue(int max, Courier courier, IntFunction<Duration> backOff);

  /** How many statements wait, since when, and the last failure. */
  Backlog backlog();

  /** The statements of one attempt, in the order they were made, sent or not. */
  List<XapiStatement> statements(String attemptId);
}
