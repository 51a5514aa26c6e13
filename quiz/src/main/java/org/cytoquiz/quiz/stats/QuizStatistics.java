package org.cytoquiz.quiz.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.ScoringPolicy;

/**
 * The statistics Moodle's quiz report gives, over a set of submitted attempts at one quiz: per question facility,
 * spread, discrimination and distractor use; for the quiz the mean, standard deviation, coefficient of internal
 * consistency (Cronbach's alpha, KR-20 for 0/1 items), error ratio and standard error.
 *
 * <p>No mark is assumed to start at 0: under certainty-based or negative marking a question's marks run from
 * below 0 to its maximum, and every percentage here is a place in that range (0 at the least possible, 100 at the
 * most), so facility, mean and the score of each attempt stay within 0-100. Figures that cannot be worked out
 * (no attempts, fewer than two, marks that do not vary) are empty, never 0.
 *
 * @param attempts how many attempts the figures rest on
 * @param scores each attempt's score as a place in its range of totals, 0-100, in the order given
 * @param mean the mean of {@code scores}; empty without attempts
 * @param standardDeviation the sample standard deviation of {@code scores}; empty below two attempts
 * @param internalConsistency Cronbach's alpha, as a percentage; empty below two attempts or two questions, when the
 *     totals do not vary, or when the attempts do not all hold the same questions
 * @param errorRatio the share of the spread that is measurement error: 100 × √(1 − alpha), for alpha in 0-100 %
 * @param standardError the error ratio times the standard deviation, in the units of {@code scores}
 * @param items each question's statistics, in the order the questions were listed
 */
