package org.cytoquiz.core.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A way a relation's facts carry along the taxonomy (the facts of {@linkplain Relation#taxonomic() taxonomic}
 * relations: a form of, a kind of, a member of a class). Each relation declares the ways that are sound for
 * its meaning; a relation that declares none holds only the pairs the content lists.
 */
public enum Carry {
  /**
   * A fact about an object holds for the object's broader forms: a treatment that gives interferon-alfa gives
   * interferon, since interferon-alfa is a form of interferon.
   */
  BROADER_OBJECTS("broader-objects"),
  /**
   * A fact about a class holds for each of its members and narrower forms: the routes stated for cytokine
   * therapy as a whole hold for each cytokine therapy.
   */
  MEMBERS("members");

  private final String key;

  Carry(String key) {
    this.key = key;
  }

  /** The name content files use, such as {@code broader-objects}. */
  public String key() {
    return key;
  }

  /** The way whose key is {@code key}, if any. */
  public static Optional<Carry> fromKey(String key) {
    String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(c -> c.key.equals(wanted)).findFirst();
  }
}
