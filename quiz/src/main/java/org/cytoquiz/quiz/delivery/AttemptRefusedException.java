package org.cytoquiz.quiz.delivery;

/**
 * A command the learner caused that the rules of an attempt refuse. Each subclass is one kind of refusal, so
 * the web layer maps each to one HTTP status in one place; the message is written for the learner.
 */
public abstract sealed class AttemptRefusedException extends RuntimeException
    permits AttemptClosedException, AnswerLockedException, ContentChangedException, StartRefusedException {

  private static final long serialVersionUID = 1L;

  /** A refusal with a message for the learner. */
  protected AttemptRefusedException(String message) {
    super(message);
  }
}
