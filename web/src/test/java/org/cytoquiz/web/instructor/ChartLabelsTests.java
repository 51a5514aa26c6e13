package org.cytoquiz.web.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The item map's question numbers never overlap one another, the axis texts or the dots of other questions, never
 * leave the view box, and
 * every question is either numbered on the map or named in the caption.
 */
class ChartLabelsTests {

  static List<InstructorViews.Point> points(List<double[]> places) {
    List<InstructorViews.Point> points = new ArrayList<>();
    for (int i = 0; i < places.size(); i++) {
      points.add(new InstructorViews.Point(i + 1, "q" + i, Charts.x(places.get(i)[0]), Charts.y(places.get(i)[1]),
          false, "", ""));
    }
    return points;
  }

  static double[] box(InstructorViews.Label l) {
    double w = l.text().length() * Charts.CHAR_WIDTH;
    double left = switch (l.anchor()) {
      case "start" -> l.x();
      case "end" -> l.x() - w;
      default -> l.x() - w / 2;
    };
    return new double[] {left, l.y() - Charts.LABEL_HEIGHT + 2, left + w, l.y() + 2};
  }

  static boolean overlap(double[] a, double[] b) {
    return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
  }

  void check(List<double[]> places) {
    List<String> crowded = new ArrayList<>();
    List<InstructorViews.Label> labels = Charts.labels(points(places), crowded);
    List<double[]> boxes = labels.stream().map(ChartLabelsTests::box).toList();
    double[] bottomTicks = {40, 186, 400, 220};
    List<InstructorViews.Point> points = points(places);
    for (int i = 0; i < boxes.size(); i++) {
      Set<String> named = Set.of(labels.get(i).text().split(", "));
      for (InstructorViews.Point p : points) {
        double r = Charts.dotRadius(p);
        double[] dot = {p.x() - r, p.y() - r, p.x() + r, p.y() + r};
        assertThat(!named.contains(String.valueOf(p.number())) && overlap(boxes.get(i), dot))
            .as("label %s written across the dot of question %s", labels.get(i).text(), p.number()).isFalse();
      }
    }
    for (int i = 0; i < boxes.size(); i++) {
      double[] b = boxes.get(i);
      assertThat(b[0]).isGreaterThanOrEqualTo(0);
      assertThat(b[2]).isLessThanOrEqualTo(400);
      assertThat(b[1]).isGreaterThanOrEqualTo(0);
      assertThat(overlap(b, bottomTicks)).as("label %s over the axis texts", labels.get(i).text()).isFalse();
      for (int j = i + 1; j < boxes.size(); j++) {
        assertThat(overlap(b, boxes.get(j))).as("%s and %s overlap", labels.get(i).text(), labels.get(j).text())
            .isFalse();
      }
    }
    Set<String> numbered = new HashSet<>();
    for (InstructorViews.Label l : labels) {
      numbered.addAll(List.of(l.text().split(", ")));
    }
    for (String c : crowded) {
      numbered.addAll(List.of(c.split(", ")));
    }
    for (int i = 1; i <= places.size(); i++) {
      assertThat(numbered).contains(String.valueOf(i));
    }
  }

  @Test
  void pointsAtOnePlaceShareOneLabel() {
    List<String> crowded = new ArrayList<>();
    List<InstructorViews.Label> labels = Charts.labels(points(List.of(new double[] {50, 40}, new double[] {50, 40},
        new double[] {50.5, 40})), crowded);
    assertThat(labels).extracting(InstructorViews.Label::text).containsExactly("1, 2, 3");
    assertThat(crowded).isEmpty();
  }

  @Test
  void twentyQuestionsCrowdedTogetherStillGetLabelsThatDoNotOverlap() {
    List<double[]> places = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      places.add(new double[] {60 + (i % 5) * 2, 30 + (i / 5) * 3});
    }
    check(places);
  }

  @Test
  void anyPlacesGiveLabelsThatDoNotOverlap() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, 100)).ofSizeBetween(0, 40),
        doubles().between(-100, 100)).check((facilities, shift) -> {
          List<double[]> places = new ArrayList<>();
          for (int i = 0; i < facilities.size(); i++) {
            places.add(new double[] {facilities.get(i), Math.max(-100, Math.min(100, shift + i * 7 % 60))});
          }
          check(places);
          return true;
        });
  }
}
