package org.cytoquiz.web.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The LRS client against the stand-in on loopback, and the sender's back-off. */
class LrsClientTests {

  static XapiOutbox.Pending statement(UUID id, String text) {
    return new XapiOutbox.Pending(id, "{\"id\":\"" + id + "\",\"note\":\"" + text + "\"}", 0);
  }

  @Test
  void aStatementIsPutUnderItsIdAndAKnownIdCountsAsDelivered() {
    try (LrsStandIn lrs = LrsStandIn.start(0)) {
      LrsClient client = new LrsClient(lrs.settings(), Duration.ofSeconds(5));
      UUID id = UUID.randomUUID();
      assertThat(client.deliver(statement(id, "a"))).isInstanceOf(XapiOutbox.Delivery.Delivered.class);
      assertThat(lrs.stored()).containsOnlyKeys(id.toString());
      // Sent again (its delivery was not recorded): 204 for the same statement, 409 for another under its id.
      assertThat(client.deliver(statement(id, "a"))).isInstanceOf(XapiOutbox.Delivery.Delivered.class);
      assertThat(client.deliver(statement(id, "b"))).isInstanceOf(XapiOutbox.Delivery.Delivered.class);
      assertThat(lrs.duplicates()).isEqualTo(2);
      assertThat(lrs.refusals()).isEmpty();
    }
  }

  @Test
  void anOutageIsAFailureNamingTheStatus() {
    try (LrsStandIn lrs = LrsStandIn.start(1)) {
      LrsClient client = new LrsClient(lrs.settings(), Duration.ofSeconds(5));
      UUID id = UUID.randomUUID();
      XapiOutbox.Delivery first = client.deliver(statement(id, "a"));
      assertThat(first).isInstanceOf(XapiOutbox.Delivery.Failed.class);
      assertThat(((XapiOutbox.Delivery.Failed) first).reason()).contains("503").contains(id.toString());
      assertThat(client.deliver(statement(id, "a"))).isInstanceOf(XapiOutbox.Delivery.Delivered.class);
    }
  }

  @Test
  void wrongCredentialsAreAFailureThatSaysSo() {
    try (LrsStandIn lrs = LrsStandIn.start(0)) {
      LrsClient client = new LrsClient(new LrsSettings(lrs.endpoint(), LrsStandIn.USER, "wrong"),
          Duration.ofSeconds(5));
      XapiOutbox.Delivery delivery = client.deliver(statement(UUID.randomUUID(), "a"));
      assertThat(((XapiOutbox.Delivery.Failed) delivery).reason()).contains("401").contains("--lrs-user");
      assertThat(lrs.stored()).isEmpty();
    }
  }

  @Test
  void anUnreachableLrsIsAFailure() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // free again once closed: nothing listens there
    }
    LrsClient client = new LrsClient(new LrsSettings(URI.create("http://127.0.0.1:" + port + "/xapi"), "u", "p"),
        Duration.ofSeconds(2));
    XapiOutbox.Delivery delivery = client.deliver(statement(UUID.randomUUID(), "a"));
    assertThat(((XapiOutbox.Delivery.Failed) delivery).reason()).contains("cannot reach the LRS");
  }

  @Test
  void theEndpointGetsItsFinalSlashAndTheStatementPath() {
    LrsSettings settings = LrsSettings.parse("https://lrs.example.org/xapi", "key", "secret");
    UUID id = UUID.fromString("6690e6c9-3ef0-4ed3-8b37-7f3964730bee");
    assertThat(settings.statement(id).toString())
        .isEqualTo("https://lrs.example.org/xapi/statements?statementId=6690e6c9-3ef0-4ed3-8b37-7f3964730bee");
    assertThat(settings.toString()).doesNotContain("secret");
  }

  @Test
  void anEndpointMustBeAWebAddress() {
    assertThatThrownBy(() -> LrsSettings.parse("lrs.example.org/xapi", "", ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LRS URL 'lrs.example.org/xapi'");
    assertThatThrownBy(() -> LrsSettings.parse("https://lrs.example.org/xapi?x=1", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theBackOffDoublesUpToItsCap() {
    OutboxSender.Timing timing = new OutboxSender.Timing(Duration.ofSeconds(1), Duration.ofMinutes(5),
        Duration.ofSeconds(1));
    assertThat(timing.backOff(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(timing.backOff(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(timing.backOff(5)).isEqualTo(Duration.ofSeconds(16));
    assertThat(timing.backOff(9)).isEqualTo(Duration.ofSeconds(256));
    assertThat(timing.backOff(10)).isEqualTo(Duration.ofMinutes(5));
    assertThat(timing.backOff(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    assertThatThrownBy(() -> new OutboxSender.Timing(Duration.ofSeconds(2), Duration.ofSeconds(1),
        Duration.ofSeconds(1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSenderLooksAgainWhenIdleAndStopsCleanly() throws InterruptedException {
    java.util.concurrent.atomic.AtomicInteger rounds = new java.util.concurrent.atomic.AtomicInteger();
    XapiOutbox empty = new XapiOutbox() {
      @Override
      public Round deliverDue(int max, Courier courier, java.util.function.IntFunction<Duration> backOff) {
        rounds.incrementAndGet();
        return new Round(0, java.util.Optional.empty(), 0);
      }

      @Override
      public Backlog backlog() {
        return new Backlog(0, java.util.Optional.empty(), java.util.Optional.empty());
      }

      @Override
      public java.util.List<XapiStatement> statements(String attemptId) {
        return java.util.List.of();
      }
    };
    OutboxSender idle = new OutboxSender(empty, s -> new XapiOutbox.Delivery.Delivered(), OutboxSender.Timing.DEFAULT);
    idle.close();
    assertThat(rounds).hasValue(0);
    OutboxSender running = new OutboxSender(empty, s -> new XapiOutbox.Delivery.Delivered(),
        new OutboxSender.Timing(Duration.ofMillis(5), Duration.ofMillis(5), Duration.ofMillis(5)));
    running.start();
    while (rounds.get() < 3) {
      Thread.sleep(5);
    }
    running.close();
    running.close();
    int after = rounds.get();
    Thread.sleep(50);
    assertThat(rounds).as("no round after close").hasValue(after);
    assertThat(running.backlog()).isPresent().get().extracting(XapiOutbox.Backlog::unsent).isEqualTo(0L);
  }
}
