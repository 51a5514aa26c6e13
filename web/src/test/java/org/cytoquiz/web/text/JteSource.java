package org.cytoquiz.web.text;

import java.util.List;

/**
 * Reads jte source as far as telling its template text from its code: {@link #stripCode} keeps the text (HTML or
 * plain) and drops comments, output and code blocks ({@code ${…}}, {@code $unsafe{…}}, {@code !{…}}), control
 * ({@code @if(…)}, {@code @for(…)}, {@code @else}, …), imports, parameters and template calls, whose content
 * blocks ({@code @`…`}) are template text again. String literals in the code are collected.
 */
final class JteSource {

  private final String source;
  private final List<String> literals;
  private final StringBuilder out = new StringBuilder();
  private int at;

  private JteSource(String source, List<String> literals) {
    this.source = source;
    this.literals = literals;
  }

  /**
   * The template text of {@code source}, each piece of code replaced by a space; its string literals go to
   * {@code literals}.
   */
  static String stripCode(String source, List<String> literals) {
    JteSource reader = new JteSource(source, literals);
    reader.text(false);
    return reader.out.toString();
  }

  /** Template text up to the end, or up to the backtick that closes a content block. */
  private void text(boolean inBlock) {
    while (at < source.length()) {
      char c = source.charAt(at);
      if (inBlock && c == '`') {
        at++;
        return;
      }
      if (source.startsWith("<%--", at)) {
        int end = source.indexOf("--%>", at);
        at = end < 0 ? source.length() : end + 4;
      } else if (source.startsWith("${", at) || source.startsWith("!{", at)) {
        at = code(at + 1, '{', '}');
        out.append(' ');
      } else if (source.startsWith("$unsafe{", at)) {
        at = code(at + 7, '{', '}');
        out.append(' ');
      } else if (source.startsWith("@import", at) || source.startsWith("@param", at)) {
        int end = source.indexOf('\n', at);
        collectLiterals(source.substring(at, end < 0 ? source.length() : end));
        at = end < 0 ? source.length() : end + 1;
      } else if (startsWord("@if") || startsWord("@elseif") || startsWord("@for")) {
        at = code(source.indexOf('(', at), '(', ')');
        out.append(' ');
      } else if (startsWord("@else") || startsWord("@endif") || startsWord("@endfor")) {
        at = skipWord();
        out.append(' ');
      } else if (source.startsWith("@template.", at)) {
        at = source.indexOf('(', at);
        arguments();
        out.append(' ');
      } else {
        out.append(c);
        at++;
      }
    }
  }

  private boolean startsWord(String word) {
    int end = at + word.length();
    return source.startsWith(word, at) && (end >= source.length() || !Character.isLetterOrDigit(source.charAt(end)));
  }

  private int skipWord() {
    int i = at + 1;
    while (i < source.length() && Character.isLetterOrDigit(source.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The arguments of a template call, from its opening parenthesis past the closing one. */
  private void arguments() {
    int depth = 0;
    while (at < source.length()) {
      char c = source.charAt(at);
      if (c == '"') {
        at = literal(at);
      } else if (source.startsWith("@`", at)) {
        at += 2;
        out.append(' ');
        text(true);
        out.append(' ');
      } else {
        at++;
        if (c == '(') {
          depth++;
        } else if (c == ')' && --depth == 0) {
          return;
        }
      }
    }
  }

  /** Skips balanced code from the opener at {@code from}; returns the index after its closer. */
  private int code(int from, char open, char close) {
    int depth = 0;
    int i = from;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == '"') {
        i = literal(i);
        continue;
      }
      i++;
      if (c == open) {
        depth++;
      } else if (c == close && --depth == 0) {
        return i;
      }
    }
    return i;
  }

  /** Records the string literal opening at {@code from}; returns the index after its closing quote. */
  private int literal(int from) {
    StringBuilder value = new StringBuilder();
    int i = from + 1;
    while (i < source.length() && source.charAt(i) != '"') {
      if (source.charAt(i) == '\\' && i + 1 < source.length()) {
        i++;
      }
      value.append(source.charAt(i++));
    }
    literals.add(value.toString());
    return i + 1;
  }

  private void collectLiterals(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) == '"') {
        StringBuilder value = new StringBuilder();
        int j = i + 1;
        while (j < line.length() && line.charAt(j) != '"') {
          value.append(line.charAt(j++));
        }
        literals.add(value.toString());
        i = j;
      }
    }
  }
}
