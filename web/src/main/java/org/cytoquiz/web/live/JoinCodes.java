package org.cytoquiz.web.live;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: {@value #LENGTH} characters from {@value #ALPHABET} (no 0/O, 1/I/L, no vowels that spell words), so
 * 28^8 ≈ 3.8 × 10^11 codes: with a few sessions running and failed joins rate-limited per address, guessing
 * one is not practical.
 */
public final class JoinCodes {

  /** The characters a code is made of, easy to read off a projector and type on a phone. */
  public static final String ALPHABET = "23456789BCDFGHJKMNPQRSTVWXYZ";
  /** How many characters a code has. */
  public static final int LENGTH = 8;

  private static final SecureRandom RANDOM = new SecureRandom();

  private JoinCodes() {}

  /** A new random code. */
  public static String random() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * A code as typed, made canonical: spaces and hyphens dropped, upper case. Returns an empty string when what is
   * typed cannot be a code, so the caller refuses it like any wrong code.
   */
  public static String normalise(String typed) {
    if (typed == null) {
      return "";
    }
    String code = typed.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
    if (code.length() != LENGTH) {
      return "";
    }
    for (int i = 0; i < code.length(); i++) {
      if (ALPHABET.indexOf(code.charAt(i)) < 0) {
        return "";
      }
    }
    return code;
  }

  /** A code as shown on the projector: two groups of four, such as {@code BCDF-2345}. */
  public static String display(String code) {
    return code.length() == LENGTH ? code.substring(0, 4) + "-" + code.substring(4) : code;
  }
}
