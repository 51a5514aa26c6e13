package org.cytoquiz.quiz.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;

/** Per-attempt forms drawn from the shipped course. */
class FormTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();
  static final QuizPreset STAFF = CURRICULUM.preset("staff-certification");
  static final ItemBank BANK = ItemBank.build(CURRICULUM, STAFF.audience());

  static QuizPreset fixed(QuizPreset p) {
    return new QuizPreset(p.id(), p.title(), p.description(), p.audience(), p.questions(), p.kinds(), p.topics(),
        p.topicMix(), p.difficultyMix(), p.feedback(), p.passMark(), p.certaintyBased(), p.marking(), p.seed(), true);
  }

  @Test
  void theSameSeedDrawsTheSameFormAndItsVersion() {
    assertThat(Form.draw(BANK, STAFF, 42)).isEqualTo(Form.draw(BANK, STAFF, 42));
    assertThat(Form.draw(BANK, STAFF, 42).size()).isEqualTo(STAFF.questions());
  }

  @Test
  void differentSeedsDrawDifferentFormsFromThePool() {
    Form a = Form.draw(BANK, STAFF, 1);
    Form b = Form.draw(BANK, STAFF, 2);
    assertThat(a.version()).isNotEqualTo(b.version());
    assertThat(a.questions().stream().map(Question::id).toList())
        .isNotEqualTo(b.questions().stream().map(Question::id).toList());
  }

  @Test
  void aRetakeNeverRepeatsAnEarlierSeed() {
    assertThat(Form.seedFor(STAFF, 5, Set.of())).isEqualTo(5);
    assertThat(Form.seedFor(STAFF, 5, Set.of(5L, 6L))).isEqualTo(7);
    assertThat(Form.draw(BANK, STAFF, Form.seedFor(STAFF, 5, Set.of(5L))).version())
        .isNotEqualTo(Form.draw(BANK, STAFF, 5).version());
  }

  @Test
  void aPresetWithOneFixedFormGivesEveryAttemptItsOwnSeedsForm() {
    QuizPreset fixed = fixed(STAFF);
    assertThat(Form.seedFor(fixed, 5, Set.of())).isEqualTo(STAFF.seed());
    assertThat(Form.seedFor(fixed, 99, Set.of(STAFF.seed()))).isEqualTo(STAFF.seed());
  }

  @Test
  void aFormFindsItsQuestionsById() {
    Form form = Form.draw(BANK, STAFF, 3);
    Question third = form.questions().get(2);
    assertThat(form.question(third.id())).contains(third);
    assertThat(form.indexOf(third.id())).isEqualTo(2);
    assertThat(form.indexOf("missing")).isEqualTo(-1);
    assertThat(form.question("missing")).isEmpty();
    assertThat(List.copyOf(form.questions())).hasSize(STAFF.questions());
  }
}
