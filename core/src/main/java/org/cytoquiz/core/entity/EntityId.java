package org.cytoquiz.core.entity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The identifier of an entity: lower-case words joined by hyphens, such as {@code high-dose-il2}.
 *
 * @param value the identifier
 */
public record EntityId(String value) implements Comparable<EntityId> {

  private static final Pattern FORM = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public EntityId {
    checkNotNull(value, "id");
    checkArgument(isWellFormed(value), "id '%s' is not lower-case words joined by hyphens", value);
  }

  /** The identifier {@code value}, checked. */
  public static EntityId of(String value) {
    return new EntityId(value);
  }

  /** Whether {@code value} is lower-case letters and digits in words joined by single hyphens. */
  public static boolean isWellFormed(String value) {
    return value != null && value.length() <= 80 && FORM.matcher(value).matches();
  }

  @Override
  public int compareTo(EntityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
