package org.cytoquiz.teaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cytoquiz.core.TestModels.CAN_BE_GIVEN_IN;
import static org.cytoquiz.core.TestModels.CARE;
import static org.cytoquiz.core.TestModels.COURSE;
import static org.cytoquiz.core.TestModels.USES;
import static org.cytoquiz.core.TestModels.entity;
import static org.cytoquiz.core.TestModels.ref;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.InvalidModelException;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.ModelProblem;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Truth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Teaching material is checked against the facts it rests on, and looked up by id with clear failures. */
class CurriculumTests {

  static final KnowledgeBase KB = KnowledgeBase.of(COURSE,
      List.of(entity("high-dose-il2", EntityType.THERAPY), entity("low-dose-il2", EntityType.THERAPY),
          entity("interleukin-2", EntityType.CYTOKINE), entity("home", EntityType.CARE_SETTING),
          entity("clinic", EntityType.CARE_SETTING)),
      List.of(USES, CAN_BE_GIVEN_IN),
      List.of(Fact.of("high-dose-il2", USES, "interleukin-2", ref(CARE, 1)),
          Fact.of("low-dose-il2", CAN_BE_GIVEN_IN, "home", ref(CARE, 2)),
          Fact.of("high-dose-il2", CAN_BE_GIVEN_IN, "home", ref(CARE, 2)).denied()));

  static final Topic CARE_TOPIC = new Topic("care", new Wording("Care", "Care settings"));

  static Statement statement(String subject, String relation, String object) {
    return new Statement(EntityId.of(subject), relation, EntityId.of(object));
  }

  static AuthoredOption option(String id, Statement statement) {
    return new AuthoredOption(id, new Wording(id, id), List.of(statement), Optional.empty(), Optional.empty());
  }

  static AuthoredQuestion question(String id, String topic, AuthoredOption... options) {
    return new AuthoredQuestion(id, QuestionKind.SINGLE_CHOICE, EnumSet.of(Audience.PATIENT),
        Difficulty.RECALL, topic, new Wording("Where?", "Where?"), List.of(options));
  }

  static Teaching teaching(List<AuthoredQuestion> questions) {
    return new Teaching(List.of(CARE_TOPIC), List.of(), questions, List.of(), Optional.empty());
  }

  static final AuthoredOption HOME_LOW = option("low", statement("low-dose-il2", "can-be-given-in", "home"));
  static final AuthoredOption HOME_HIGH = option("high", statement("high-dose-il2", "can-be-given-in", "home"));

  @Nested
  class Truths {

    @Test
    void aStatementIsAsTrueAsTheModelSays() {
      assertThat(statement("low-dose-il2", "can-be-given-in", "home").truth(KB)).isEqualTo(Truth.TRUE);
      assertThat(statement("high-dose-il2", "can-be-given-in", "home").truth(KB)).isEqualTo(Truth.FALSE);
      assertThat(statement("low-dose-il2", "can-be-given-in", "clinic").truth(KB)).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void anOptionIsFalseWhenOneStatementIsFalseAndUnknownWhenOneIsUnsettled() {
      var unknown = statement("low-dose-il2", "can-be-given-in", "clinic");
      var both = new AuthoredOption("both", new Wording("b", "b"),
          List.of(HOME_LOW.statements().get(0), unknown), Optional.empty(), Optional.empty());
      var falseOne = new AuthoredOption("f", new Wording("f", "f"),
          List.of(unknown, HOME_HIGH.statements().get(0)), Optional.empty(), Optional.empty());
      assertThat(HOME_LOW.truth(KB)).isEqualTo(Truth.TRUE);
      assertThat(both.truth(KB)).isEqualTo(Truth.UNKNOWN);
      assertThat(falseOne.truth(KB)).isEqualTo(Truth.FALSE);
    }
  }

  @Nested
  class Checks {

    @Test
    void fittingMaterialHasNoProblem() {
      assertThat(TeachingCheck.check(KB, teaching(List.of(question("q1", "care", HOME_LOW, HOME_HIGH))))).isEmpty();
    }

    @Test
    void anUnknownTopicIsNamedOnTheQuestion() {
      AuthoredQuestion q = question("q1", "dosing", HOME_LOW, HOME_HIGH);
      assertThat(TeachingCheck.check(KB, teaching(List.of(q))))
          .containsExactly(ModelProblem.error(q, "topic", "unknown topic 'dosing'"));
    }

