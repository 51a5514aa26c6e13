package org.cytoquiz.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The health state with probes that fail on demand and a clock the test moves. */
class HealthTests {

  /** A clock the test sets. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-30T10:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }

    void pass(Duration d) {
      now = now.plus(d);
    }
  }

  final MovableClock clock = new MovableClock();
  final AtomicBoolean writesFail = new AtomicBoolean();
  final AtomicInteger writes = new AtomicInteger();
  final Health health = new Health(() -> { }, () -> {
    writes.incrementAndGet();
    if (writesFail.get()) {
      throw new IllegalStateException("the database failed", new SQLException("[SQLITE_FULL] database or disk is full"));
    }
  }, clock);

  @Test
  void aHealthyAnswerIsReusedForASecond() {
    assertThat(health.check().ok()).isTrue();
    assertThat(health.check().ok()).isTrue();
    assertThat(writes.get()).isEqualTo(1);
    clock.pass(Health.RECHECK);
    health.check();
    assertThat(writes.get()).isEqualTo(2);
  }

  @Test
  void failingWritesAreReportedWithTheirCauseAndSinceWhen() {
    Instant start = clock.now;
    writesFail.set(true);
    Health.Status status = health.check();
    assertThat(status.ok()).isFalse();
    assertThat(status.details()).hasValueSatisfying(d -> assertThat(d).contains("database or disk is full"));
    assertThat(status.since()).contains(start);
    clock.pass(Duration.ofSeconds(5));
    assertThat(health.check().since()).as("since the first failure").contains(start);
    writesFail.set(false);
    assertThat(health.check().ok()).as("checked again at once, healthy again by itself").isTrue();
  }

  @Test
  void aRequestsFailedWriteCountsUntilAWriteWorksOrTheGraceRunsOut() {
    health.writeFailed(new IllegalStateException("x", new SQLException("[SQLITE_FULL] database or disk is full")));
    Health.Status status = health.check();
    assertThat(status.ok()).as("the probe's small write worked, a request's did not").isFalse();
    assertThat(status.details()).hasValueSatisfying(d -> assertThat(d).contains("disk is full"));
    clock.pass(Health.GRACE.plusSeconds(1));
    assertThat(health.check().ok()).isTrue();

    health.writeFailed(new IllegalStateException("again"));
    assertThat(health.check().ok()).isFalse();
    health.writeWorked();
    assertThat(health.check().ok()).isTrue();
  }
}
