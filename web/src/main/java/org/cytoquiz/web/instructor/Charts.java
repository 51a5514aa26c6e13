package org.cytoquiz.web.instructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cytoquiz.core.teaching.QuizPreset;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.stats.ItemStatistics;
import org.cytoquiz.quiz.stats.QuizStatistics;

/**
 * Lays out the statistics page's pictures: a histogram of scores and an item map of facility against
 * discrimination, as coordinates for server-rendered SVG, each with a text alternative.
 */
final class Charts {

  /** The plot area inside the 400 × 220 view box. */
  static final double LEFT = 50;
  static final double RIGHT = 390;
  static final double TOP = 15;
  static final double BOTTOM = 180;

  private Charts() {}

  /**
   * The statistics page of {@code preset}: summary figures, a histogram of the same scores the mean is taken from,
   * an item map whose points stay inside the plot area, and a table with "n/a" for figures that cannot be worked
   * out. {@code questions.get(i)} is the question of {@code stats.items().get(i)}.
   */
  static InstructorViews.Statistics page(QuizPreset preset, List<Question> questions, QuizStatistics stats) {
    int[] bins = stats.histogram(10);
    int submitted = stats.attempts();
    int max = Math.max(1, java.util.Arrays.stream(bins).max().orElse(1));
    double width = (RIGHT - LEFT) / bins.length;
    List<InstructorViews.Bar> bars = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (int i = 0; i < bins.length; i++) {
      double height = (BOTTOM - TOP) * bins[i] / max;
      String label = (i * 10) + "–" + (i == 9 ? 100 : i * 10 + 10) + "%";
      bars.add(new InstructorViews.Bar(label, bins[i], LEFT + i * width + 2, BOTTOM - height, width - 4, height));
      described.add(label + ": " + bins[i]);
    }
    String histogramText = "Scores of " + submitted + " submitted attempt" + (submitted == 1 ? "" : "s")
        + ", each placed in its range of marks (0% the lowest possible, 100% the highest), by tenths: "
        + String.join("; ", described) + ".";

    List<InstructorViews.Point> points = new ArrayList<>();
    List<InstructorViews.ItemRow> items = new ArrayList<>();
    int weak = 0;
    for (int i = 0; i < stats.items().size(); i++) {
      ItemStatistics item = stats.items().get(i);
      String stem = questions.get(i).stem();
      boolean isWeak = item.weak();
      weak += isWeak ? 1 : 0;
      String facility = item.facility().isPresent()
          ? String.format(Locale.ROOT, "%.0f%%", item.facility().getAsDouble()) : "n/a";
      String discrimination = InstructorPages.percent(item.discriminationIndex());
      if (item.discriminationIndex().isPresent() && item.facility().isPresent()) {
        points.add(new InstructorViews.Point(i + 1, item.questionId(), x(item.facility().getAsDouble()),
            y(item.discriminationIndex().getAsDouble()), isWeak, facility, discrimination));
      }
      String choices = item.choices().entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
          .collect(Collectors.joining(", "));
      items.add(new InstructorViews.ItemRow(i + 1, item.questionId(), stem, facility,
          InstructorPages.percent(item.standardDeviation()), discrimination,
          InstructorPages.percent(item.discriminativeEfficiency()),
          choices.isEmpty() ? "–" : choices + (item.unanswered() > 0 ? ", unanswered ×" + item.unanswered() : ""),
          isWeak));
    }
    String mapText = points.isEmpty()
        ? "No question has a discrimination index yet: it needs at least two submitted attempts that differ."
        : "Each question placed by facility (where its mean mark lies between the lowest and the highest mark it "
            + "can give, left to right) and discrimination (how well it "
            + "separates stronger from weaker learners, bottom to top). " + weak + " question"
            + (weak == 1 ? " is" : "s are") + " flagged for review (facility below 10% or above 90%, or "
            + "discrimination below 20%). Details are in the table below.";
    return new InstructorViews.Statistics(preset.id(), preset.title().clinical(), stats.attempts(),
        InstructorPages.percent(stats.mean()), InstructorPages.percent(stats.standardDeviation()),
        InstructorPages.percent(stats.internalConsistency()), InstructorPages.percent(stats.errorRatio()),
        InstructorPages.percent(stats.standardError()), bars, histogramText, points, mapText, items, weak);
  }

  /** The horizontal place of a facility (0-100 %), kept inside the plot area. */
  static double x(double facility) {
    return LEFT + (RIGHT - LEFT) * Math.max(0, Math.min(100, facility)) / 100;
  }

  /** The vertical place of a discrimination index (−100 to 100 %), kept inside the plot area. */
  static double y(double discrimination) {
    return BOTTOM - (BOTTOM - TOP) * (Math.max(-100, Math.min(100, discrimination)) + 100) / 200;
  }
}
