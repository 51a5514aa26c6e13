package org.cytoquiz.interchange.qti;

/**
 * QTI identifiers (XML NCNames) for cytoquiz's ids: a prefix that says what the id names, then the id with every
 * character an NCName may not hold, and the underscore itself, written as {@code _} and four hex digits, so that
 * distinct ids stay distinct and the original can be read back.
 */
public final class QtiIds {

  /** Prefix of a choice option's identifier. */
  public static final String OPTION = "C_";
  /** Prefix of a matching question's left item. */
  public static final String LEFT = "L_";
  /** Prefix of a matching question's right item. */
  public static final String RIGHT = "R_";
  /** Prefix of an item (one question). */
  public static final String ITEM = "Q_";

  private QtiIds() {}

  /** The identifier of {@code id} under {@code prefix}, such as {@code C_o1a2b3c4d}. */
  public static String of(String prefix, String id) {
    StringBuilder out = new StringBuilder(prefix);
    id.codePoints().forEach(c -> {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.') {
        out.appendCodePoint(c);
      } else if (c <= 0xFFFF) {
        out.append('_').append(String.format("%04x", c));
      } else {
        throw new IllegalArgumentException("id '" + id + "' holds a character outside the basic plane");
      }
    });
    return out.toString();
  }

  /**
   * The cytoquiz id behind {@code identifier}, made by {@link #of} with {@code prefix}.
   *
   * @throws IllegalArgumentException if the identifier does not start with the prefix
   */
  public static String parse(String prefix, String identifier) {
    if (!identifier.startsWith(prefix)) {
      throw new IllegalArgumentException("identifier '" + identifier + "' does not start with " + prefix);
    }
    StringBuilder out = new StringBuilder();
    String rest = identifier.substring(prefix.length());
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '_') {
        out.append((char) Integer.parseInt(rest.substring(i + 1, i + 5), 16));
        i += 4;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
