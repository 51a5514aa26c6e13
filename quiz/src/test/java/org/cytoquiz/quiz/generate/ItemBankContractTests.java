package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.teaching.Topic;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;

/** A bank shared by many callers cannot be changed by one of them, and a misspelt topic is named as unknown. */
class ItemBankContractTests {

  private static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  private static final Curriculum CURRICULUM = BundledCourse.curriculum();
  private static final ItemBank BANK = ItemBank.build(CURRICULUM, Audience.PATIENT);

  @Test
  void noViewTheBankHandsOutCanBeChanged() {
    String topic = BANK.topics().iterator().next();
    List<Question> some = BANK.questions().stream().filter(q -> q.topic().equals(topic)).toList();
    Question first = some.get(0);
    List<Question> corner = BANK.questions(topic, first.kind(), first.difficulty());
    assertThat(corner).contains(first);

    assertThatThrownBy(corner::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BANK.topics().remove(topic)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BANK.topics().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> BANK.questions().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    for (QuestionKind kind : QuestionKind.values()) {
      for (Difficulty difficulty : Difficulty.values()) {
        assertThatThrownBy(() -> BANK.questions(topic, kind, difficulty).add(first))
            .isInstanceOf(UnsupportedOperationException.class);
      }
    }
    assertThat(BANK.questions(topic, first.kind(), first.difficulty())).contains(first);
  }

  @Test
  void aKnownTopicWithoutQuestionsOfAKindIsEmptyNotUnknown() {
    for (Topic topic : CURRICULUM.teaching().topics()) {
      for (QuestionKind kind : QuestionKind.values()) {
        assertThat(BANK.questions(topic.id(), kind, Difficulty.values()[0])).isNotNull();
      }
    }
  }

  @Test
  void anUnknownTopicIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> BANK.questions("dosing", QuestionKind.TRUE_FALSE, Difficulty.values()[0]))
        .isInstanceOf(UnknownEntityException.class)
        .hasMessageStartingWith("unknown topic 'dosing'; known: ")
        .hasMessageContaining(CURRICULUM.teaching().topics().get(0).id());
  }

  @Test
  void aQuizOnAMisspeltTopicSaysTheTopicIsUnknownNotThatQuestionsAreShort() {
    QuizSpec spec = new QuizSpec(Audience.PATIENT, 3, EnumSet.allOf(QuestionKind.class), Set.of("administraton"),
        Map.of(), 1L);
    assertThatThrownBy(() -> QuizAssembler.assemble(BANK, spec))
        .isInstanceOf(UnknownEntityException.class)
        .hasMessageStartingWith("unknown topic 'administraton'; known: ");
    QuizSpec blueprint = new QuizSpec(Audience.PATIENT, 3, EnumSet.allOf(QuestionKind.class), Set.of(),
        Map.of("side-efects", 1), Map.of(), 1L);
    assertThatThrownBy(() -> QuizAssembler.assemble(BANK, blueprint))
        .isInstanceOf(UnknownEntityException.class)
        .hasMessageStartingWith("unknown topic 'side-efects'");
  }

  @Test
  void nullArgumentsAreRefusedByName() {
    assertThatThrownBy(() -> new Response.Choice(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("selected");
    assertThatThrownBy(() -> new Response.Text(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> new Response.Pairs(null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("pairs");
    assertThatThrownBy(() -> ItemBank.build(null, Audience.PATIENT)).hasMessage("curriculum");
    assertThatThrownBy(() -> ItemBank.build(CURRICULUM, null)).hasMessage("audience");
    assertThatThrownBy(() -> BANK.questions(null, QuestionKind.TRUE_FALSE, Difficulty.values()[0]))
        .isExactlyInstanceOf(NullPointerException.class).hasMessage("topic");
  }

  @Test
  void theBundledCourseBuildsWithoutProblems() {
    assertThat(ItemBank.problems(CURRICULUM)).isEmpty();
  }
}
