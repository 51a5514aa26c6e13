package org.cytoquiz.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.spec.KeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.JdbcAttemptStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The instructor login limit under many simultaneous tries. */
class InstructorAuthTests {

  static final String PASSWORD = "right password";
  static final int THREADS = 40;
  static final int ROUNDS = 200;

  @TempDir Path dir;
  Database database;
  InstructorAuth auth;

  /** A hash with the fewest iterations the parser accepts, so hundreds of rounds stay quick. */
  static PasswordHash cheapHash(String password) throws Exception {
    byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 10_000, 256);
    byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    return PasswordHash.parse("pbkdf2-sha256:10000:" + Base64.getEncoder().encodeToString(salt) + ":"
        + Base64.getEncoder().encodeToString(hash));
  }

  @BeforeEach
  void start() throws Exception {
    database = Database.sqlite(dir);
    auth = new InstructorAuth(Optional.of(cheapHash(PASSWORD)), new JdbcAttemptStore(database), Clock.systemUTC());
  }

  @AfterEach
  void stop() {
    database.close();
  }

  @Test
  void simultaneousWrongPasswordsAreCheckedAtMostFiveTimes() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String address = "10.0." + round / 256 + "." + round % 256;
        CyclicBarrier barrier = new CyclicBarrier(THREADS);
        AtomicInteger checked = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        List<Future<?>> tries = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          String guess = "guess " + t;
          tries.add(pool.submit(() -> {
            barrier.await();
            try {
              assertThat(auth.login(guess.toCharArray(), address)).isEmpty();
              checked.incrementAndGet();
            } catch (InstructorAuth.TooManyAttemptsException e) {
              limited.incrementAndGet();
            }
            return null;
          }));
        }
        for (Future<?> f : tries) {
          f.get();
        }
        assertThat(checked.get()).as("round %s", round).isEqualTo(InstructorAuth.MAX_FAILURES);
        assertThat(limited.get()).isEqualTo(THREADS - InstructorAuth.MAX_FAILURES);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRightPasswordDoesNotUseUpAPlace() {
    for (int i = 0; i < 10; i++) {
      assertThat(auth.login(PASSWORD.toCharArray(), "10.1.0.1")).isPresent();
    }
    for (int i = 0; i < InstructorAuth.MAX_FAILURES; i++) {
      assertThat(auth.login("wrong".toCharArray(), "10.1.0.1")).isEmpty();
    }
    assertThatThrownBy(() -> auth.login(PASSWORD.toCharArray(), "10.1.0.1"))
        .isInstanceOf(InstructorAuth.TooManyAttemptsException.class);
    assertThat(auth.login(PASSWORD.toCharArray(), "10.1.0.2")).as("another address").isPresent();
  }
}
