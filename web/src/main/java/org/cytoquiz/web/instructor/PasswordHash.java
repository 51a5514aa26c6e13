package org.cytoquiz.web.instructor;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes (PBKDF2 with HMAC-SHA256), written as
 * {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} with Base64 salt and hash. Only the hash is configured and kept.
 */
public final class PasswordHash {

  private static final String SCHEME = "pbkdf2-sha256";
  private static final int ITERATIONS = 210_000;
  private static final int BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /** A new hash of {@code password} with a fresh random salt. */
  public static String create(char[] password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, ITERATIONS);
    return SCHEME + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
        + Base64.getEncoder().encodeToString(hash);
  }

  /**
   * The hash written as {@code text}.
   *
   * @throws IllegalArgumentException if it is not in the form {@code pbkdf2-sha256:ITERATIONS:SALT:HASH}
   */
  public static PasswordHash parse(String text) {
    String[] parts = text.strip().split(":");
    try {
      if (parts.length == 4 && parts[0].equals(SCHEME)) {
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        if (iterations >= 10_000 && salt.length >= 8 && hash.length == BITS / 8) {
          return new PasswordHash(iterations, salt, hash);
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException("the instructor password hash is not in the form "
        + "pbkdf2-sha256:ITERATIONS:SALT:HASH; make one with `cytoquiz hash-password`");
  }

  /** Whether {@code password} is the one hashed, compared in constant time. */
  public boolean matches(char[] password) {
    return java.security.MessageDigest.isEqual(derive(password, salt, iterations), hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    try {
      PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, BITS);
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
      throw new IllegalStateException("PBKDF2 is missing from this JVM", e);
    }
  }
}
