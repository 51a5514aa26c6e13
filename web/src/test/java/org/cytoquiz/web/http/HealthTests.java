package org.cytoquiz.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.cytoquiz.web.app.MovableClock;
import org.junit.jupiter.api.Test;

/** The health state with probes that fail on demand and a clock the test moves. */
class HealthTests {

  final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T10:00:00Z"));
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
    Instant start = clock.instant();
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
