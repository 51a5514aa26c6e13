package org.cytoquiz.core.fact;

/** How many objects one subject may have in a relation. */
public enum Cardinality {
  /** At most one: a therapy uses one cytokine, so naming a second one is a contradiction. */
  ONE,
  /** Any number. */
  MANY
}
