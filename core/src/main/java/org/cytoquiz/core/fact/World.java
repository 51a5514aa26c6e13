package org.cytoquiz.core.fact;

/** What a relation's silence means: whether a pair the content does not list is false or unknown. */
public enum World {
  /** The content lists every true pair among its entities, so a pair it does not list is known false. */
  CLOSED,
  /** The content lists some true pairs; a pair it does not list is unknown unless a fact denies it. */
  OPEN
}
