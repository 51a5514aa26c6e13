package org.cytoquiz.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cytoquiz.core.TestModels.AT_DOSE;
import static org.cytoquiz.core.TestModels.CAN_BE_GIVEN_IN;
import static org.cytoquiz.core.TestModels.CARE;
import static org.cytoquiz.core.TestModels.COURSE;
import static org.cytoquiz.core.TestModels.USES;
import static org.cytoquiz.core.TestModels.entity;
import static org.cytoquiz.core.TestModels.ref;

import java.util.List;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.source.Section;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTests {

  static final List<Entity> ENTITIES = List.of(
      entity("high-dose-il2", EntityType.THERAPY),
      entity("low-dose-il2", EntityType.THERAPY),
      entity("interleukin-2", EntityType.CYTOKINE),
      entity("interferon-alfa", EntityType.CYTOKINE),
      entity("hospital", EntityType.CARE_SETTING),
      entity("home", EntityType.CARE_SETTING),
      entity("high-dose", EntityType.DOSE),
      entity("low-dose", EntityType.DOSE));

  static final List<Fact> FACTS = List.of(
      Fact.of("high-dose-il2", USES, "interleukin-2", ref(CARE, 1)),
      Fact.of("low-dose-il2", CAN_BE_GIVEN_IN, "home", ref(CARE, 2)),
      Fact.of("high-dose-il2", CAN_BE_GIVEN_IN, "home", ref(CARE, 2)).denied(),
      Fact.of("high-dose-il2", AT_DOSE, "high-dose", ref(CARE, 1)));

  static KnowledgeBase kb() {
    return KnowledgeBase.of(COURSE, ENTITIES, List.of(USES, CAN_BE_GIVEN_IN, AT_DOSE), FACTS);
  }

  static EntityId id(String id) {
    return EntityId.of(id);
  }

  @Nested
  class Truths {

    @Test
    void aStatedFactIsTrue() {
      assertThat(kb().truth(id("high-dose-il2"), USES, id("interleukin-2"))).isEqualTo(Truth.TRUE);
      assertThat(kb().truth(id("low-dose-il2"), CAN_BE_GIVEN_IN, id("home"))).isEqualTo(Truth.TRUE);
    }

    @Test
    void aDeniedFactIsFalse() {
      assertThat(kb().truth(id("high-dose-il2"), CAN_BE_GIVEN_IN, id("home"))).isEqualTo(Truth.FALSE);
    }

    @Test
    void anUnlistedPairOfAClosedWorldRelationIsFalse() {
      assertThat(kb().truth(id("high-dose-il2"), USES, id("interferon-alfa"))).isEqualTo(Truth.FALSE);
      assertThat(kb().truth(id("low-dose-il2"), USES, id("interleukin-2"))).isEqualTo(Truth.FALSE);
    }

    @Test
    void anUnlistedPairOfAnOpenWorldRelationIsUnknown() {
      assertThat(kb().truth(id("low-dose-il2"), CAN_BE_GIVEN_IN, id("hospital"))).isEqualTo(Truth.UNKNOWN);
      assertThat(kb().truth(id("high-dose-il2"), CAN_BE_GIVEN_IN, id("hospital"))).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void aSecondObjectOfAOneObjectRelationIsFalseOnlyWhenTheFirstIsStated() {
      assertThat(kb().truth(id("high-dose-il2"), AT_DOSE, id("low-dose"))).isEqualTo(Truth.FALSE);
      assertThat(kb().truth(id("low-dose-il2"), AT_DOSE, id("high-dose"))).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void entitiesOfKindsTheRelationDoesNotTakeAreUnknownNotFalse() {
      assertThat(kb().truth(id("interleukin-2"), USES, id("hospital"))).isEqualTo(Truth.UNKNOWN);
    }
  }

  @Nested
  class LookUps {

    @Test
    void objectsAndSubjectsListWhatHoldsNotWhatIsDenied() {
      assertThat(kb().objects(id("high-dose-il2"), CAN_BE_GIVEN_IN)).isEmpty();
      assertThat(kb().subjects(CAN_BE_GIVEN_IN, id("home"))).extracting(Entity::id)
          .containsExactly(id("low-dose-il2"));
    }

    @Test
    void entitiesOfOneTypeKeepContentOrder() {
      assertThat(kb().entities(EntityType.THERAPY)).extracting(e -> e.id().value())
          .containsExactly("high-dose-il2", "low-dose-il2");
    }

    @Test
    void anUnknownIdNamesTheKindAndTheId() {
      assertThatThrownBy(() -> kb().entity(EntityType.THERAPY, "interleukin-2"))
          .isInstanceOf(UnknownEntityException.class)
          .hasMessageStartingWith("unknown therapy 'interleukin-2'");
      assertThatThrownBy(() -> kb().entity(id("nothing-here")))
          .hasMessage("unknown entity 'nothing-here'");
      assertThatThrownBy(() -> kb().relation("cures"))
          .isInstanceOf(UnknownEntityException.class)
          .hasMessageStartingWith("unknown relation 'cures'");
      assertThatThrownBy(() -> kb().therapy("Not An Id"))
          .hasMessageStartingWith("unknown therapy 'Not An Id'");
    }

    @Test
    void theTherapyViewGathersItsFacts() {
      var therapy = kb().therapy("high-dose-il2");
      assertThat(therapy.cytokine()).map(e -> e.id().value()).contains("interleukin-2");
      assertThat(therapy.dose()).map(e -> e.id().value()).contains("high-dose");
      assertThat(therapy.possibleSettings()).isEmpty();
      assertThat(kb().therapy("low-dose-il2").possibleSettings()).extracting(e -> e.id().value())
          .containsExactly("home");
    }
  }

  @Nested
  class Checks {

    @Test
    void aFactAndItsDenialContradict() {
      var facts = List.of(
          Fact.of("low-dose-il2", CAN_BE_GIVEN_IN, "home", ref(CARE, 2)),
          Fact.of("low-dose-il2", CAN_BE_GIVEN_IN, "home", ref(CARE, 1)).denied());
      assertThatThrownBy(() -> KnowledgeBase.of(COURSE, ENTITIES, List.of(CAN_BE_GIVEN_IN), facts))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("contradicts the fact 'low-dose-il2 can-be-given-in home'");
    }

    @Test
    void aSecondObjectInAOneObjectRelationIsAnError() {
      var facts = List.of(
          Fact.of("high-dose-il2", USES, "interleukin-2", ref(CARE, 1)),
          Fact.of("high-dose-il2", USES, "interferon-alfa", ref(CARE, 1)));
      var problems = KnowledgeBase.checked(COURSE, ENTITIES, List.of(USES), facts).problems();
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.element()).isSameAs(facts.get(1));
        assertThat(p.field()).isEqualTo("object");
        assertThat(p.message()).contains("allows one object per subject", "already has 'interleukin-2'");
      });
    }

    @Test
    void aFactMayOnlyLinkKindsItsRelationTakes() {
      var facts = List.of(Fact.of("interleukin-2", USES, "interferon-alfa", ref(CARE, 1)));
      assertThat(KnowledgeBase.checked(COURSE, ENTITIES, List.of(USES), facts).problems())
          .extracting(ModelProblem::message)
          .containsExactly("'interleukin-2' is a cytokine, but relation 'uses-cytokine' takes therapy as its subject");
    }

    @Test
    void aDenialInAClosedWorldRelationIsOnlyAWarning() {
      var facts = List.of(Fact.of("low-dose-il2", USES, "interferon-alfa", ref(CARE, 1)).denied());
      assertThat(KnowledgeBase.checked(COURSE, ENTITIES, List.of(USES), facts).problems())
          .extracting(ModelProblem::severity).containsExactly(Severity.WARNING);
      assertThat(KnowledgeBase.of(COURSE, ENTITIES, List.of(USES), facts).facts()).hasSize(1);
    }

    @Test
    void aSourceOutsideTheArticleIsAnError() {
      var stray = new Section("elsewhere", "Another article", 1);
      var facts = List.of(Fact.of("low-dose-il2", CAN_BE_GIVEN_IN, "home", ref(stray, 1)));
      assertThat(KnowledgeBase.checked(COURSE, ENTITIES, List.of(CAN_BE_GIVEN_IN), facts).problems())
          .extracting(ModelProblem::field, ModelProblem::message)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("source",
              "section 'elsewhere' is not in the course's article"));
    }

    @Test
    void aDuplicateIdIsAnError() {
      var twice = new java.util.ArrayList<>(ENTITIES);
      twice.add(entity("home", EntityType.SCHEDULE));
      assertThat(KnowledgeBase.checked(COURSE, twice, List.of(), List.of()).problems())
          .extracting(ModelProblem::message)
          .containsExactly("the id 'home' is already used by another care-setting");
    }
  }

  @Nested
  class CheckedOnce {

    @Test
    void aModelWithWarningsOnlyComesWithItsKnowledgeBaseAndTheWarnings() {
      var facts = List.of(Fact.of("low-dose-il2", USES, "interferon-alfa", ref(CARE, 1)).denied());
      CheckedModel checked = KnowledgeBase.checked(COURSE, ENTITIES, List.of(USES), facts);
      assertThat(checked.problems()).extracting(ModelProblem::severity).containsExactly(Severity.WARNING);
      assertThat(checked.errors()).isEmpty();
      assertThat(checked.knowledgeBase()).hasValueSatisfying(kb -> assertThat(kb.facts()).isEqualTo(facts));
    }

    @Test
    void aModelWithAnErrorHasNoKnowledgeBase() {
      var facts = List.of(
          Fact.of("high-dose-il2", USES, "interleukin-2", ref(CARE, 1)),
          Fact.of("high-dose-il2", USES, "interferon-alfa", ref(CARE, 1)));
      CheckedModel checked = KnowledgeBase.checked(COURSE, ENTITIES, List.of(USES), facts);
      assertThat(checked.knowledgeBase()).isEmpty();
      assertThat(checked.errors()).singleElement().extracting(ModelProblem::element).isSameAs(facts.get(1));
      assertThat(checked.problems()).isEqualTo(KnowledgeBase.checked(COURSE, ENTITIES, List.of(USES), facts).problems());
    }

    @Test
    void aCheckedModelCannotCarryAKnowledgeBaseWithAnError() {
      ModelProblem error = new ModelProblem(COURSE, "id", "broken", Severity.ERROR);
      assertThatThrownBy(() -> new CheckedModel(List.of(error), java.util.Optional.of(kb())))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broken");
    }
  }

  @Nested
  class Sentences {

    @Test
    void aStatedFactReadsAsASentenceInBothWordings() {
      Fact fact = FACTS.get(1);
      assertThat(kb().statement(fact)).isEqualTo(new Wording("Low dose il2 can be given in home.",
          "Low dose il2 (clinical) may be administered in home (clinical)."));
    }

    @Test
    void aDeniedFactReadsAsADenial() {
      Fact fact = FACTS.get(2);
      assertThat(kb().statement(fact)).isEqualTo(new Wording("Not true: high dose il2 can be given in home.",
          "Incorrect: high dose il2 (clinical) may be administered in home (clinical)."));
    }
  }
}
