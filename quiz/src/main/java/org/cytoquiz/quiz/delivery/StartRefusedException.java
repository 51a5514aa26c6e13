package org.cytoquiz.quiz.delivery;

/** Refuses to start an attempt, such as a staff quiz without a usable name or staff id. */
public final class StartRefusedException extends AttemptRefusedException {

  private static final long serialVersionUID = 1L;

  /** A refusal with a message for the learner. */
  public StartRefusedException(String message) {
    super(message);
  }
}
