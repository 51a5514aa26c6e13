package org.cytoquiz.core;

import java.util.NoSuchElementException;

/** Thrown when a look-up names an id the knowledge base does not have, or has as another kind. */
public final class UnknownEntityException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * An exception for a missing {@code kind} (such as "therapy" or "relation") called {@code id}.
   */
  public UnknownEntityException(String kind, String id) {
    super("unknown " + kind + " '" + id + "'");
    this.kind = kind;
    this.id = id;
  }

  /** The kind that was asked for, such as "therapy", "entity" or "relation". */
  public String kind() {
    return kind;
  }

  /** The id that was asked for. */
  public String id() {
    return id;
  }
}
