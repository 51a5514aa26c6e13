package org.cytoquiz.quiz.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.HandMade;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.SingleChoice;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Marks worked out by hand for each policy. */
class ScoringTests {

  static double points(Question q, Response r, ScoringPolicy policy) {
    return q.score(Answer.of(r), policy).points();
  }

  static Response.Choice pick(String... ids) {
    return new Response.Choice(List.of(ids));
  }

  @Nested
  class MultipleResponseMarking {

    final MultipleResponse q = HandMade.multipleResponse("mr");

    @ParameterizedTest(name = "{0}: partial {1}, every decision {2}, all or nothing {3}")
    @CsvSource({
      "a,     0.5, 0.75, 0",
      "a b,   1,   1,    1",
      "a c,   0,   0.5,  0",
      "a b c, 0.5, 0.75, 0",
      "a b c d, 0, 0.5,  0",
      "c d,   0,   0,    0",
      "c,     0,   0.25, 0",
    })
    void marksEachSelection(String picked, double partial, double everyDecision, double allOrNothing) {
      Response r = pick(picked.split(" "));
      assertThat(points(q, r, ScoringPolicy.of(Marking.PARTIAL_CREDIT))).isCloseTo(partial, within(1e-9));
      assertThat(points(q, r, ScoringPolicy.of(Marking.EVERY_DECISION_COUNTS))).isCloseTo(everyDecision, within(1e-9));
      assertThat(points(q, r, ScoringPolicy.of(Marking.ALL_OR_NOTHING))).isCloseTo(allOrNothing, within(1e-9));
    }
  }

  @Nested
  class SingleChoiceMarking {

    final SingleChoice q = HandMade.singleChoice("sc");

    @Test
    void negativeMarkingCostsOneThirdForAWrongPickAmongFour() {
      assertThat(points(q, pick("b"), ScoringPolicy.of(Marking.NEGATIVE_MARKING))).isCloseTo(-1.0 / 3, within(1e-9));
      assertThat(points(q, pick("a"), ScoringPolicy.of(Marking.NEGATIVE_MARKING))).isEqualTo(1);
      assertThat(points(q, pick("b"), ScoringPolicy.of(Marking.PARTIAL_CREDIT))).isZero();
    }

    @ParameterizedTest(name = "certainty {0}: right {1}, wrong {2}")
    @CsvSource({"1, 1, 0", "2, 2, -2", "3, 3, -6"})
    void certaintyBasedMarkingFollowsGardnerMedwin(int certainty, double right, double wrong) {
      ScoringPolicy cbm = ScoringPolicy.of(Marking.PARTIAL_CREDIT).withCertainty();
      assertThat(q.score(Answer.withCertainty(pick("a"), certainty), cbm).points()).isEqualTo(right);
      assertThat(q.score(Answer.withCertainty(pick("c"), certainty), cbm).points()).isEqualTo(wrong);
      assertThat(q.score(Answer.withCertainty(pick("a"), certainty), cbm).maxPoints()).isEqualTo(3);
    }

    @Test
    void certaintyBasedMarkingScalesPartialCredit() {
      ScoringPolicy cbm = ScoringPolicy.of(Marking.PARTIAL_CREDIT).withCertainty();
      // Half right at certainty 3: 0.5 × 3 + 0.5 × (-6) = -1.5.
      assertThat(HandMade.multipleResponse("mr").score(Answer.withCertainty(pick("a"), 3), cbm).points())
          .isCloseTo(-1.5, within(1e-9));
    }

    @ParameterizedTest(name = "right on try {0} earns {1}")
    @CsvSource({"1, 1", "2, 0.6667", "3, 0.3334", "4, 0", "5, 0"})
    void interactiveModeTakesAPenaltyPerExtraTry(int tries, double expected) {
      ScoringPolicy interactive = ScoringPolicy.of(Marking.PARTIAL_CREDIT).interactive(0.3333);
      assertThat(q.score(new Answer(pick("a"), OptionalInt.empty(), tries), interactive).points())
          .isCloseTo(expected, within(1e-4));
    }
  }

  @Test
  void matchingCountsPairsOrAllOrNothing() {
    var q = HandMade.matching("m");
    var threeOfFour = new Response.Pairs(Map.of("l1", "r1", "l2", "r2", "l3", "r3", "l4", "r3"));
    assertThat(points(q, threeOfFour, ScoringPolicy.of(Marking.PARTIAL_CREDIT))).isEqualTo(0.75);
    assertThat(points(q, threeOfFour, ScoringPolicy.of(Marking.ALL_OR_NOTHING))).isZero();
    assertThat(points(q, q.key(), ScoringPolicy.of(Marking.ALL_OR_NOTHING))).isEqualTo(1);
  }

