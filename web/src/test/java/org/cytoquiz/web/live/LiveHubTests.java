package org.cytoquiz.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The bytes of an event as the hub writes them, once for every stream. */
class LiveHubTests {

  @Test
  void aStateEventCarriesItsRevisionAsTheEventId() {
    byte[] frame = LiveHub.frame("state", "{\"revision\":7,\"phase\":\"revealed\"}", "7");
    assertThat(new String(frame, StandardCharsets.UTF_8))
        .isEqualTo("id: 7\nevent: state\ndata: {\"revision\":7,\"phase\":\"revealed\"}\n\n");
  }

  @Test
  void anEventWithoutIdHasNoIdLine() {
    assertThat(new String(LiveHub.frame("answers", "{\"answered\":3}", null), StandardCharsets.UTF_8))
        .isEqualTo("event: answers\ndata: {\"answered\":3}\n\n");
  }

  @Test
  void dataThatWouldBreakTheEventIsRefused() {
    assertThatThrownBy(() -> LiveHub.frame("state", "{\"a\":1}\n\nevent: forged", "1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one line");
    assertThatThrownBy(() -> LiveHub.frame("state", "{\"a\":1}\r", "1"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void textOutsideAsciiIsSentAsUtf8() {
    assertThat(LiveHub.frame("state", "{\"n\":\"é\"}", null)).containsSubsequence(
        "é".getBytes(StandardCharsets.UTF_8));
  }
}
