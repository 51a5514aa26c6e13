package org.cytoquiz.web.live;

/** A move the session's state does not allow now, such as a reveal while a vote is open; answered with 409. */
public final class LiveMoveRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A refusal saying why, in words an instructor can act on. */
  public LiveMoveRefusedException(String message) {
    super(message);
  }
}
