package org.cytoquiz.core;

/** How serious a problem in the content is. */
public enum Severity {
  /** The content is wrong and must not be used. */
  ERROR,
  /** The content can be used, but someone should look at it (for instance, its medical review is due). */
  WARNING
}
