package org.cytoquiz.examples;

import java.util.List;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.therapy.Therapy;

/** Portal task 2: answer a reader's questions from the model, by the names the reader uses. */
public final class AskTheModel {

  private AskTheModel() {}

  /**
   * Whether the article lets the treatment a reader names be given at home: TRUE, FALSE, or UNKNOWN when the
   * article does not settle it (unknown stays unknown).
   *
   * @param kb the course; not null
   * @param treatment what the reader calls the therapy, such as "high dose IL-2"; not null
   * @return what the content says
   * @throws IllegalArgumentException if the name finds no therapy, or more than one
   */
  public static Truth canBeGivenAtHome(KnowledgeBase kb, String treatment) {
    Entity therapy = only(kb.lookUp(treatment).stream().filter(e -> e.type() == EntityType.THERAPY).toList(),
        treatment);
    Entity home = only(kb.lookUp("home").stream().filter(e -> e.type() == EntityType.CARE_SETTING).toList(),
        "home");
    Relation where = kb.relation(Therapy.CAN_BE_GIVEN_IN);
    return kb.truth(therapy.id(), where, home.id());
  }

  /**
   * The sentence, in the patients' wording, of every fact about the thing a reader names, with its citation.
   *
   * @param kb the course; not null
   * @param name what the reader typed; not null
   * @return "sentence (citation)" for each stated fact whose subject is a match, in content order
   */
  public static List<String> factsAbout(KnowledgeBase kb, String name) {
    List<Entity> matches = kb.lookUp(name);
    return kb.facts().stream()
        .filter(fact -> matches.stream().anyMatch(e -> e.id().equals(fact.subject())))
        .map(fact -> kb.statement(fact).patient() + " (" + fact.source().citation() + ")")
        .toList();
  }

  private static Entity only(List<Entity> found, String name) {
    if (found.size() != 1) {
      throw new IllegalArgumentException("'" + name + "' names " + found.size() + " therapies: " + found);
    }
    return found.get(0);
  }

  /**
   * Asks the bundled course whether the names given on the command line can be given at home.
   *
   * @param args treatment names, such as {@code "peginterferon therapy"}
   */
  public static void main(String[] args) {
    KnowledgeBase kb = BundledCourse.knowledgeBase();
    for (String treatment : args) {
      System.out.println(treatment + " at home: " + canBeGivenAtHome(kb, treatment));
    }
  }
}
