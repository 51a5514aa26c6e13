package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TrueFalse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * GIFT and Moodle XML refuse a marking they cannot score as cytoquiz does, naming the question and the marking,
 * instead of writing a file that scores differently; QTI carries every marking.
 */
class UnsupportedMarkingTests {

  static final List<Question> STAFF = ItemBank.of(Fixtures.CURRICULUM, Audience.STAFF);

  static QuestionSet one(Question question, Marking marking) {
    return new QuestionSet("one", "one", marking, List.of(question));
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"GIFT", "MOODLE_XML"})
  void allOrNothingMultipleResponseIsRefusedByName(Format format) {
    Question mr = STAFF.stream().filter(q -> q instanceof MultipleResponse).findFirst().orElseThrow();
    assertThatThrownBy(() -> Fixtures.export(format, one(mr, Marking.ALL_OR_NOTHING)))
        .isInstanceOf(UnsupportedMarkingException.class)
        .hasMessageContaining(mr.id()).hasMessageContaining("all-or-nothing").hasMessageContaining(format.key());
  }

  @ParameterizedTest
  @EnumSource(value = Format.class, names = {"GIFT", "MOODLE_XML"})
  void negativelyMarkedTrueFalseIsRefusedByName(Format format) {
    Question tf = STAFF.stream().filter(q -> q instanceof TrueFalse).findFirst().orElseThrow();
    assertThatThrownBy(() -> Fixtures.export(format, one(tf, Marking.NEGATIVE_MARKING)))
        .isInstanceOf(UnsupportedMarkingException.class).hasMessageContaining(tf.id());
  }

  @ParameterizedTest
  @EnumSource(Marking.class)
  void qtiCarriesEveryMarking(Marking marking) {
    QuestionSet bank = new QuestionSet("staff", "staff", marking, STAFF);
    assertThat(Fixtures.export(Format.QTI3, bank)).isNotEmpty();
    assertThat(Fixtures.export(Format.QTI21, bank)).isNotEmpty();
  }
}