public record QuizStatistics(
    int attempts,
    List<Double> scores,
    OptionalDouble mean,
    OptionalDouble standardDeviation,
    OptionalDouble internalConsistency,
    OptionalDouble errorRatio,
    OptionalDouble standardError,
    List<ItemStatistics> items) {

  /** A variance at or below this is rounding noise over marks that do not vary. */
  private static final double FLAT = 1e-12;

  /** Copies the lists. */
  public QuizStatistics {
    scores = ImmutableList.copyOf(scores);
    items = ImmutableList.copyOf(items);
  }

  /**
   * The statistics of {@code attempts}, all at one quiz whose questions are {@code questionIds} (each attempt
   * holds some or all of them).
   *
   * @throws IllegalArgumentException if an attempt marks a question not listed, or a question is listed twice
   */
  public static QuizStatistics of(List<String> questionIds, List<MarkedAttempt> attempts) {
    Set<String> listed = new HashSet<>();
    for (String id : questionIds) {
      checkArgument(listed.add(id), "question %s is listed twice", id);
    }
    for (MarkedAttempt attempt : attempts) {
      for (ItemMark mark : attempt.items()) {
        checkArgument(listed.contains(mark.questionId()), "an attempt marks question %s, which the quiz does not list",
            mark.questionId());
      }
    }
    List<ItemStatistics> items = new ArrayList<>();
    for (String id : questionIds) {
      items.add(item(id, attempts));
    }
    int n = attempts.size();
    double[] scores = attempts.stream().mapToDouble(MarkedAttempt::score).toArray();
    List<Double> scoreList = Arrays.stream(scores).boxed().toList();
    OptionalDouble mean = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(mean(scores));
    if (n < 2) {
      return new QuizStatistics(n, scoreList, mean, OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), OptionalDouble.empty(), items);
    }
    double sd = Math.sqrt(variance(scores));
    OptionalDouble alpha = alpha(attempts);
    OptionalDouble errorRatio = OptionalDouble.empty();
    OptionalDouble standardError = OptionalDouble.empty();
    if (alpha.isPresent() && alpha.getAsDouble() >= 0 && alpha.getAsDouble() <= 100) {
      double er = 100 * Math.sqrt(1 - alpha.getAsDouble() / 100);
      errorRatio = OptionalDouble.of(er);
      standardError = OptionalDouble.of(er * sd / 100);
    }
    return new QuizStatistics(n, scoreList, mean, OptionalDouble.of(sd), alpha, errorRatio, standardError, items);
  }

  /**
   * The statistics of scored attempts that all hold {@code questions}, marked under {@code policy}; each question's
   * range is the one {@code policy} gives it.
   *
   * @throws IllegalArgumentException if a result marks a question not among {@code questions}
   */
  public static QuizStatistics of(List<Question> questions, List<AttemptResult> results, ScoringPolicy policy) {
    return of(questions.stream().map(Question::id).toList(),
        results.stream().map(r -> MarkedAttempt.of(r, questions, policy)).toList());
  }

  /**
   * How many of {@code scores} fall in each of {@code bins} equal parts of 0-100; a score of exactly 100 counts
   * in the last part.
   *
   * @throws IllegalArgumentException if {@code bins} is below 1
   */
  public int[] histogram(int bins) {
    checkArgument(bins >= 1, "a histogram needs at least one bin, not %s", bins);
    int[] counts = new int[bins];
    for (double score : scores) {
      counts[Math.max(0, Math.min(bins - 1, (int) Math.floor(score * bins / 100)))]++;
    }
    return counts;
  }

  private static ItemStatistics item(String id, List<MarkedAttempt> attempts) {
    List<Double> marks = new ArrayList<>();
    List<Double> positions = new ArrayList<>();
    List<Double> rest = new ArrayList<>();
    Map<String, Integer> choices = new LinkedHashMap<>();
    int unanswered = 0;
    for (MarkedAttempt attempt : attempts) {
      for (ItemMark mark : attempt.items()) {
        if (mark.questionId().equals(id)) {
          marks.add(mark.mark());
          positions.add(mark.position());
          rest.add(attempt.total() - mark.mark());
          if (mark.response().isEmpty()) {
            unanswered++;
          } else if (mark.response().get() instanceof Response.Choice choice) {
            for (String option : choice.selected()) {
              choices.merge(option, 1, Integer::sum);
            }
          }
        }
      }
    }
    int n = marks.size();
    double[] x = marks.stream().mapToDouble(Double::doubleValue).toArray();
    double[] p = positions.stream().mapToDouble(Double::doubleValue).toArray();
    double[] other = rest.stream().mapToDouble(Double::doubleValue).toArray();
    OptionalDouble facility = n == 0 ? OptionalDouble.empty() : OptionalDouble.of(100 * mean(p));
    if (n < 2) {
      return new ItemStatistics(id, n, facility, OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), choices, unanswered);
    }
    double varX = variance(x);
    double varO = variance(other);
    double cov = covariance(x, other);
    double[] sortedX = x.clone();
    double[] sortedO = other.clone();
    Arrays.sort(sortedX);
    Arrays.sort(sortedO);
    double covMax = covariance(sortedX, sortedO);
    OptionalDouble di = varX > FLAT && varO > FLAT
        ? OptionalDouble.of(clamp(100 * cov / Math.sqrt(varX * varO), -100, 100)) : OptionalDouble.empty();
    OptionalDouble de = covMax > FLAT ? OptionalDouble.of(clamp(100 * cov / covMax, -100, 100)) : OptionalDouble.empty();
    return new ItemStatistics(id, n, facility, OptionalDouble.of(100 * Math.sqrt(variance(p))), di, de, choices,
        unanswered);
  }

  /** Cronbach's alpha over attempts that all hold the same questions; empty otherwise. */
  private static OptionalDouble alpha(List<MarkedAttempt> attempts) {
    List<String> ids = attempts.get(0).items().stream().map(ItemMark::questionId).sorted().toList();
    int k = ids.size();
    for (MarkedAttempt attempt : attempts) {
      if (!attempt.items().stream().map(ItemMark::questionId).sorted().toList().equals(ids)) {
        return OptionalDouble.empty();
      }
    }
    double[] totals = attempts.stream().mapToDouble(MarkedAttempt::total).toArray();
    double totalVariance = variance(totals);
    if (k < 2 || totalVariance <= FLAT) {
      return OptionalDouble.empty();
    }
    double sumOfItemVariance = 0;
    for (String id : ids) {
      double[] x = attempts.stream().mapToDouble(a -> a.items().stream()
          .filter(m -> m.questionId().equals(id)).findFirst().orElseThrow().mark()).toArray();
      sumOfItemVariance += variance(x);
    }
    return OptionalDouble.of(100.0 * k / (k - 1) * (1 - sumOfItemVariance / totalVariance));
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  /** Sample variance, dividing by n - 1 as Moodle does. */
  private static double variance(double[] values) {
    return covariance(values, values);
  }

  private static double covariance(double[] x, double[] y) {
    double mx = mean(x);
    double my = mean(y);
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += (x[i] - mx) * (y[i] - my);
    }
    return x.length < 2 ? 0 : sum / (x.length - 1);
  }
}