    @Test
    void anOptionTheModelDoesNotSettleIsAnErrorOnThatOption() {
      AuthoredQuestion q = question("q1", "care", HOME_LOW,
          option("clinic", statement("low-dose-il2", "can-be-given-in", "clinic")));
      assertThat(TeachingCheck.check(KB, teaching(List.of(q)))).singleElement().satisfies(p -> {
        assertThat(p.field()).isEqualTo("options[1].statements");
        assertThat(p.message()).isEqualTo("option 'clinic' rests on a statement the content neither states nor "
            + "denies: low-dose-il2 can-be-given-in clinic");
      });
    }

    @Test
    void aSingleChoiceQuestionWithTwoRightOptionsIsRefused() {
      AuthoredQuestion q = question("q1", "care", HOME_LOW,
          option("uses", statement("high-dose-il2", "uses-cytokine", "interleukin-2")));
      assertThat(TeachingCheck.check(KB, teaching(List.of(q)))).singleElement().satisfies(p ->
          assertThat(p.message()).isEqualTo(
              "a single-choice question needs exactly one right option, but the model makes 2 right"));
    }

    @Test
    void unknownRelationsAndEntitiesInStatementsAreNamed() {
      AuthoredQuestion q = question("q1", "care", HOME_LOW,
          option("a", statement("low-dose-il2", "given-by", "home")),
          option("b", statement("medium-dose-il2", "can-be-given-in", "home")));
      assertThat(TeachingCheck.check(KB, teaching(List.of(q)))).extracting(ModelProblem::message)
          .containsExactly("unknown relation 'given-by'", "unknown entity 'medium-dose-il2'");
    }

    @Test
    void checkingOnceGivesTheProblemsOrTheCurriculum() {
      AuthoredQuestion bad = question("q1", "dosing", HOME_LOW, HOME_HIGH);
      Curriculum.Checked refused = Curriculum.checked(KB, teaching(List.of(bad)));
      assertThat(refused.curriculum()).isEmpty();
      assertThat(refused.problems()).isEqualTo(TeachingCheck.check(KB, teaching(List.of(bad))));
      Curriculum.Checked accepted = Curriculum.checked(KB, teaching(List.of(question("q1", "care", HOME_LOW, HOME_HIGH))));
      assertThat(accepted.problems()).isEmpty();
      assertThat(accepted.curriculum()).hasValueSatisfying(c -> assertThat(c.knowledgeBase()).isSameAs(KB));
      assertThatThrownBy(() -> new Curriculum.Checked(refused.problems(), accepted.curriculum()))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCurriculumRefusesMaterialWithProblems() {
      assertThatThrownBy(() -> Curriculum.of(KB, teaching(List.of(question("q1", "dosing", HOME_LOW, HOME_HIGH)))))
          .isInstanceOf(InvalidModelException.class)
          .hasMessageContaining("unknown topic 'dosing'");
    }
  }

  @Nested
  class LookUps {

    final Curriculum curriculum = Curriculum.of(KB, teaching(List.of(question("q1", "care", HOME_LOW, HOME_HIGH))));

    @Test
    void anUnknownTopicSaysSoRatherThanFindingNothing() {
      assertThatThrownBy(() -> curriculum.topic("dosing"))
          .isInstanceOf(UnknownEntityException.class)
          .hasMessage("unknown topic 'dosing'; known: care");
      assertThat(curriculum.topic("care")).isEqualTo(CARE_TOPIC);
    }

    @Test
    void anUnknownQuizIsNamed() {
      assertThatThrownBy(() -> curriculum.preset("care-quiz"))
          .isInstanceOf(UnknownEntityException.class)
          .hasMessage("unknown quiz 'care-quiz'");
    }

    @Test
    void nullsAreRefusedByName() {
      assertThatThrownBy(() -> curriculum.preset(null)).isExactlyInstanceOf(NullPointerException.class).hasMessage("id");
      assertThatThrownBy(() -> curriculum.topic(null)).isExactlyInstanceOf(NullPointerException.class).hasMessage("id");
      assertThatThrownBy(() -> curriculum.template(null)).isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("relation");
      assertThatThrownBy(() -> Curriculum.of(null, Teaching.NONE)).isExactlyInstanceOf(NullPointerException.class)
          .hasMessage("knowledgeBase");
    }
  }
}
