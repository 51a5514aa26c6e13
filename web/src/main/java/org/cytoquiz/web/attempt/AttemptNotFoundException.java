package org.cytoquiz.web.attempt;

import java.util.NoSuchElementException;

/** Thrown for an attempt that does not exist or that the caller's token does not open: both look the same. */
public final class AttemptNotFoundException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  /** An exception that names the attempt id only, never whether it exists. */
  public AttemptNotFoundException(String attemptId) {
    super("no attempt '" + attemptId + "' is open to you");
  }
}
