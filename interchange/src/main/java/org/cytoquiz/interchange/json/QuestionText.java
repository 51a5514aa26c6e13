package org.cytoquiz.interchange.json;

import java.io.PrintWriter;
import java.util.List;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.Verdict;

/** Questions as plain text for reviewers: stem, options with the key marked, and every feedback. */
public final class QuestionText {

  private QuestionText() {}

  /** Prints {@code questions}, numbered. */
  public static void print(List<Question> questions, PrintWriter out) {
    int number = 1;
    for (Question q : questions) {
      out.printf("%d. %s%n   [%s, %s, %s; id %s]%n", number++, q.stem(), Keyed.key(q.kind()), q.topic(),
          Keyed.key(q.difficulty()), q.id());
      char letter = 'a';
      for (Option o : q.options()) {
        out.printf("   %s %c) %s%n      %s%n", o.correct() ? "*" : " ", letter++, o.text(), line(o.feedback(), q));
      }
      if (q instanceof TextEntry t) {
        out.printf("   accepted (case, accents, spacing, punctuation, trademark signs, alfa/alpha, British/American spelling and a final plural s do not count): %s%n      right: %s%n      wrong: %s%n", String.join(" | ", t.accepted()),
            line(t.right(), q), line(t.wrong(), q));
      }
      if (q instanceof Matching m) {
        for (Item left : m.left()) {
          Item right = m.right().stream().filter(r -> r.id().equals(m.answer().get(left.id()))).findFirst().orElseThrow();
          Feedback f = m.feedback().get(left.id());
          // A pair's explanation is shown with the verdict on the pair the learner made, right or wrong.
          out.printf("   %s  ->  %s%n      if paired so: %s%n      if paired otherwise: %s%n", left.text(),
              right.text(), line(f, q), line(f.withVerdict(Verdict.WRONG), q));
        }
        // The right-hand items no left item pairs with, so a reviewer sees the one the stem says is left over.
        for (Item right : m.right()) {
          if (!m.answer().containsValue(right.id())) {
            out.printf("   (left over)  %s%n", right.text());
          }
        }
      }
      out.println();
    }
  }

  /**
   * Prints only what a learner reads (stems, options, matching items, feedback), one sentence per line with
   * end punctuation, so that a readability scorer sees the real sentences.
   */
  public static void printReading(List<Question> questions, PrintWriter out) {
    for (Question q : questions) {
      out.println(sentence(q.stem()));
      for (Option o : q.options()) {
        out.println(sentence(o.text()));
        out.println(spoken(o.feedback(), q));
      }
      if (q instanceof TextEntry t) {
        out.println(spoken(t.right(), q));
        out.println(spoken(t.wrong(), q));
      }
      if (q instanceof Matching m) {
        m.left().forEach(i -> out.println(sentence(i.text())));
        m.right().forEach(i -> out.println(sentence(i.text())));
        m.left().forEach(i -> out.println(sentence(m.feedback().get(i.id()).text())));
      }
      out.println();
    }
  }

  private static String sentence(String text) {
    String t = text.strip();
    return t.matches(".*[.!?][”\"]?$") ? t : t + ".";
  }

  /** The feedback as a learner reads it: the verdict in the audience's words, then the explanation. */
  private static String spoken(Feedback f, Question q) {
    return f.verdict().word(q.audience()) + " " + sentence(f.text());
  }

  private static String line(Feedback f, Question q) {
    return spoken(f, q) + " [" + f.citation() + "]";
  }
}
