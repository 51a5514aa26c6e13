package org.cytoquiz.teaching;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Enums whose constants are written in files as lower-case words joined by hyphens. */
public final class Keyed {

  private Keyed() {}

  /** The file form of {@code value}, such as {@code single-choice}. */
  public static String key(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant of {@code type} whose file form is {@code key}, if any. */
  public static <E extends Enum<E>> Optional<E> fromKey(Class<E> type, String key) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> key(e).equals(key)).findFirst();
  }

  /** Every file form of {@code type}, for messages. */
  public static String keys(Class<? extends Enum<?>> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Keyed::key).toList());
  }
}
