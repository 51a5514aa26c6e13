package org.cytoquiz.quiz.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.cytoquiz.core.Audience;
import org.cytoquiz.core.entity.EntityId;
import org.junit.jupiter.api.Test;

/** Typed claims and feedback verdicts as values. */
class ClaimTests {

  static final Claim HOSPITAL = Claim.of(EntityId.of("high-dose-il2"), "must-be-given-in", EntityId.of("hospital"));

  @Test
  void aDenialAndItsAssertionAreOneFact() {
    Claim denial = HOSPITAL.negated();
    assertThat(denial.holds()).isFalse();
    assertThat(denial).isNotEqualTo(HOSPITAL);
    assertThat(denial.asserted()).isEqualTo(HOSPITAL);
    assertThat(HOSPITAL.asserted()).isEqualTo(HOSPITAL);
    assertThat(denial.negated()).isEqualTo(HOSPITAL);
    assertThat(denial).hasToString("high-dose-il2 NOT must-be-given-in hospital");
  }

  @Test
  void aDefinitionClaimIsKnownByItsRelation() {
    Claim meaning = Claim.meaning(EntityId.of("intravenous"), EntityId.of("intravenous"));
    assertThat(meaning.definition()).isTrue();
    assertThat(meaning.relation()).isEqualTo(Claim.MEANS);
    assertThat(HOSPITAL.definition()).isFalse();
  }

  @Test
  void aClaimNeedsAllItsParts() {
    assertThatIllegalArgumentException().isThrownBy(() -> Claim.of(EntityId.of("a"), " ", EntityId.of("b")))
        .withMessageContaining("blank relation");
    assertThatNullPointerException().isThrownBy(() -> Claim.of(null, "r", EntityId.of("b")));
  }

  @Test
  void theVerdictIsWordedForEachAudienceAndKeptApartFromTheText() {
    assertThat(Verdict.WRONG.word(Audience.PATIENT)).isEqualTo("Not quite.");
    assertThat(Verdict.WRONG.word(Audience.STAFF)).isEqualTo("Incorrect.");
    assertThat(Verdict.RIGHT.word(Audience.STAFF)).isEqualTo("Correct.");
    Feedback feedback = new Feedback(Verdict.RIGHT, "High-dose interleukin-2 has to be given in the hospital.",
        java.util.List.of(HOSPITAL), org.cytoquiz.core.TestModels.ref(org.cytoquiz.core.TestModels.CARE, 1));
    Feedback wrong = feedback.withVerdict(Verdict.WRONG);
    assertThat(wrong.verdict()).isEqualTo(Verdict.WRONG);
    assertThat(wrong.text()).isEqualTo(feedback.text());
    assertThat(wrong.facts()).containsExactly(HOSPITAL);
  }
}
