package org.cytoquiz.quiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.HandMade;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.QuizScorer;
import org.cytoquiz.quiz.scoring.ScoringPolicy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Statistics under markings whose least mark is below 0, against figures worked out by hand. */
class MarkRangeStatisticsTests {

  static ItemMark mark(String id, double mark, double min, double max) {
    return new ItemMark(id, mark, min, max, Optional.of(new Response.Choice(List.of("a"))));
  }

  /**
   * Certainty-based marking, each question −6..3. Four attempts at two questions:
   * <pre>
   *            q1  q2  total  score = (total + 12) / 18
   * attempt 1   3   2     5   17/18 = 94.44 %
   * attempt 2   1   3     4   16/18 = 88.89 %
   * attempt 3  -2   0    -2   10/18 = 55.56 %
   * attempt 4  -6  -2    -8    4/18 = 22.22 %
   * </pre>
   * q1: mean mark −1, facility (−1 + 6) / 9 = 55.56 % (not −1/3 = −33 % of the maximum); deviations 4, 2, −1, −5,
   * squares 46, variance 46/3, sd 3.9158, as a share of the range 9: 43.51 %.
   * q2: mean 0.75, facility 6.75 / 9 = 75 %; deviations 1.25, 2.25, −0.75, −2.75, squares 14.75.
   * q1 against the rest (q2): covariance 4·1.25 + 2·2.25 + 1·0.75 + 5·2.75 = 24, over 3 = 8;
   * discrimination 24 / √(46 × 14.75) = 92.14 %; sorted pairs give 5·2.75 + 1·0.75 + 2·1.25 + 4·2.25 = 26,
   * efficiency 24 / 26 = 92.31 %.
   * Quiz: mean score (94.44 + 88.89 + 55.56 + 22.22) / 4 = 65.28 % (= (−0.25 + 12) / 18); totals' deviations
   * 5.25, 4.25, −1.75, −7.75, squares 108.75, sd √(108.75/3) / 18 = 33.45 %;
   * alpha 2 × (1 − (46 + 14.75) / 108.75) = 88.28 %; error ratio √(1 − 0.8828) = 34.24 %;
   * standard error 34.24 % × 33.45 % = 11.45 %.
   */
  @Nested
  class CertaintyBasedMarking {

    final List<MarkedAttempt> attempts = List.of(
        attempt(3, 2), attempt(1, 3), attempt(-2, 0), attempt(-6, -2));

    MarkedAttempt attempt(double q1, double q2) {
      return new MarkedAttempt(List.of(mark("q1", q1, -6, 3), mark("q2", q2, -6, 3)));
    }

    QuizStatistics stats() {
      return QuizStatistics.of(List.of("q1", "q2"), attempts);
    }

    @Test
    void facilityIsAPlaceInTheRangeOfMarks() {
      assertThat(stats().items().get(0).facility().getAsDouble()).isCloseTo(55.556, within(1e-3));
      assertThat(stats().items().get(1).facility().getAsDouble()).isCloseTo(75, within(1e-9));
    }

    @Test
    void spreadIsAShareOfTheRange() {
      assertThat(stats().items().get(0).standardDeviation().getAsDouble()).isCloseTo(43.509, within(1e-3));
      assertThat(stats().items().get(1).standardDeviation().getAsDouble()).isCloseTo(24.637, within(1e-3));
    }

    @Test
    void discriminationUsesTheMarksGiven() {
      ItemStatistics q1 = stats().items().get(0);
      assertThat(q1.discriminationIndex().getAsDouble()).isCloseTo(92.137, within(1e-3));
      assertThat(q1.discriminativeEfficiency().getAsDouble()).isCloseTo(92.308, within(1e-3));
    }

    @Test
    void quizFiguresMatchTheHandCalculation() {
      QuizStatistics stats = stats();
      assertThat(stats.scores()).satisfiesExactly(
          s -> assertThat(s).isCloseTo(94.444, within(1e-3)), s -> assertThat(s).isCloseTo(88.889, within(1e-3)),
          s -> assertThat(s).isCloseTo(55.556, within(1e-3)), s -> assertThat(s).isCloseTo(22.222, within(1e-3)));
      assertThat(stats.mean().getAsDouble()).isCloseTo(65.278, within(1e-3));
      assertThat(stats.standardDeviation().getAsDouble()).isCloseTo(33.449, within(1e-3));
      assertThat(stats.internalConsistency().getAsDouble()).isCloseTo(88.276, within(1e-3));
      assertThat(stats.errorRatio().getAsDouble()).isCloseTo(34.241, within(1e-3));
      assertThat(stats.standardError().getAsDouble()).isCloseTo(11.453, within(1e-3));
    }

