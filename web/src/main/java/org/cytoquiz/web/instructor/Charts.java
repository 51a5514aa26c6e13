package org.cytoquiz.web.instructor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.stats.ItemStatistics;
import org.cytoquiz.quiz.stats.QuizStatistics;
import org.cytoquiz.web.text.Ui;

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
   * out. {@code questions.get(i)} is the question of {@code stats.items().get(i)}; {@code review} is the content's
   * medical review status, shown when overdue; {@code certainty} counts, per question id, how often each
   * certainty (index 1 to 3) was chosen in submitted attempts.
   */
  static InstructorViews.Statistics page(QuizPreset preset, List<Question> questions, QuizStatistics stats,
      InstructorViews.ReviewStatus review, Map<String, int[]> certainty) {
    int[] bins = stats.histogram(10);
    int submitted = stats.attempts();
    int max = Math.max(1, java.util.Arrays.stream(bins).max().orElse(1));
    double width = (RIGHT - LEFT) / bins.length;
    List<InstructorViews.Bar> bars = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (int i = 0; i < bins.length; i++) {
      double height = (BOTTOM - TOP) * bins[i] / max;
      String label = Ui.t("instructor.statistics.histogram.range", "from", i * 10, "to", i == 9 ? 100 : i * 10 + 10);
      bars.add(new InstructorViews.Bar(label, bins[i], LEFT + i * width + 2, BOTTOM - height, width - 4, height));
      described.add(Ui.t("instructor.statistics.histogram.bar", "range", label, "count", bins[i]));
    }
    String histogramText = Ui.t("instructor.statistics.histogram.text", "attempts", submitted, "bars",
        String.join("; ", described));

    List<InstructorViews.Point> points = new ArrayList<>();
    List<InstructorViews.ItemRow> items = new ArrayList<>();
    int weak = 0;
    for (int i = 0; i < stats.items().size(); i++) {
      ItemStatistics item = stats.items().get(i);
      String stem = questions.get(i).stem();
      boolean isWeak = item.weak();
      weak += isWeak ? 1 : 0;
      String facility = item.facility().isPresent()
          ? InstructorPages.percentText(String.format(Ui.text().language(), "%.0f", item.facility().getAsDouble()))
          : Ui.t("instructor.figure.none");
      String discrimination = InstructorPages.percent(item.discriminationIndex());
      if (item.discriminationIndex().isPresent() && item.facility().isPresent()) {
        points.add(new InstructorViews.Point(i + 1, item.questionId(), x(item.facility().getAsDouble()),
            y(item.discriminationIndex().getAsDouble()), isWeak, facility, discrimination));
      }
      Map<String, org.cytoquiz.quiz.question.Option> options = new HashMap<>();
      questions.get(i).options().forEach(o -> options.put(o.id(), o));
      List<InstructorViews.ChoiceCount> choices = new ArrayList<>();
      item.choices().forEach((id, count) -> {
        org.cytoquiz.quiz.question.Option o = options.get(id);
        choices.add(new InstructorViews.ChoiceCount(o == null ? id : o.text(), o != null && o.correct(), count));
      });
      items.add(new InstructorViews.ItemRow(i + 1, item.questionId(), stem, facility,
          InstructorPages.percent(item.standardDeviation()), discrimination,
          InstructorPages.percent(item.discriminativeEfficiency()), choices, item.unanswered(),
          preset.certaintyBased() ? certaintyText(certainty.getOrDefault(item.questionId(), new int[4])) : "—",
          isWeak));
    }
    List<String> crowded = new ArrayList<>();
    List<InstructorViews.Label> labels = labels(points, crowded);
    String mapText = points.isEmpty()
        ? Ui.t("instructor.statistics.map.empty")
        : Ui.t("instructor.statistics.map.text", "weak", weak);
    return new InstructorViews.Statistics(preset.id(), preset.title().clinical(), stats.attempts(),
        InstructorPages.percent(stats.mean()), InstructorPages.percent(stats.standardDeviation()),
        InstructorPages.percent(stats.internalConsistency()), InstructorPages.percent(stats.errorRatio()),
        InstructorPages.percent(stats.standardError()), bars, histogramText, points, labels, mapText
            + (crowded.isEmpty() ? "" : " " + Ui.t("instructor.statistics.map.crowded", "numbers",
                String.join(", ", crowded))), items, weak, review);
  }

  /**
   * "Sure: 5, Fairly sure: 2, Not sure: 1" from counts by certainty (index 1 to 3), in the page's language; "none
   * stated" if all are 0.
   */
  static String certaintyText(int[] counts) {
    List<String> parts = new ArrayList<>();
    for (int c = 3; c >= 1; c--) {
      if (counts[c] > 0) {
        parts.add(Ui.t("instructor.statistics.certainty.count", "name", InstructorPages.certaintyName(c), "count",
            counts[c]));
      }
    }
    return parts.isEmpty() ? Ui.t("instructor.statistics.certainty.none") : String.join(", ", parts);
  }

  /** The width of one character of a map label, in view-box units (the labels are 11 units high). */
  static final double CHAR_WIDTH = 7;
  static final double LABEL_HEIGHT = 11;

  /**
   * Labels for the item map's points that never overlap each other, the axis texts or the dot of a point they do
   * not name, nor leave the view box: points closer than 4 units share one label ("3, 7"); each label takes the
   * first free place of right, left, above and below its point; the numbers of points that find no free place are
   * added to {@code crowded} (the caption names them).
   */
  static List<InstructorViews.Label> labels(List<InstructorViews.Point> points, List<String> crowded) {
    List<List<InstructorViews.Point>> groups = new ArrayList<>();
    for (InstructorViews.Point p : points) {
      List<InstructorViews.Point> near = null;
      for (List<InstructorViews.Point> g : groups) {
        if (Math.hypot(g.get(0).x() - p.x(), g.get(0).y() - p.y()) < 4) {
          near = g;
          break;
        }
      }
      if (near == null) {
        near = new ArrayList<>();
        groups.add(near);
      }
      near.add(p);
    }
    // The axis texts of the template take their places first: the tick labels at the left and the bottom strip.
    List<double[]> placed = new ArrayList<>(List.of(new double[] {0, 9, 44, 23}, new double[] {0, 90, 44, 104},
        new double[] {0, 167, 44, 181}, new double[] {0, 186, 400, 220}));
    // Every other question's dot is taken too, so that no number is written across a point it does not name.
    List<double[]> dots = new ArrayList<>();
    List<List<InstructorViews.Point>> dotGroups = new ArrayList<>();
    for (List<InstructorViews.Point> g : groups) {
      for (InstructorViews.Point p : g) {
        double r = dotRadius(p);
        dots.add(new double[] {p.x() - r, p.y() - r, p.x() + r, p.y() + r});
        dotGroups.add(g);
      }
    }
    List<String> texts = new ArrayList<>();
    List<double[]> anchors = new ArrayList<>();
    for (List<InstructorViews.Point> g : groups) {
      String text = g.stream().map(p -> String.valueOf(p.number())).collect(java.util.stream.Collectors.joining(", "));
      double x = g.get(0).x();
      double y = g.get(0).y();
      double w = text.length() * CHAR_WIDTH;
      double[][] tries = {{x + 8, y + 4, 0}, {x - 8, y + 4, 2}, {x, y - 9, 1}, {x, y + 17, 1}};
      boolean done = false;
      for (double[] t : tries) {
        double left = t[2] == 0 ? t[0] : t[2] == 2 ? t[0] - w : t[0] - w / 2;
        double[] box = {left, t[1] - LABEL_HEIGHT + 2, left + w, t[1] + 2};
        if (box[0] < 0 || box[2] > 400 || box[1] < 0 || box[3] > 220 || placed.stream().anyMatch(b -> overlap(b, box))
            || acrossOtherDots(box, g, dots, dotGroups)) {
          continue;
        }
        placed.add(box);
        texts.add(text);
        anchors.add(new double[] {t[0], t[1], t[2]});
        done = true;
        break;
      }
      if (!done) {
        crowded.add(text);
      }
    }
    List<InstructorViews.Label> labels = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      double[] a = anchors.get(i);
      labels.add(new InstructorViews.Label(texts.get(i), a[0], a[1], a[2] == 0 ? "start" : a[2] == 2 ? "end" : "middle"));
    }
    return labels;
  }

  /** The radius of a point's dot on the map, in view-box units (see {@link InstructorViews.Point#radius()}). */
  static double dotRadius(InstructorViews.Point point) {
    return point.radius();
  }

  private static boolean acrossOtherDots(double[] box, List<InstructorViews.Point> own, List<double[]> dots,
      List<List<InstructorViews.Point>> dotGroups) {
    for (int i = 0; i < dots.size(); i++) {
      if (dotGroups.get(i) != own && overlap(dots.get(i), box)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlap(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
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
