package org.cytoquiz.quiz.stats;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.QuestionResult;

/**
 * The statistics Moodle's quiz report gives, over a set of scored attempts at one quiz: per question facility,
 * spread, discrimination and distractor use; for the quiz the mean, standard deviation, coefficient of
 * internal consistency (Cronbach's alpha, KR-20 for 0/1 items), error ratio and standard error. Every figure
 * is a percentage; figures that need two or more attempts (or questions) are empty otherwise.
 *
 * @param attempts how many attempts the figures rest on
 * @param mean the mean score as a percentage of the maximum
 * @param standardDeviation the sample standard deviation of scores, as a percentage of the maximum
 * @param internalConsistency Cronbach's alpha
 * @param errorRatio the share of the spread that is measurement error: 100 × √(1 − alpha)
 * @param standardError the error ratio times the standard deviation
 * @param items each question's statistics, in quiz order
 */
public record QuizStatistics(
    int attempts,
    double mean,
    OptionalDouble standardDeviation,
    OptionalDouble internalConsistency,
    OptionalDouble errorRatio,
    OptionalDouble standardError,
    List<ItemStatistics> items) {

  public QuizStatistics {
    items = ImmutableList.copyOf(items);
  }

  /** The statistics of {@code results}, all attempts at the quiz made of {@code questions}. */
  public static QuizStatistics of(List<Question> questions, List<AttemptResult> results) {
    int n = results.size();
    int k = questions.size();
    double[][] marks = new double[k][n];
    double[] totals = new double[n];
    double[] itemMax = new double[k];
    double maxTotal = 0;
    List<Map<String, Integer>> choices = new ArrayList<>();
    int[] unanswered = new int[k];
    for (int i = 0; i < k; i++) {
      choices.add(new LinkedHashMap<>());
    }
    for (int a = 0; a < n; a++) {
      AttemptResult result = results.get(a);
      for (int i = 0; i < k; i++) {
        QuestionResult q = find(result, questions.get(i).id());
        marks[i][a] = q.mark().points();
        itemMax[i] = q.mark().maxPoints();
        totals[a] += q.mark().points();
        if (q.response().isEmpty()) {
          unanswered[i]++;
        } else if (q.response().get() instanceof Response.Choice choice) {
          for (String option : choice.selected()) {
            choices.get(i).merge(option, 1, Integer::sum);
          }
        }
      }
      maxTotal = result.maxPoints();
    }
    List<ItemStatistics> items = new ArrayList<>();
    double sumOfItemVariance = 0;
    for (int i = 0; i < k; i++) {
      double[] other = new double[n];
      for (int a = 0; a < n; a++) {
        other[a] = totals[a] - marks[i][a];
      }
      double variance = variance(marks[i]);
      sumOfItemVariance += n > 1 ? variance : 0;
      items.add(item(questions.get(i).id(), marks[i], other, itemMax[i], choices.get(i), unanswered[i]));
    }
    double mean = n == 0 || maxTotal == 0 ? 0 : 100 * mean(totals) / maxTotal;
    if (n < 2) {
      return new QuizStatistics(n, mean, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty(),
          OptionalDouble.empty(), items);
    }
    double totalVariance = variance(totals);
    double sd = 100 * Math.sqrt(totalVariance) / maxTotal;
    OptionalDouble alpha = OptionalDouble.empty();
    OptionalDouble errorRatio = OptionalDouble.empty();
    OptionalDouble standardError = OptionalDouble.empty();
    if (k > 1 && totalVariance > 0) {
      double cic = 100.0 * k / (k - 1) * (1 - sumOfItemVariance / totalVariance);
      alpha = OptionalDouble.of(cic);
      if (cic <= 100 && cic >= 0) {
        double er = 100 * Math.sqrt(1 - cic / 100);
        errorRatio = OptionalDouble.of(er);
        standardError = OptionalDouble.of(er * sd / 100);
      }
    }
    return new QuizStatistics(n, mean, OptionalDouble.of(sd), alpha, errorRatio, standardError, items);
  }

  private static ItemStatistics item(String id, double[] x, double[] other, double max,
      Map<String, Integer> choices, int unanswered) {
    int n = x.length;
    double facility = n == 0 || max == 0 ? 0 : 100 * mean(x) / max;
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
    OptionalDouble di = varX * varO > 0 ? OptionalDouble.of(100 * cov / Math.sqrt(varX * varO)) : OptionalDouble.empty();
    OptionalDouble de = covMax != 0 ? OptionalDouble.of(100 * cov / covMax) : OptionalDouble.empty();
    return new ItemStatistics(id, n, facility, OptionalDouble.of(100 * Math.sqrt(varX) / max), di, de, choices,
        unanswered);
  }

  private static QuestionResult find(AttemptResult result, String id) {
    return result.questions().stream().filter(q -> q.questionId().equals(id)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("an attempt lacks question " + id));
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
