package org.cytoquiz.web.store;

import java.sql.SQLException;

/** Thrown when the database fails; the request fails whole and nothing half-written is kept. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Wraps the database's error. */
  public StoreException(SQLException cause) {
    super("the database failed: " + cause.getMessage(), cause);
  }
}
