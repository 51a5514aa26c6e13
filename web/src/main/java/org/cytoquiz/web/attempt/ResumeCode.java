package org.cytoquiz.web.attempt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The short code that lets a learner go on with an attempt on another device: 8 characters of Crockford's base 32
 * (digits and capital letters without I, L, O and U, so nothing reads as something else), 40 bits, shown as
 * {@code ABCD-EFGH}. The code is drawn from the attempt's token, so a page opened with the token can show it
 * again, while the database keeps only its hash. Typing is forgiving: case, spaces and dashes do not matter, and
 * O, I and L read as 0, 1 and 1.
 */
public final class ResumeCode {

  /** Crockford's base 32 alphabet. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

  /** How many characters a code has. */
  public static final int LENGTH = 8;

  private ResumeCode() {}

  /** The code of the attempt whose token is {@code token}: 8 characters, without the dash. */
  public static String of(String token) {
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256").digest(("cytoquiz resume code\0" + token)
          .getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
    long bits = 0;
    for (int i = 0; i < 5; i++) {
      bits = bits << 8 | (digest[i] & 0xff);
    }
    char[] code = new char[LENGTH];
    for (int i = LENGTH - 1; i >= 0; i--) {
      code[i] = ALPHABET.charAt((int) (bits & 31));
      bits >>>= 5;
    }
    return new String(code);
  }

  /**
   * The code a learner typed, in its stored form (8 capitals and digits), or empty if it cannot be one. Spaces,
   * dashes and case are ignored; O reads as 0, I and L as 1.
   */
  public static Optional<String> parse(String typed) {
    if (typed == null || typed.length() > 40) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < typed.length(); i++) {
      char c = Character.toUpperCase(typed.charAt(i));
      if (c == ' ' || c == '-' || c == '\u2010' || c == '\u2013' || c == '\u2212') {
        continue;
      }
      c = c == 'O' ? '0' : c == 'I' || c == 'L' ? '1' : c;
      if (ALPHABET.indexOf(c) < 0) {
        return Optional.empty();
      }
      code.append(c);
    }
    return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
  }

  /** Whether {@code value} is a code in its stored form (as a cookie holds it), not a token. */
  public static boolean isCode(String value) {
    return value != null && value.length() == LENGTH && parse(value).filter(value::equals).isPresent();
  }

  /** The code as shown to a learner: {@code ABCD-EFGH}. */
  public static String display(String code) {
    return code.substring(0, 4) + "-" + code.substring(4);
  }

  /** What the database keeps of a code: its SHA-256, hex-encoded. */
  public static String hash(String code) {
    return Secrets.hash("resume:" + code);
  }
}