    @Test
    void theHistogramCountsTheScoresTheMeanIsTakenFrom() {
      assertThat(stats().histogram(10)).containsExactly(0, 0, 1, 0, 0, 1, 0, 0, 1, 1);
    }

    @Test
    void marksThatDoNotVaryGiveNoDiscriminationAndNoWeakItem() {
      // everyone right at certainty 1: mark 1 each time, facility (1 + 6) / 9 = 77.78 %, variance 0
      List<MarkedAttempt> same = List.of(attempt(1, 3), attempt(1, -6), attempt(1, 0));
      ItemStatistics q1 = QuizStatistics.of(List.of("q1", "q2"), same).items().get(0);
      assertThat(q1.facility().getAsDouble()).isCloseTo(77.778, within(1e-3));
      assertThat(q1.standardDeviation().getAsDouble()).isZero();
      assertThat(q1.discriminationIndex()).isEmpty();
      assertThat(q1.discriminativeEfficiency()).isEmpty();
      assertThat(q1.weak()).isFalse();
    }
  }

  /**
   * Negative marking, scored by the real questions: q1 a four-option single choice (a wrong pick costs 1/3, so
   * −1/3..1), q2 a multiple response ("a" and "b" right; partial credit clamped at 0, so 0..1).
   * <pre>
   *            q1          q2              total
   * attempt A  a:  1       a,b:  1         2
   * attempt B  b: −1/3     a:    1/2       1/6
   * attempt C  (none): 0   c: −1/2 → 0     0
   * </pre>
   * q1 places in −1/3..1 (width 4/3): 1, 0, 1/4; facility 1.25 / 3 = 41.67 % (the marks' mean over the maximum
   * would say 22.2 %); places' deviations 0.5833, −0.4167, −0.1667, squares 0.5417, sd √(0.5417/2) = 52.04 %.
   * q2 facility 1.5 / 3 = 50 %.
   * q1 against the rest (q2 marks 1, 1/2, 0): q1 mean 2/9, deviations 7/9, −5/9, −2/9; q2 deviations 1/2, 0, −1/2;
   * covariance (7/18 + 1/9) / 2 = 1/4; variances (78/81) / 2 and 1/4; discrimination
   * 0.25 / √(0.4815 × 0.25) = 72.06 %.
   * Quiz range −1/3..2 (width 7/3): scores 100, (1/6 + 1/3)/(7/3) = 21.43, (1/3)/(7/3) = 14.29; mean 45.24 %.
   */
  @Nested
  class NegativeMarking {

    final List<Question> quiz = List.of(HandMade.singleChoice("q1"), HandMade.multipleResponse("q2"));
    final ScoringPolicy policy = ScoringPolicy.of(Marking.NEGATIVE_MARKING);

    AttemptResult attempt(List<String> q1, List<String> q2) {
      Map<String, Answer> answers = new HashMap<>();
      if (!q1.isEmpty()) {
        answers.put("q1", Answer.of(new Response.Choice(q1)));
      }
      answers.put("q2", Answer.of(new Response.Choice(q2)));
      return QuizScorer.score(quiz, answers, policy, OptionalInt.empty());
    }

    QuizStatistics stats() {
      return QuizStatistics.of(quiz, List.of(attempt(List.of("a"), List.of("a", "b")),
          attempt(List.of("b"), List.of("a")), attempt(List.of(), List.of("c"))), policy);
    }

    @Test
    void thePolicyGivesEachQuestionItsLeastMark() {
      assertThat(policy.minPoints(quiz.get(0))).isCloseTo(-1.0 / 3, within(1e-12));
      assertThat(policy.minPoints(quiz.get(1))).isZero();
      assertThat(policy.withCertainty().minPoints(quiz.get(1))).isEqualTo(-6);
      assertThat(ScoringPolicy.of(Marking.PARTIAL_CREDIT).minPoints(quiz.get(0))).isZero();
    }

