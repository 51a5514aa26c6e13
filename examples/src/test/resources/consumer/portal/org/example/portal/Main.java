package org.example.portal;

import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.quiz.generate.ItemBank;

/** Lists the therapies, finds a medicine by name and counts the patients' questions, on the module path. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    KnowledgeBase kb = BundledCourse.knowledgeBase();
    System.out.println("module " + KnowledgeBase.class.getModule().getName());
    System.out.println("therapies " + kb.therapies().size());
    System.out.println("peginterferon " + kb.lookUp("peginterferon").get(0).id());
    System.out.println("questions " + ItemBank.build(BundledCourse.curriculum(), Audience.PATIENT).questions().size());
    System.out.println("warnings " + BundledCourse.load(java.time.LocalDate.of(2026, 11, 30)).warnings().size());
  }
}
