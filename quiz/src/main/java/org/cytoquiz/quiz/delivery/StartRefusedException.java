package org.cytoquiz.quiz.delivery;

import java.util.Objects;

/**
 * Refuses to start an attempt, such as a staff quiz without a usable name or staff id. The {@link #reason()} says
 * why in a form an application can word in its own language; the message says it in English.
 */
public final class StartRefusedException extends AttemptRefusedException {

  private static final long serialVersionUID = 1L;

  /** Why an attempt cannot start. */
  public enum Reason {
    /** A staff quiz records who passed, so it needs a name or staff id. */
    LEARNER_REQUIRED,
    /** The name or staff id is longer than {@link AttemptEngine#MAX_LEARNER} characters or holds control characters. */
    LEARNER_INVALID
  }

  private final Reason reason;

  /**
   * A refusal for {@code reason}, with a message for the learner in English.
   *
   * @throws NullPointerException if an argument is null
   */
  public StartRefusedException(Reason reason, String message) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** Why the attempt cannot start. */
  public Reason reason() {
    return reason;
  }
}
