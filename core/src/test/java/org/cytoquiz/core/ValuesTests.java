package org.cytoquiz.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.core.source.SourceRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValuesTests {

  @ParameterizedTest
  @ValueSource(strings = {"high-dose-il2", "a", "interferon-alfa-2b", "x1"})
  void wellFormedIdsAreAccepted(String id) {
    assertThat(EntityId.of(id).value()).isEqualTo(id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "High-Dose", "two words", "-lead", "trail-", "double--hyphen", "under_score"})
  void malformedIdsAreRefusedByName(String id) {
    assertThatIllegalArgumentException().isThrownBy(() -> EntityId.of(id)).withMessageContaining("'" + id + "'");
  }

  @Test
  void aWordingNeedsBothAudiences() {
    assertThatIllegalArgumentException().isThrownBy(() -> new Wording(" ", "clinical"))
        .withMessage("patient wording is blank");
    assertThat(new Wording(" into the tumor ", "intralesional").in(Audience.PATIENT)).isEqualTo("into the tumor");
    assertThat(new Wording("into the tumor", "intralesional").in(Audience.STAFF)).isEqualTo("intralesional");
  }

  @Test
  void aSourceRefStaysInsideItsSection() {
    Section taken = new Section("taken", "How are cytokines taken?", 2);
    assertThat(new SourceRef(taken, 2).citation()).isEqualTo("\"How are cytokines taken?\", paragraph 2");
    assertThat(new SourceRef(taken, 2).key()).isEqualTo("taken/2");
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceRef(taken, 3))
        .withMessage("paragraph 3 is outside section 'taken', which has paragraphs 1 to 2");
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceRef(taken, 0));
  }

  @Test
  void aFactMayRestOnFurtherParagraphs() {
    Section treat = new Section("treat", "What do cytokines treat?", 4);
    Section taken = new Section("taken", "How are cytokines taken?", 2);
    EntityId lowDose = EntityId.of("low-dose-il2");
    EntityId clinic = EntityId.of("office");
    Fact plain = new Fact(lowDose, TestModels.CAN_BE_GIVEN_IN, clinic, true, List.of(),
        new SourceRef(taken, 2));
    assertThat(plain.sources()).containsExactly(new SourceRef(taken, 2));
    Fact both = new Fact(lowDose, TestModels.CAN_BE_GIVEN_IN, clinic, true, List.of(), new SourceRef(treat, 2),
        List.of(new SourceRef(taken, 2)));
    assertThat(both.sources()).containsExactly(new SourceRef(treat, 2), new SourceRef(taken, 2));
    assertThat(both.denied().sources()).isEqualTo(both.sources());
    assertThatIllegalArgumentException().isThrownBy(() -> new Fact(lowDose, TestModels.CAN_BE_GIVEN_IN, clinic,
        true, List.of(), new SourceRef(taken, 2), List.of(new SourceRef(taken, 2))))
        .withMessage("low-dose-il2 can-be-given-in office cites a paragraph twice");
  }

  @Test
  void aSourceRefMayCiteARunOfParagraphs() {
    Section intro = new Section("intro", "Cytokine Therapy", 2);
    SourceRef run = new SourceRef(intro, 1, 2);
    assertThat(run.isRange()).isTrue();
    assertThat(run.citation()).isEqualTo("\"Cytokine Therapy\", paragraphs 1–2");
    assertThat(run.key()).isEqualTo("intro/1-2");
    assertThat(new SourceRef(intro, 2, 2)).isEqualTo(new SourceRef(intro, 2));
    assertThat(new SourceRef(intro, 2).isRange()).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceRef(intro, 2, 1))
        .withMessage("paragraphs 2 to 1 are not a run inside section 'intro', which has paragraphs 1 to 2");
    assertThatIllegalArgumentException().isThrownBy(() -> new SourceRef(intro, 1, 3));
  }

  @Test
  void aReviewIsDueFromItsDueDate() {
    Source source = new Source("t", "r", YearMonth.of(2022, 2), LocalDate.of(2025, 2, 28),
        List.of(new Section("s", "S", 1)));
    assertThat(source.isReviewDue(LocalDate.of(2025, 2, 27))).isFalse();
    assertThat(source.isReviewDue(LocalDate.of(2025, 2, 28))).isTrue();
    assertThatIllegalArgumentException().isThrownBy(() -> new Source("t", "r", YearMonth.of(2022, 2),
        LocalDate.of(2022, 2, 1), List.of(new Section("s", "S", 1))));
  }

  @Test
  void aTermNeedsADefinition() {
    SourceRef ref = new SourceRef(new Section("s", "S", 1), 1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Entity.of("unresectable", EntityType.TERM, Wording.same("unresectable"), ref))
        .withMessage("term unresectable has no definition");
    assertThat(new Entity(EntityId.of("unresectable"), EntityType.TERM, Wording.same("unresectable"),
        List.of("inoperable"), Optional.of(Wording.same("cannot be removed by surgery")), ref).aliases())
        .containsExactly("inoperable");
  }
}
