package org.cytoquiz.quiz.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Under any marking (each question with its own range, below 0 or not), every percentage stays within 0-100 and
 * the mean lies among the scores the histogram counts.
 */
class StatisticsRangeTests {

  /** Ranges of real markings: 0..1, certainty-based −6..3, negative marking −1/3..1 and −1..1. */
  static final double[][] RANGES = {{0, 1}, {-6, 3}, {-1.0 / 3, 1}, {-1, 1}};

  static List<MarkedAttempt> attempts(int count, int questions, long seed) {
    Random random = new Random(seed);
    int[] range = IntStream.range(0, questions).map(q -> random.nextInt(RANGES.length)).toArray();
    List<MarkedAttempt> attempts = new ArrayList<>();
    for (int a = 0; a < count; a++) {
      List<ItemMark> marks = new ArrayList<>();
      for (int q = 0; q < questions; q++) {
        double min = RANGES[range[q]][0];
        double max = RANGES[range[q]][1];
        double mark = random.nextInt(4) == 0 ? (random.nextBoolean() ? min : max) : min + random.nextDouble() * (max - min);
        marks.add(new ItemMark("q" + q, mark, min, max, Optional.empty()));
      }
      attempts.add(new MarkedAttempt(marks));
    }
    return attempts;
  }

  @Test
  void everyPercentageStaysWithinItsAxis() {
    qt().withExamples(300).forAll(integers().between(0, 30), integers().between(1, 12), longs().all())
        .checkAssert((count, questions, seed) -> {
          List<String> ids = IntStream.range(0, questions).mapToObj(q -> "q" + q).toList();
          QuizStatistics stats = QuizStatistics.of(ids, attempts(count, questions, seed));
          assertThat(stats.scores()).allSatisfy(s -> assertThat(s).isBetween(0.0, 100.0));
          int[] bins = stats.histogram(10);
          assertThat(IntStream.of(bins).sum()).isEqualTo(count);
          if (count == 0) {
            assertThat(stats.mean()).isEmpty();
          } else {
            double lowest = stats.scores().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double highest = stats.scores().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertThat(stats.mean().getAsDouble()).isBetween(lowest - 1e-9, highest + 1e-9);
          }
          for (ItemStatistics item : stats.items()) {
            item.facility().ifPresent(f -> assertThat(f).isBetween(0.0, 100.0));
            item.standardDeviation().ifPresent(sd -> assertThat(sd).isBetween(0.0, 100.0));
            item.discriminationIndex().ifPresent(d -> assertThat(d).isBetween(-100.0, 100.0));
            item.discriminativeEfficiency().ifPresent(e -> assertThat(e).isBetween(-100.0, 100.0));
            if (item.attempts() < 2) {
              assertThat(item.weak()).isFalse();
            }
          }
        });
  }
}
