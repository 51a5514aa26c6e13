package org.cytoquiz.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cytoquiz.core.TestModels.AT_DOSE;
import static org.cytoquiz.core.TestModels.CAN_BE_GIVEN_IN;
import static org.cytoquiz.core.TestModels.COURSE;
import static org.cytoquiz.core.TestModels.USES;

import java.util.List;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The contracts the package documentation states: nulls are refused by name, unknown ids are named with the known ones. */
class ContractTests {

  private final KnowledgeBase kb = KnowledgeBase.of(
      COURSE, KnowledgeBaseTests.ENTITIES, List.of(USES, CAN_BE_GIVEN_IN, AT_DOSE), KnowledgeBaseTests.FACTS);

  private static void refusesNull(Executable call, String parameter) {
    assertThatThrownBy(call::execute).isExactlyInstanceOf(NullPointerException.class).hasMessage(parameter);
  }

  @Nested
  class NullArguments {

    @Test
    void therapyOfNullNamesTheId() {
      refusesNull(() -> kb.therapy(null), "id");
    }

    @Test
    void factsAboutANullSubjectIsRefusedRatherThanEmpty() {
      refusesNull(() -> kb.factsAbout(null, USES), "subject");
      refusesNull(() -> kb.factsAbout(EntityId.of("high-dose-il2"), null), "relation");
    }

    @Test
    void everyLookUpNamesTheNullParameter() {
      EntityId subject = EntityId.of("high-dose-il2");
      EntityId object = EntityId.of("home");
      refusesNull(() -> kb.relation(null), "id");
      refusesNull(() -> kb.findRelation(null), "id");
      refusesNull(() -> kb.entity(null, "home"), "type");
      refusesNull(() -> kb.entity(EntityType.CARE_SETTING, null), "id");
      refusesNull(() -> kb.findEntity(null), "id");
      refusesNull(() -> kb.entities(null), "type");
      refusesNull(() -> kb.truth(null, CAN_BE_GIVEN_IN, object), "subject");
      refusesNull(() -> kb.truth(subject, null, object), "relation");
      refusesNull(() -> kb.truth(subject, CAN_BE_GIVEN_IN, null), "object");
      refusesNull(() -> kb.fact(subject, CAN_BE_GIVEN_IN, null), "object");
      refusesNull(() -> kb.entailed(null, CAN_BE_GIVEN_IN, object), "subject");
      refusesNull(() -> kb.objects(subject, null), "relation");
      refusesNull(() -> kb.subjects(CAN_BE_GIVEN_IN, null), "object");
      refusesNull(() -> kb.factsPointingAt(CAN_BE_GIVEN_IN, null), "object");
      refusesNull(() -> kb.statement(null), "fact");
      refusesNull(() -> kb.lookUp(null), "term");
    }
  }

  @Nested
  class UnknownIds {

    @Test
    void anUnknownTherapyListsTheTherapiesThereAre() {
      assertThatThrownBy(() -> kb.therapy("medium-dose-il2"))
          .isInstanceOf(UnknownEntityException.class)
          .hasMessage("unknown therapy 'medium-dose-il2'; known: high-dose-il2, low-dose-il2")
          .satisfies(e -> {
            UnknownEntityException unknown = (UnknownEntityException) e;
            assertThat(unknown.kind()).isEqualTo("therapy");
            assertThat(unknown.id()).isEqualTo("medium-dose-il2");
            assertThat(unknown.known()).containsExactly("high-dose-il2", "low-dose-il2");
          });
    }

    @Test
    void anEntityOfAnotherKindIsUnknownAsThatKind() {
      assertThatThrownBy(() -> kb.therapy("home"))
          .isInstanceOf(UnknownEntityException.class)
          .hasMessageStartingWith("unknown therapy 'home'; known: ");
    }

    @Test
    void anUnknownRelationListsTheRelations() {
      assertThatThrownBy(() -> kb.relation("given-by"))
          .isInstanceOf(UnknownEntityException.class)
          .hasMessage("unknown relation 'given-by'; known: uses-cytokine, can-be-given-in, given-at-dose");
    }

    @Test
    void aLongListOfKnownIdsIsCutShortInTheMessageButKeptWhole() {
      List<String> known = java.util.stream.IntStream.rangeClosed(1, 25).mapToObj(i -> "t" + i).toList();
      UnknownEntityException e = new UnknownEntityException("topic", "x", known);
      assertThat(e.getMessage()).endsWith("t20 and 5 more").doesNotContain("t21");
      assertThat(e.known()).hasSize(25);
    }
  }

  @Test
  void handedOutListsCannotBeChanged() {
    assertThatThrownBy(() -> kb.facts().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kb.entities().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kb.relations().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kb.therapies().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> kb.lookUp("home").clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
