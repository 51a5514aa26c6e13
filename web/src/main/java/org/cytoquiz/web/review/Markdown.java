package org.cytoquiz.web.review;

/** Escaping for text placed in a Markdown table cell. */
public final class Markdown {

  private Markdown() {}

  /** {@code text} safe inside a table cell: pipes, emphasis and code markers escaped, line breaks removed. */
  public static String cell(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '|', '*', '_', '`', '\\', '[', ']', '<', '>' -> out.append('\\').append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