    @Test
    void facilityAndSpreadAreTakenOverTheRange() {
      ItemStatistics q1 = stats().items().get(0);
      assertThat(q1.facility().getAsDouble()).isCloseTo(41.667, within(1e-3));
      assertThat(q1.standardDeviation().getAsDouble()).isCloseTo(52.042, within(1e-3));
      assertThat(stats().items().get(1).facility().getAsDouble()).isCloseTo(50, within(1e-9));
    }

    @Test
    void discriminationUsesTheMarksGiven() {
      assertThat(stats().items().get(0).discriminationIndex().getAsDouble()).isCloseTo(72.058, within(1e-3));
    }

    @Test
    void meanScoreIsTakenOverTheRangeOfTotals() {
      QuizStatistics stats = stats();
      assertThat(stats.scores()).satisfiesExactly(
          s -> assertThat(s).isCloseTo(100, within(1e-9)), s -> assertThat(s).isCloseTo(21.429, within(1e-3)),
          s -> assertThat(s).isCloseTo(14.286, within(1e-3)));
      assertThat(stats.mean().getAsDouble()).isCloseTo(45.238, within(1e-3));
      assertThat(stats.histogram(10)).containsExactly(0, 1, 1, 0, 0, 0, 0, 0, 0, 1);
    }
  }

  @Nested
  class UndefinedFigures {

    @Test
    void withoutAttemptsEveryFigureIsEmptyAndNoItemIsWeak() {
      QuizStatistics stats = QuizStatistics.of(List.of("q1", "q2"), List.of());
      assertThat(stats.attempts()).isZero();
      assertThat(stats.mean()).isEmpty();
      assertThat(stats.standardDeviation()).isEmpty();
      assertThat(stats.histogram(10)).containsOnly(0);
      for (ItemStatistics item : stats.items()) {
        assertThat(item.facility()).isEmpty();
        assertThat(item.discriminationIndex()).isEmpty();
        assertThat(item.weak()).isFalse();
      }
    }

    @Test
    void oneAttemptIsNotEnoughToJudgeAnItem() {
      QuizStatistics stats = QuizStatistics.of(List.of("q1"),
          List.of(new MarkedAttempt(List.of(mark("q1", -6, -6, 3)))));
      assertThat(stats.items().get(0).facility().getAsDouble()).isZero();
      assertThat(stats.items().get(0).weak()).isFalse();
      assertThat(stats.mean().getAsDouble()).isZero();
    }

    @Test
    void questionsOnlySomeFormsHoldAreJudgedOnTheAttemptsThatHeldThem() {
      List<MarkedAttempt> attempts = new ArrayList<>();
      attempts.add(new MarkedAttempt(List.of(mark("q1", 1, 0, 1), mark("q2", 0, 0, 1))));
      attempts.add(new MarkedAttempt(List.of(mark("q1", 0, 0, 1), mark("q3", 1, 0, 1))));
      QuizStatistics stats = QuizStatistics.of(List.of("q1", "q2", "q3"), attempts);
      assertThat(stats.items().get(0).attempts()).isEqualTo(2);
      assertThat(stats.items().get(1).attempts()).isEqualTo(1);
      assertThat(stats.items().get(1).facility().getAsDouble()).isZero();
      assertThat(stats.internalConsistency()).as("alpha needs one set of questions").isEmpty();
    }
  }

  @Nested
  class BadInput {

    @Test
    void aMarkOutsideItsRangeIsRefusedNamingTheQuestion() {
      assertThatThrownBy(() -> mark("q7", -7, -6, 3)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("q7").hasMessageContaining("outside");
    }

    @Test
    void anEmptyRangeIsRefused() {
      assertThatThrownBy(() -> mark("q7", 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("q7");
    }

    @Test
    void anAttemptMarkingAnUnlistedQuestionIsRefused() {
      assertThatThrownBy(() -> QuizStatistics.of(List.of("q1"),
          List.of(new MarkedAttempt(List.of(mark("q9", 1, 0, 1))))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q9");
    }
  }
}
