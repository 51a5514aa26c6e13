package org.cytoquiz.quiz.delivery;

/** Refuses a change to an attempt that has been submitted: submitting is final. */
public final class AttemptClosedException extends AttemptRefusedException {

  private static final long serialVersionUID = 1L;

  /** A refusal naming the attempt. */
  public AttemptClosedException(String attemptId) {
    super("attempt " + attemptId + " has been submitted and can no longer change");
  }
}
