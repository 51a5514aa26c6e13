package org.cytoquiz.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Verification codes: random, printed in groups, read back forgivingly, and nothing else reads as a code. */
class VerificationCodeTests {

  @Test
  void aPrintedCodeTypedLooselyReadsBackAsItself() {
    for (int i = 0; i < 500; i++) {
      String code = VerificationCode.create();
      assertThat(code).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]+");
      String printed = VerificationCode.grouped(code);
      assertThat(printed).matches("[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}");
      assertThat(VerificationCode.normalise(printed.toLowerCase())).contains(code);
      assertThat(VerificationCode.normalise(" " + printed.replace("-", " ") + " ")).contains(code);
      assertThat(VerificationCode.normalise(code.replace('0', 'O').replace('1', 'l'))).contains(code);
    }
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      assertThat(seen.add(VerificationCode.create())).isTrue();
    }
  }

  @Test
  void anythingOfTheWrongLengthOrAlphabetIsNoCode() {
    assertThat(VerificationCode.normalise(null)).isEmpty();
    assertThat(VerificationCode.normalise("")).isEmpty();
    assertThat(VerificationCode.normalise("7QK2M-X9D4T-HB8RJ-C3W6")).isEmpty();
    assertThat(VerificationCode.normalise("7QK2M-X9D4T-HB8RJ-C3W6NN")).isEmpty();
    assertThat(VerificationCode.normalise("7QK2M-X9D4T-HB8RJ-C3W6U")).as("U is not in the alphabet").isEmpty();
    assertThat(VerificationCode.normalise("<script>alert(1)</script>")).isEmpty();
    qt().forAll(strings().allPossible().ofLengthBetween(0, 80)).check(s -> VerificationCode.normalise(s)
        .map(c -> c.length() == 20 && c.chars().allMatch(ch -> VerificationCode.ALPHABET.indexOf(ch) >= 0))
        .orElse(true));
  }
}
