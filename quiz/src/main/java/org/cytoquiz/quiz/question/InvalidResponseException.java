package org.cytoquiz.quiz.question;

/** Thrown when a response does not fit its question: wrong kind, unknown ids, or empty. */
public final class InvalidResponseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** An exception whose message says what was wrong with the response, for the learner's client. */
  public InvalidResponseException(String message) {
    super(message);
  }
}
