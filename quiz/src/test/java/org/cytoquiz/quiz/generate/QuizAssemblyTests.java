package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.teaching.QuestionKind;
import org.cytoquiz.core.teaching.QuizPreset;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Question;
import org.junit.jupiter.api.Test;

/** Properties of assembled quizzes over many seeds and specs. */
class QuizAssemblyTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();
  static final Map<Audience, List<Question>> BANKS = Map.of(
      Audience.PATIENT, ItemBank.of(KB, Audience.PATIENT), Audience.STAFF, ItemBank.of(KB, Audience.STAFF));
  static final List<QuestionKind> KINDS = List.of(QuestionKind.values());

  static QuizSpec spec(int audience, int count, int kindMask, long seed) {
    Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
    for (int i = 0; i < KINDS.size(); i++) {
      if ((kindMask & (1 << i)) != 0) {
        kinds.add(KINDS.get(i));
      }
    }
    return new QuizSpec(Audience.values()[audience], count, kinds, Set.of(), Map.of(), seed);
  }

  @Test
  void theSameSpecAndSeedGiveTheSameQuiz() {
    qt().withExamples(40).forAll(integers().between(0, 1), integers().between(1, 25), longs().all())
        .checkAssert((audience, count, seed) -> {
          QuizSpec spec = QuizSpec.of(Audience.values()[audience], count, seed);
          assertThat(QuizAssembler.assemble(KB, spec)).isEqualTo(QuizAssembler.assemble(KB, spec));
        });
  }

  @Test
  void everyQuizHoldsWhatItsSpecAsksAndNeverTestsAFactTwice() {
    qt().withExamples(150)
        .forAll(integers().between(0, 1), integers().between(1, 30), integers().between(1, 63), longs().all())
        .checkAssert((audience, count, kindMask, seed) -> {
          QuizSpec spec = spec(audience, count, kindMask, seed);
          Quiz quiz;
          try {
            quiz = QuizAssembler.assemble(BANKS.get(spec.audience()), spec);
          } catch (IllegalArgumentException e) {
            assertThat(e).hasMessageContaining("the content gives only");
            return;
          }
          assertThat(quiz.questions()).hasSize(count);
          assertThat(quiz.questions()).extracting(Question::id).doesNotHaveDuplicates();
          Set<Claim> tested = new HashSet<>();
          for (Question question : quiz.questions()) {
            assertThat(question.audience()).isEqualTo(spec.audience());
            assertThat(spec.kinds()).contains(question.kind());
            for (Claim fact : question.header().tests()) {
              assertThat(tested.add(fact.asserted())).as("fact %s tested twice", fact).isTrue();
            }
          }
        });
  }

  @Test
  void quizzesOfAllKindsAreBalancedOverTopics() {
    qt().withExamples(60).forAll(integers().between(0, 1), integers().between(1, 21), longs().all())
        .checkAssert((audience, count, seed) -> {
          Quiz quiz = QuizAssembler.assemble(KB, QuizSpec.of(Audience.values()[audience], count, seed));
          Map<String, Integer> perTopic = new HashMap<>();
          KB.teaching().topics().forEach(t -> perTopic.put(t.id(), 0));
          quiz.questions().forEach(q -> perTopic.merge(q.topic(), 1, Integer::sum));
          int max = perTopic.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
          int min = perTopic.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
          assertThat(max - min).as("%s", perTopic).isLessThanOrEqualTo(1);
        });
  }

  @Test
  void optionsAreShuffledButNeverChanged() {
    Quiz a = QuizAssembler.assemble(KB, QuizSpec.of(Audience.STAFF, 20, 1));
    List<Question> bank = BANKS.get(Audience.STAFF);
    int reordered = 0;
    for (Question question : a.questions()) {
      Question original = bank.stream().filter(q -> q.id().equals(question.id())).findFirst().orElseThrow();
      var quizOptions = QuestionKeyTests.options(question);
      var bankOptions = QuestionKeyTests.options(original);
      assertThat(quizOptions).containsExactlyInAnyOrderElementsOf(bankOptions);
      if (!quizOptions.equals(bankOptions)) {
        reordered++;
      }
    }
    assertThat(reordered).isPositive();
  }

  @Test
  void thePresetsFillTheirQuizzesWithTheirDifficultyMix() {
    for (QuizPreset preset : KB.teaching().presets()) {
      Quiz quiz = QuizAssembler.assemble(KB, QuizSpec.of(preset));
      assertThat(quiz.questions()).as(preset.id()).hasSize(preset.questions());
      assertThat(quiz.questions()).allSatisfy(q -> assertThat(q.audience()).isEqualTo(preset.audience()));
    }
    Quiz staff = QuizAssembler.assemble(KB, QuizSpec.of(KB.preset("staff-certification")));
    assertThat(staff.questions()).extracting(Question::kind).contains(QuestionKind.SCENARIO);
    var quotas = QuizAssembler.quotas(QuizSpec.of(KB.preset("staff-certification")));
    assertThat(quotas.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
  }

  @Test
  void aQuizLargerThanTheBankIsRefusedWithTheNumberAvailable() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuizAssembler.assemble(KB, new QuizSpec(Audience.STAFF, 50,
            EnumSet.of(QuestionKind.SCENARIO), Set.of(), Map.of(), 1)))
        .withMessage("the content gives only 3 distinct staff questions of the kinds and topics asked for, not 50");
  }

  @Test
  void differentSeedsGiveDifferentQuizzes() {
    List<List<String>> ids = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      ids.add(QuizAssembler.assemble(KB, QuizSpec.of(Audience.PATIENT, 10, seed)).questions().stream()
          .map(Question::id).toList());
    }
    assertThat(new HashSet<>(ids)).hasSizeGreaterThan(1);
  }
}
