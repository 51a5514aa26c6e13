package org.cytoquiz.examples;

import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.therapy.Therapy;

/** Portal task 1: list every therapy with the routes it is given by, each with the article's paragraph. */
public final class ListTherapies {

  private ListTherapies() {}

  /**
   * One line per therapy, such as {@code low-dose interleukin-2: under the skin [taken/1]}, in content order.
   *
   * @param kb the course; not null
   * @param audience whose wording to use; not null
   * @return the lines, one per therapy
   */
  public static List<String> lines(KnowledgeBase kb, Audience audience) {
    List<String> lines = new ArrayList<>();
    for (Therapy therapy : kb.therapies()) {
      List<String> routes = new ArrayList<>();
      for (Entity route : therapy.routes()) {
        // Each route comes from a fact (stated or entailed) that cites the article.
        Fact fact = therapy.facts().stream()
            .filter(f -> f.relation().id().equals(Therapy.GIVEN_BY_ROUTE) && f.object().equals(route.id()))
            .findFirst().orElseThrow();
        routes.add(route.label().in(audience) + " [" + fact.source().key() + "]");
      }
      lines.add(therapy.entity().label().in(audience) + ": "
          + (routes.isEmpty() ? "no route stated" : String.join(", ", routes)));
    }
    return lines;
  }

  /**
   * Prints the therapies of the bundled course in the patients' wording.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    lines(BundledCourse.knowledgeBase(), Audience.PATIENT).forEach(System.out::println);
  }
}
