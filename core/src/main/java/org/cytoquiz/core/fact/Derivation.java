package org.cytoquiz.core.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;

/**
 * A fact that holds, with the stated facts it follows from.
 *
 * @param conclusion the fact; an entailed one keeps the qualifiers and the source of the stated fact it is
 *     carried from (the first ground)
 * @param grounds the stated facts it follows from, the carried fact first and then the taxonomic links it is
 *     carried along; a stated fact is its own only ground
 */
public record Derivation(Fact conclusion, List<Fact> grounds) {

  public Derivation {
    checkNotNull(conclusion, "conclusion");
    grounds = List.copyOf(grounds);
    checkArgument(!grounds.isEmpty(), "%s follows from nothing", conclusion.describe());
    checkArgument(conclusion.holds(), "only facts that hold are derived: %s", conclusion.describe());
  }

  /** Whether the content states the conclusion itself rather than entailing it. */
  public boolean stated() {
    return grounds.size() == 1 && grounds.get(0).equals(conclusion);
  }
}
