package org.cytoquiz.web.attempt;

/** Thrown when something tries to change an attempt that has been submitted. */
public final class AttemptClosedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception naming the attempt. */
  public AttemptClosedException(String attemptId) {
    super("attempt " + attemptId + " has been submitted and can no longer change");
  }
}
