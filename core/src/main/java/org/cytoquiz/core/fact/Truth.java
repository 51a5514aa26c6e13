package org.cytoquiz.core.fact;

/** What the content tells about a statement. */
public enum Truth {
  /** A fact states it. */
  TRUE,
  /** A fact denies it, or a closed-world or one-object relation rules it out. */
  FALSE,
  /** The content says nothing either way; it must never be offered as true or as false. */
  UNKNOWN
}
