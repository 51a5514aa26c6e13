package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import java.util.TreeSet;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextAnswers;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;

/** Properties of assembled quizzes over many seeds and specs. */
class QuizAssemblyTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();
  static final Map<Audience, List<Question>> BANKS = Map.of(
      Audience.PATIENT, ItemBank.of(CURRICULUM, Audience.PATIENT), Audience.STAFF, ItemBank.of(CURRICULUM, Audience.STAFF));
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
          assertThat(QuizAssembler.assemble(CURRICULUM, spec)).isEqualTo(QuizAssembler.assemble(CURRICULUM, spec));
        });
  }

  @Test
  void everyQuizHoldsWhatItsSpecAsksAndNeverTestsAFactOrAnAnswerSetTwice() {
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
          for (Question question : quiz.questions()) {
            assertThat(question.audience()).isEqualTo(spec.audience());
            assertThat(spec.kinds()).contains(question.kind());
          }
          assertNoRepeats(quiz);
        });
  }

  @Test
  void quizzesOfAllKindsAreBalancedOverTopics() {
    qt().withExamples(60).forAll(integers().between(0, 1), integers().between(1, 21), longs().all())
        .checkAssert((audience, count, seed) -> {
          Quiz quiz = QuizAssembler.assemble(CURRICULUM, QuizSpec.of(Audience.values()[audience], count, seed));
          Map<String, Integer> perTopic = new HashMap<>();
          CURRICULUM.teaching().topics().forEach(t -> perTopic.put(t.id(), 0));
          quiz.questions().forEach(q -> perTopic.merge(q.topic(), 1, Integer::sum));
          int max = perTopic.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
          int min = perTopic.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
          assertThat(max - min).as("%s", perTopic).isLessThanOrEqualTo(1);
        });
  }

  @Test
  void optionsAreShuffledButNeverChanged() {
    Quiz a = QuizAssembler.assemble(CURRICULUM, QuizSpec.of(Audience.STAFF, 20, 1));
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

  /**
   * What a question's right answer is, worked out here apart from the assembler: as normalised text (the right
   * options' texts, a text entry's preferred answer, or a matching question's pairs) and, for choice
   * questions, as the entities the right options name (read from their typed claims); none for true/false.
   */
  static List<Set<String>> answers(Question question) {
    Set<String> texts = new TreeSet<>();
    if (question instanceof TrueFalse) {
      return List.of();
    } else if (question instanceof TextEntry text) {
      return List.of(Set.of("text " + TextAnswers.normalise(text.accepted().get(0))));
    } else if (question instanceof Matching matching) {
      for (Item left : matching.left()) {
        String rightId = matching.answer().get(left.id());
        String right = matching.right().stream().filter(i -> i.id().equals(rightId)).findFirst().orElseThrow().text();
        texts.add("text " + TextAnswers.normalise(left.text()) + "=" + TextAnswers.normalise(right));
      }
      return List.of(texts);
    }
    Set<String> entities = new TreeSet<>();
    var subjects = question.options().stream().map(o -> o.claims().get(0).subject()).distinct().count();
    for (Option option : question.options()) {
      if (option.correct()) {
        texts.add("text " + TextAnswers.normalise(option.text()));
        Claim claim = option.claims().get(0);
        entities.add("entity " + (subjects == 1 ? claim.object() : claim.subject()));
      }
    }
    return List.of(texts, entities);
  }

  /** Asserts that no two questions of {@code quiz} test the same fact or have the same answer set. */
  static void assertNoRepeats(Quiz quiz) {
    Set<Claim> tested = new HashSet<>();
    Set<Set<String>> answerSets = new HashSet<>();
    for (Question question : quiz.questions()) {
      for (Claim fact : question.header().tests()) {
        assertThat(tested.add(fact.asserted())).as("fact %s tested twice", fact).isTrue();
      }
      answers(question).forEach(a -> assertThat(answerSets.add(a))
          .as("answer set %s twice (%s)", a, question.id()).isTrue());
    }
  }

  @Test
  void thePresetsMeetTheirBlueprintAndNeverRepeatAFactOrAnAnswerSetWhateverTheSeed() {
    for (QuizPreset preset : CURRICULUM.teaching().presets()) {
      assertThat(preset.topicMix()).as(preset.id()).isNotEmpty();
      QuizSpec base = QuizSpec.of(preset);
      Map<String, Integer> topicShares = QuizAssembler.largestRemainder(preset.topicMix(), preset.questions());
      Map<org.cytoquiz.teaching.Difficulty, Integer> levelShares = QuizAssembler.quotas(base);
      assertThat(topicShares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(preset.questions());
      assertThat(levelShares.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(preset.questions());
      qt().withExamples(100).forAll(longs().all()).checkAssert(seed -> {
        Quiz quiz = QuizAssembler.assemble(BANKS.get(preset.audience()), base.withSeed(seed));
        assertThat(quiz.questions()).as(preset.id()).hasSize(preset.questions());
        assertThat(quiz.questions()).allSatisfy(q -> {
          assertThat(q.audience()).isEqualTo(preset.audience());
          assertThat(preset.kinds()).contains(q.kind());
        });
        Map<String, Integer> perTopic = new HashMap<>();
        Map<org.cytoquiz.teaching.Difficulty, Integer> perLevel = new HashMap<>();
        quiz.questions().forEach(q -> {
          perTopic.merge(q.topic(), 1, Integer::sum);
          perLevel.merge(q.difficulty(), 1, Integer::sum);
        });
        topicShares.forEach((t, n) -> assertThat(perTopic.getOrDefault(t, 0)).as("%s topic %s", preset.id(), t)
            .isEqualTo(n));
        levelShares.forEach((d, n) -> assertThat(perLevel.getOrDefault(d, 0)).as("%s level %s", preset.id(), d)
            .isEqualTo(n));
        assertNoRepeats(quiz);
      });
    }
  }

  /**
   * Round 6 of the item review: the bank states about three true statements for each false one, so a learner who
   * answers "true" whenever unsure would do well. A quiz alternates true and false keys wherever its pool allows:
   * over many seeds of every preset and of a true/false-only quiz, the keys stay near half and half (they were
   * 78 to 94 % true before; now 57 to 67 % in the presets, whose blueprints leave less choice, and 58 % without).
   */
  @Test
  void trueFalseKeysAreBalancedInAQuiz() {
    List<QuizSpec> specs = new java.util.ArrayList<>();
    CURRICULUM.teaching().presets().forEach(p -> specs.add(QuizSpec.of(p)));
    for (Audience audience : Audience.values()) {
      specs.add(new QuizSpec(audience, 12, java.util.Set.of(QuestionKind.TRUE_FALSE), java.util.Set.of(), Map.of(),
          0));
    }
    for (QuizSpec spec : specs) {
      int trueKeys = 0;
      int all = 0;
      for (long seed = 0; seed < 150; seed++) {
        for (Question q : QuizAssembler.assemble(BANKS.get(spec.audience()), spec.withSeed(seed)).questions()) {
          if (q instanceof org.cytoquiz.quiz.question.TrueFalse statement) {
            all++;
            trueKeys += statement.answer() ? 1 : 0;
          }
        }
      }
      // A preset's blueprint fixes how many questions come from uses and side effects, whose recall corners hold
      // only true statements (the article lists uses and side effects; it rules none out): up to three quarters.
      double most = spec.hasBlueprint() ? 0.75 : 0.60;
      assertThat(all).as("%s has true/false questions", spec).isPositive();
      assertThat((double) trueKeys / all).as("%s: %s of %s true/false keys are true", spec, trueKeys, all)
          .isBetween(0.40, most);
    }
  }

  @Test
  void theNearIdenticalWhereMayItBeGivenQuestionsShareAnAnswerSetSoAQuizHoldsOneAtMost() {
    List<Question> staff = BANKS.get(Audience.STAFF);
    List<Question> places = staff.stream()
        .filter(q -> q.id().startsWith("mr-can-be-given-in-subject-") || q.id().equals("shots-outside-hospital-s"))
        .toList();
    assertThat(places).hasSizeGreaterThanOrEqualTo(3);
    assertThat(places.stream().map(q -> answers(q).get(1)).distinct()).hasSize(1);
    // Every group of questions with one answer set, in either form (text or entities).
    Map<Set<String>, Set<String>> groups = new HashMap<>();
    for (Question question : staff) {
      answers(question).forEach(a -> groups.computeIfAbsent(a, k -> new HashSet<>()).add(question.id()));
    }
    List<Set<String>> repeated = groups.values().stream().filter(g -> g.size() > 1).toList();
    assertThat(repeated).isNotEmpty();
    for (long seed = 0; seed < 200; seed++) {
      Quiz quiz = QuizAssembler.assemble(BANKS.get(Audience.STAFF),
          QuizSpec.of(CURRICULUM.preset("staff-certification")).withSeed(seed));
      for (Set<String> group : repeated) {
        assertThat(quiz.questions().stream().filter(q -> group.contains(q.id()))).as("%s", group)
            .hasSizeLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void aBlueprintTheContentCannotMeetIsRefusedNamingTheShortfall() {
    QuizSpec spec = new QuizSpec(Audience.PATIENT, 3, EnumSet.allOf(QuestionKind.class), Set.of(),
        Map.of("side-effects", 2, "administration", 1),
        Map.of(org.cytoquiz.teaching.Difficulty.RECALL, 1, org.cytoquiz.teaching.Difficulty.APPLICATION, 2),
        1);
    assertThatThrownBy(() -> QuizAssembler.assemble(BANKS.get(Audience.PATIENT), spec))
        .isInstanceOfSatisfying(BlueprintShortfallException.class, e -> {
          assertThat(e.difficultyShortfall()).containsEntry(org.cytoquiz.teaching.Difficulty.APPLICATION, 2);
          assertThat(e.topicShortfall().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
        })
        .hasMessageContaining("cannot meet the blueprint of this patient quiz")
        .hasMessageContaining("2 at difficulty 'application'");
  }

  @Test
  void thePresetsFillTheirQuizzesWithTheirDifficultyMix() {
    for (QuizPreset preset : CURRICULUM.teaching().presets()) {
      Quiz quiz = QuizAssembler.assemble(CURRICULUM, QuizSpec.of(preset));
      assertThat(quiz.questions()).as(preset.id()).hasSize(preset.questions());
      assertThat(quiz.questions()).allSatisfy(q -> assertThat(q.audience()).isEqualTo(preset.audience()));
    }
    Quiz staff = QuizAssembler.assemble(CURRICULUM, QuizSpec.of(CURRICULUM.preset("staff-certification")));
    assertThat(staff.questions()).extracting(Question::kind).contains(QuestionKind.SCENARIO);
    var quotas = QuizAssembler.quotas(QuizSpec.of(CURRICULUM.preset("staff-certification")));
    assertThat(quotas.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
  }

  @Test
  void aQuizLargerThanTheBankIsRefusedWithTheNumberAvailable() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> QuizAssembler.assemble(CURRICULUM, new QuizSpec(Audience.STAFF, 50,
            EnumSet.of(QuestionKind.SCENARIO), Set.of(), Map.of(), 1)))
        .withMessage("the content gives only 2 distinct staff questions of the kinds and topics asked for, not 50");
  }

  @Test
  void differentSeedsGiveDifferentQuizzes() {
    List<List<String>> ids = new ArrayList<>();
    for (long seed = 1; seed <= 5; seed++) {
      ids.add(QuizAssembler.assemble(CURRICULUM, QuizSpec.of(Audience.PATIENT, 10, seed)).questions().stream()
          .map(Question::id).toList());
    }
    assertThat(new HashSet<>(ids)).hasSizeGreaterThan(1);
  }
}
