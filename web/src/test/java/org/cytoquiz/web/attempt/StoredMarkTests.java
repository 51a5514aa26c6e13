package org.cytoquiz.web.attempt;

import static org.assertj.core.api.Assertions.assertThat;

import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.scoring.ScoringPolicy;
import org.junit.jupiter.api.Test;

/** The marking policy recorded with a submitted attempt reads back as the policy it was marked under. */
class StoredMarkTests {

  @Test
  void everyRecordedPolicyReadsBackAsItself() {
    for (Marking marking : Marking.values()) {
      ScoringPolicy plain = ScoringPolicy.of(marking);
      assertThat(StoredMark.policy(StoredMark.policyKey(plain))).contains(plain);
      assertThat(StoredMark.policy(StoredMark.policyKey(plain.withCertainty()))).contains(plain.withCertainty());
    }
    assertThat(StoredMark.policyKey(ScoringPolicy.of(Marking.NEGATIVE_MARKING).withCertainty()))
        .isEqualTo("negative-marking+certainty");
  }

  @Test
  void aKeyNamingNoMarkingRuleReadsAsNone() {
    assertThat(StoredMark.policy("")).isEmpty();
    assertThat(StoredMark.policy("+certainty")).isEmpty();
    assertThat(StoredMark.policy("lenient")).isEmpty();
  }
}
