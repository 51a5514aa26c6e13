package org.cytoquiz.web.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.web.app.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Resume codes: their alphabet, how forgiving typing is, and the limit on wrong guesses. */
class ResumeCodeTests {

  @Test
  void aCodeIsEightCharactersOfTheUnambiguousAlphabetDrawnFromTheToken() {
    for (int i = 0; i < 2_000; i++) {
      String token = Secrets.random(32);
      String code = ResumeCode.of(token);
      assertThat(code).hasSize(8).matches("[0-9A-HJKMNP-TV-Z]{8}");
      assertThat(ResumeCode.of(token)).isEqualTo(code);
      assertThat(ResumeCode.isCode(code)).isTrue();
      assertThat(ResumeCode.parse(ResumeCode.display(code))).hasValue(code);
      assertThat(ResumeCode.parse(ResumeCode.display(code).toLowerCase())).hasValue(code);
    }
  }

  @Test
  void codesOfDifferentTokensDiffer() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 5_000; i++) {
      codes.add(ResumeCode.of(Secrets.random(32)));
    }
    assertThat(codes).hasSize(5_000);
  }

  @ParameterizedTest
  @CsvSource({
      "7K3M-Q9TX, 7K3MQ9TX",
      "7k3m q9tx, 7K3MQ9TX",
      " 7K3M–Q9TX , 7K3MQ9TX",
      "OIL0-1234, 0110-1234"
  })
  void typingIgnoresCaseSpacesAndDashesAndReadsLookAlikes(String typed, String expected) {
    assertThat(ResumeCode.parse(typed)).hasValue(expected.replace("-", ""));
  }

  @ParameterizedTest
  @CsvSource({"'7K3M-Q9T'", "'7K3M-Q9TXX'", "'7K3M-Q9T!'", "'7K3M-Q9TU'", "''"})
  void anythingElseIsNotACode(String typed) {
    assertThat(ResumeCode.parse(typed)).isEmpty();
    assertThat(ResumeCode.isCode(typed)).isFalse();
  }

  @Test
  void aTokenIsNotACode() {
    assertThat(ResumeCode.isCode(Secrets.random(32))).isFalse();
    assertThat(ResumeCode.isCode("7k3mq9tx")).as("cookies hold codes in stored form").isFalse();
  }

  @Test
  void theHashIsWhatIsStoredAndIsNotTheCode() {
    assertThat(ResumeCode.hash("7K3MQ9TX")).hasSize(64).doesNotContain("7K3MQ9TX")
        .isEqualTo(ResumeCode.hash("7K3MQ9TX")).isNotEqualTo(ResumeCode.hash("7K3MQ9TY"));
  }

  @Test
  void wrongGuessesAreLimitedPerAddressWithinTheWindowAndRightOnesGiveTheirPlaceBack() {
    MovableClock clock = new MovableClock(Instant.parse("2026-11-30T12:00:00Z"));
    GuessLimit limit = new GuessLimit(3, Duration.ofMinutes(15), clock);
    Instant right = limit.reserve("a");
    limit.release("a", right);
    limit.reserve("a");
    limit.reserve("a");
    limit.reserve("a");
    assertThatThrownBy(() -> limit.reserve("a")).isInstanceOf(GuessLimit.TooManyGuessesException.class)
        .hasMessageContaining("15 minute(s)");
    assertThat(Optional.of(limit.reserve("b"))).isPresent();
    clock.pass(Duration.ofMinutes(15).plusSeconds(1));
    assertThat(limit.reserve("a")).isNotNull();
  }

  @Test
  void aLimitNeedsRoomAndTime() {
    assertThatThrownBy(() -> new GuessLimit(0, Duration.ofMinutes(1), Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max >= 1");
    assertThatThrownBy(() -> new GuessLimit(1, Duration.ZERO, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive window");
  }
}
