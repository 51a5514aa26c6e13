package org.cytoquiz.core;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Thrown when a look-up names an id the model does not have, or has as another kind, such as
 * {@code unknown topic 'dosing'; known: administration, side-effects}.
 *
 * <p>Immutable; the kind, the id asked for and the ids known for that kind are kept for a caller that wants to
 * show them (a portal's "did you mean" list, for one).
 */
public final class UnknownEntityException extends NoSuchElementException {

  private static final long serialVersionUID = 1L;

  /** At most this many known ids are listed in the message; {@link #known()} keeps them all. */
  private static final int LISTED = 20;

  private final String kind;
  private final String id;
  private final transient List<String> known;

  /**
   * An exception for a missing {@code kind} (such as "therapy" or "relation") called {@code id}, without the
   * list of known ids (for kinds with too many to list, such as entities in general).
   *
   * @param kind what was asked for, such as "therapy"; not null
   * @param id the id asked for; may be null when the caller passed none, and then reads as {@code null}
   * @throws NullPointerException if {@code kind} is null
   */
  public UnknownEntityException(String kind, String id) {
    this(kind, id, List.of());
  }

  /**
   * An exception for a missing {@code kind} called {@code id}, listing the ids that are known for that kind in
   * the message (the first {@value #LISTED}) and in {@link #known()}.
   *
   * @param kind what was asked for, such as "topic"; not null
   * @param id the id asked for
   * @param known the ids of that kind the model has, in the model's order; not null
   * @throws NullPointerException if {@code kind} or {@code known} is null
   */
  public UnknownEntityException(String kind, String id, Collection<String> known) {
    super(message(Objects.requireNonNull(kind, "kind"), id, Objects.requireNonNull(known, "known")));
    this.kind = kind;
    this.id = id;
    this.known = ImmutableList.copyOf(known);
  }

  private static String message(String kind, String id, Collection<String> known) {
    StringBuilder message = new StringBuilder("unknown ").append(kind).append(" '").append(id).append("'");
    if (!known.isEmpty()) {
      message.append("; known: ").append(String.join(", ", known.stream().limit(LISTED).toList()));
      if (known.size() > LISTED) {
        message.append(" and ").append(known.size() - LISTED).append(" more");
      }
    }
    return message.toString();
  }

  /** The kind that was asked for, such as "therapy", "entity", "relation" or "topic". */
  public String kind() {
    return kind;
  }

  /** The id that was asked for. */
  public String id() {
    return id;
  }

  /** The ids of that kind that are known, in the model's order; empty when the thrower did not list them. */
  public List<String> known() {
    return known == null ? List.of() : known;
  }
}
