package org.cytoquiz.web.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTests {

  @Test
  void idsAndTokensHaveTheirShape() {
    for (int i = 0; i < 200; i++) {
      assertThat(Secrets.hasShape(Secrets.random(16), 22)).isTrue();
      assertThat(Secrets.hasShape(Secrets.random(32), 43)).isTrue();
      assertThat(Secrets.hasShape(Secrets.random(16), 43)).isFalse();
    }
  }

  @Test
  void anythingElseIsRefused() {
    String id = "abcdefghijABCDEFGHIJ_-";
    assertThat(Secrets.hasShape(id, 22)).isTrue();
    assertThat(Secrets.hasShape(null, 22)).isFalse();
    assertThat(Secrets.hasShape("", 22)).isFalse();
    assertThat(Secrets.hasShape(id + "x", 22)).isFalse();
    assertThat(Secrets.hasShape(id.substring(1), 22)).isFalse();
    for (char c : "./+=%ÿ \u0000\nZ".toCharArray()) {
      String changed = id.substring(0, 21) + c;
      assertThat(Secrets.hasShape(changed, 22)).as("ending in U+%04X", (int) c).isEqualTo(c == 'Z');
    }
    assertThat(Secrets.hasShape("abcdefghijABCDEFGHIJ\u0660-", 22)).isFalse(); // a digit, but not an ASCII one
  }
}