  @ParameterizedTest(name = "\"{0}\" accepted: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      IL-2              | true
      il 2              | true
      IL2               | true
      Interleukin 2     | true
      interleukin–2     | true
      '  INTERLEUKIN-2. ' | true
      interleukin two   | true
      interleukin-12    | false
      interferon        | false
      """)
  void textEntryToleratesCaseSpacingHyphensAndPunctuation(String typed, boolean accepted) {
    var q = HandMade.textEntry("t");
    assertThat(points(q, new Response.Text(typed), ScoringPolicy.of(Marking.ALL_OR_NOTHING)))
        .isEqualTo(accepted ? 1.0 : 0.0);
  }

  @Nested
  class ResponsesThatDoNotFit {

    @Test
    void areRefusedWithAClearMessage() {
      var sc = HandMade.singleChoice("sc");
      var policy = ScoringPolicy.of(Marking.PARTIAL_CREDIT);
      assertThatThrownBy(() -> points(sc, pick("z"), policy)).isInstanceOf(InvalidResponseException.class)
          .hasMessage("unknown option 'z'; this question's options are a, b, c, d");
      assertThatThrownBy(() -> points(sc, pick(), policy)).hasMessage("no option selected: pick one");
      assertThatThrownBy(() -> points(sc, pick("a", "b"), policy))
          .hasMessage("this is a single-choice question: pick exactly one option, not 2");
      assertThatThrownBy(() -> points(sc, new Response.Text("a"), policy))
          .hasMessage("this is a single-choice question: answer with {\"selected\": [one option id]}");
      assertThatThrownBy(() -> points(HandMade.textEntry("t"), new Response.Text("  "), policy))
          .hasMessage("the answer is empty: type a word or name");
      assertThatThrownBy(() -> points(HandMade.matching("m"), new Response.Pairs(Map.of("l9", "r1")), policy))
          .hasMessage("unknown left item 'l9'");
      assertThatThrownBy(() -> sc.score(Answer.of(pick("a")), policy.withCertainty()))
          .hasMessage("this quiz uses certainty-based marking: give a certainty of 1, 2 or 3");
      assertThatThrownBy(() -> sc.score(Answer.withCertainty(pick("a"), 4), policy.withCertainty()))
          .hasMessage("certainty 4 is not 1, 2 or 3");
    }
  }

  @Nested
  class Attempts {

    final List<Question> quiz = List.of(HandMade.singleChoice("q1"), HandMade.singleChoice("q2"),
        HandMade.singleChoice("q3"), HandMade.singleChoice("q4"), HandMade.singleChoice("q5"));
    final ScoringPolicy policy = ScoringPolicy.of(Marking.PARTIAL_CREDIT);

    AttemptResult attempt(int right) {
      Map<String, Answer> answers = new java.util.HashMap<>();
      for (int i = 1; i <= 5; i++) {
        answers.put("q" + i, Answer.of(pick(i <= right ? "a" : "b")));
      }
      return QuizScorer.score(quiz, answers, policy, OptionalInt.of(80));
    }

    @Test
    void thePassMarkIsInclusive() {
      assertThat(attempt(4).percent()).isEqualTo(80);
      assertThat(attempt(4).passed()).isTrue();
      assertThat(attempt(3).passed()).isFalse();
    }

    @Test
    void unansweredQuestionsEarnNothingAndUnknownQuestionsAreRefused() {
      var result = QuizScorer.score(quiz, Map.of("q1", Answer.of(pick("a"))), policy, OptionalInt.empty());
      assertThat(result.percent()).isEqualTo(20);
      assertThat(result.passed()).isTrue();
      assertThat(result.questions().get(1).answer()).isEmpty();
      assertThatThrownBy(() -> QuizScorer.score(quiz, Map.of("q9", Answer.of(pick("a"))), policy, OptionalInt.empty()))
          .hasMessage("unknown question 'q9'");
    }

    @Test
    void severalAttemptsAreGradedAsMoodleDoes() {
      List<AttemptResult> attempts = List.of(attempt(2), attempt(5), attempt(3));
      assertThat(Grading.HIGHEST.grade(attempts)).hasValue(100);
      assertThat(Grading.AVERAGE.grade(attempts)).hasValue(66.67);
      assertThat(Grading.FIRST.grade(attempts)).hasValue(40);
      assertThat(Grading.LAST.grade(attempts)).hasValue(60);
      assertThat(Grading.HIGHEST.grade(List.of())).isEmpty();
    }
  }
}
