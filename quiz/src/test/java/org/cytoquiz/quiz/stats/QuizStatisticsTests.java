package org.cytoquiz.quiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.HandMade;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.QuizScorer;
import org.cytoquiz.quiz.scoring.ScoringPolicy;
import org.junit.jupiter.api.Test;

/**
 * Four attempts at three 0/1 questions, a Guttman pattern worked out by hand:
 * <pre>
 *            q1 q2 q3  total
 * attempt 1   1  1  1    3
 * attempt 2   1  1  0    2
 * attempt 3   1  0  0    1
 * attempt 4   0  0  0    0
 * </pre>
 * q1: facility 75; sd √(0.75/3) = 0.5; mark vs rest-of-test covariance 0.75/3, variances 0.25 and 2.75/3, so
 * discrimination 0.25 / √(0.25 × 0.9167) = 52.22; the sorted covariance is also 0.25, efficiency 100.
 * q2: facility 50; sd √(1/3) = 57.74; discrimination (1/3) / √(1/3 × 2/3) = 70.71; efficiency 100.
 * q3 mirrors q1. Totals: mean 1.5 of 3 = 50 %; variance 5/3, sd 1.291 of 3 = 43.03 %; alpha
 * 3/2 × (1 − (0.25 + 1/3 + 0.25) / (5/3)) = 75 %, equal to KR-20 with p·q = 0.625 and population variance
 * 1.25; error ratio √(1 − 0.75) = 50 %; standard error 50 % × 43.03 % = 21.52 %.
 */
class QuizStatisticsTests {

  static final List<Question> QUIZ =
      List.of(HandMade.singleChoice("q1"), HandMade.singleChoice("q2"), HandMade.singleChoice("q3"));
  static final ScoringPolicy POLICY = ScoringPolicy.of(Marking.PARTIAL_CREDIT);

  static AttemptResult attempt(String... picks) {
    Map<String, Answer> answers = new HashMap<>();
    for (int i = 0; i < picks.length; i++) {
      if (!picks[i].isEmpty()) {
        answers.put("q" + (i + 1), Answer.of(new Response.Choice(List.of(picks[i]))));
      }
    }
    return QuizScorer.score(QUIZ, answers, POLICY, OptionalInt.empty());
  }

  static final List<AttemptResult> GUTTMAN = List.of(
      attempt("a", "a", "a"), attempt("a", "a", "b"), attempt("a", "c", "b"), attempt("b", "", "d"));

  @Test
  void itemFiguresMatchTheHandCalculation() {
    QuizStatistics stats = QuizStatistics.of(QUIZ, GUTTMAN, POLICY);
    ItemStatistics q1 = stats.items().get(0);
    ItemStatistics q2 = stats.items().get(1);
    ItemStatistics q3 = stats.items().get(2);
    assertThat(q1.facility().getAsDouble()).isCloseTo(75, within(1e-9));
    assertThat(q2.facility().getAsDouble()).isCloseTo(50, within(1e-9));
    assertThat(q3.facility().getAsDouble()).isCloseTo(25, within(1e-9));
    assertThat(q1.standardDeviation().getAsDouble()).isCloseTo(50, within(1e-9));
    assertThat(q2.standardDeviation().getAsDouble()).isCloseTo(57.735, within(1e-3));
    assertThat(q1.discriminationIndex().getAsDouble()).isCloseTo(52.223, within(1e-3));
    assertThat(q2.discriminationIndex().getAsDouble()).isCloseTo(70.711, within(1e-3));
    assertThat(q3.discriminationIndex().getAsDouble()).isCloseTo(52.223, within(1e-3));
    assertThat(q1.discriminativeEfficiency().getAsDouble()).isCloseTo(100, within(1e-9));
    assertThat(q2.discriminativeEfficiency().getAsDouble()).isCloseTo(100, within(1e-9));
  }

  @Test
  void quizFiguresMatchTheHandCalculation() {
    QuizStatistics stats = QuizStatistics.of(QUIZ, GUTTMAN, POLICY);
    assertThat(stats.attempts()).isEqualTo(4);
    assertThat(stats.mean().getAsDouble()).isCloseTo(50, within(1e-9));
    assertThat(stats.standardDeviation().getAsDouble()).isCloseTo(43.033, within(1e-3));
    assertThat(stats.internalConsistency().getAsDouble()).isCloseTo(75, within(1e-9));
    assertThat(stats.errorRatio().getAsDouble()).isCloseTo(50, within(1e-9));
    assertThat(stats.standardError().getAsDouble()).isCloseTo(21.517, within(1e-3));
  }

  @Test
  void distractorUseAndUnansweredQuestionsAreCounted() {
    QuizStatistics stats = QuizStatistics.of(QUIZ, GUTTMAN, POLICY);
    assertThat(stats.items().get(0).choices()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 3, "b", 1));
    assertThat(stats.items().get(1).choices()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 2, "c", 1));
    assertThat(stats.items().get(1).unanswered()).isEqualTo(1);
    assertThat(stats.items().get(2).choices()).containsExactlyInAnyOrderEntriesOf(Map.of("a", 1, "b", 2, "d", 1));
  }

  @Test
  void figuresThatNeedTwoAttemptsAreEmptyWithOne() {
    QuizStatistics stats = QuizStatistics.of(QUIZ, List.of(attempt("a", "a", "b")), POLICY);
    assertThat(stats.mean().getAsDouble()).isCloseTo(66.667, within(1e-3));
    assertThat(stats.standardDeviation()).isEmpty();
    assertThat(stats.internalConsistency()).isEmpty();
    assertThat(stats.items().get(0).discriminationIndex()).isEmpty();
  }

  @Test
  void anItemEveryoneGetsRightHasNoDiscriminationAndIsFlaggedWeak() {
    QuizStatistics stats = QuizStatistics.of(QUIZ, List.of(
        attempt("a", "a", "a"), attempt("a", "b", "b"), attempt("a", "a", "b")), POLICY);
    ItemStatistics everyoneRight = stats.items().get(0);
    assertThat(everyoneRight.facility().getAsDouble()).isEqualTo(100);
    assertThat(everyoneRight.discriminationIndex()).isEmpty();
    assertThat(everyoneRight.weak()).isTrue();
  }
}
