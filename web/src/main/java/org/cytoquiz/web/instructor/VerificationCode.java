package org.cytoquiz.web.instructor;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate verification codes: 20 characters of Crockford's base 32 (100 random bits, unguessable in
 * practice), printed in four groups of five such as {@code 7QK2M-X9D4T-HB8RJ-C3W6N}. Letters that are easy to
 * misread are left out of the alphabet (I, L, O, U), and a typed code is read forgivingly: any case, spaces or
 * hyphens anywhere, O for 0, I or L for 1.
 */
public final class VerificationCode {

  /** Crockford's base-32 alphabet. */
  static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  /** Characters in a code, without the hyphens. */
  public static final int LENGTH = 20;

  private static final SecureRandom RANDOM = new SecureRandom();

  private VerificationCode() {}

  /** A new random code in normal form (20 characters, no hyphens). */
  public static String create() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * The normal form of a typed code, or empty when it cannot be a code (wrong length or a character outside the
   * alphabet once read forgivingly). Never throws.
   */
  public static Optional<String> normalise(String typed) {
    if (typed == null || typed.length() > 64) {
      return Optional.empty();
    }
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
      if (c == '-' || c == ' ' || c == '\t') {
        continue;
      }
      char read = switch (c) {
        case 'O' -> '0';
        case 'I', 'L' -> '1';
        default -> c;
      };
      if (ALPHABET.indexOf(read) < 0) {
        return Optional.empty();
      }
      code.append(read);
    }
    return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
  }

  /** A normal-form code as printed: four groups of five joined by hyphens. */
  public static String grouped(String code) {
    if (code.length() != LENGTH) {
      throw new IllegalArgumentException("a verification code has " + LENGTH + " characters, not " + code.length());
    }
    return code.substring(0, 5) + "-" + code.substring(5, 10) + "-" + code.substring(10, 15) + "-"
        + code.substring(15);
  }
}
