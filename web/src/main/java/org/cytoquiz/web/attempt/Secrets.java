package org.cytoquiz.web.attempt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Unguessable ids and tokens, and the hashes under which tokens are stored. */
public final class Secrets {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** A random URL-safe string of {@code bytes} random bytes (16 bytes = 128 bits). */
  public static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  /**
   * Whether {@code value} has exactly {@code length} characters, each of the URL-safe alphabet {@link #random}
   * uses ({@code A-Z a-z 0-9 _ -}): the shape of an id ({@code random(16)}, 22 characters) or a token
   * ({@code random(32)}, 43 characters). A plain loop, so the check on every request compiles no pattern.
   */
  public static boolean hasShape(String value, int length) {
    if (value == null || value.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** The SHA-256 of {@code token}, hex-encoded: what is stored instead of the token. */
  public static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Whether {@code token} hashes to {@code expectedHash}, compared in constant time. */
  public static boolean matches(String token, String expectedHash) {
    if (token == null || expectedHash == null) {
      return false;
    }
    return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
        expectedHash.getBytes(StandardCharsets.US_ASCII));
  }
}
