package org.cytoquiz.web.attempt;

/** Thrown when a request clashes with the attempt's state, such as changing an answer already marked. */
public final class AttemptConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message for the learner's client. */
  public AttemptConflictException(String message) {
    super(message);
  }
}
