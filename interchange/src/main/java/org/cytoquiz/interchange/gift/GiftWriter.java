package org.cytoquiz.interchange.gift;

import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.interchange.Credit;
import org.cytoquiz.interchange.Explanations;
import org.cytoquiz.interchange.Format;
import org.cytoquiz.interchange.QuestionSet;
import org.cytoquiz.interchange.UnsupportedMarkingException;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.quiz.question.Verdict;

/**
 * Writes a {@link QuestionSet} as GIFT: a category line, then one question per paragraph titled with its id.
 * Single choice and scenario become multiple choice ({@code =right}, {@code ~wrong}, with {@code %n%} credit
 * where a wrong pick costs marks); multiple response becomes multiple choice with a {@code %n%} credit on every
 * answer; true/false keeps its kind; matching becomes {@code left -> right} pairs (an unused right item as a pair
 * with no left side); text entry becomes short answer with every accepted form and a catch-all {@code *} for the
 * feedback on any other answer. Every answer carries our feedback ({@code #}), and each question's general
 * feedback ({@code ####}) names its sources.
 */
public final class GiftWriter {

  /** The characters GIFT gives a meaning, which text must escape with a backslash. */
  private static final String SPECIAL = "~=#{}:\\";

  /** Writes {@code set} as GIFT to {@code out}, which is flushed and left open. */
  public void write(QuestionSet set, Writer out) {
    for (Question question : set.questions()) {
      check(question, Credit.of(question, set.marking()), set);
    }
    PrintWriter gift = new PrintWriter(out);
    gift.println("// cytoquiz: " + oneLine(set.title()) + " (" + set.questions().size() + " questions, "
        + Keyed.key(set.marking()) + " marking)");
    gift.println("$CATEGORY: $course$/cytoquiz/" + set.id());
    gift.println();
    for (Question question : set.questions()) {
      question(gift, question, Credit.of(question, set.marking()), set.language());
      gift.println();
    }
    gift.flush();
  }

  /** Refuses a marking GIFT (and Moodle) cannot give as cytoquiz does. */
  private static void check(Question q, Credit credit, QuestionSet set) {
    boolean fits;
    if (q instanceof MultipleResponse || q instanceof Matching) {
      fits = credit instanceof Credit.Mapped m && m.base() == 0;
    } else if (q instanceof TrueFalse) {
      fits = credit instanceof Credit.Exact;
    } else {
      fits = true;
    }
    if (!fits) {
      throw new UnsupportedMarkingException(Format.GIFT, q, set.marking());
    }
    // GIFT reads "->" after "=" as a matching pair, and has no escape for it.
    List<String> pairTexts = new java.util.ArrayList<>();
    if (q instanceof Matching m) {
      m.left().forEach(i -> pairTexts.add(i.text()));
      m.right().forEach(i -> pairTexts.add(i.text()));
    } else if (q instanceof TextEntry t) {
      pairTexts.addAll(t.accepted());
    } else {
      q.options().stream().filter(Option::correct).forEach(o -> pairTexts.add(o.text()));
    }
    for (String text : pairTexts) {
      if (text.contains("->")) {
        throw new IllegalArgumentException("GIFT cannot carry '->' in an answer or matching item of question "
            + q.id() + " ('" + text + "'); export it as qti3, qti21 or moodle-xml");
      }
    }
  }

  private void question(PrintWriter gift, Question q, Credit credit, java.util.Locale language) {
    Audience audience = q.audience();
    gift.print("::" + escape(q.id()) + ":: " + escape(q.stem()) + " {");
    String general = Explanations.sources(q, language);
    if (q instanceof TrueFalse t) {
      // Moodle shows the first feedback to a learner who answers wrongly, the second to one who answers rightly.
      Option truth = t.options().get(0);
      Option falsehood = t.options().get(1);
      Option right = t.answer() ? truth : falsehood;
      Option wrong = t.answer() ? falsehood : truth;
      gift.print((t.answer() ? "TRUE" : "FALSE") + "#" + feedback(wrong.feedback(), audience, language) + "#"
          + feedback(right.feedback(), audience, language));
    } else if (q instanceof Matching m) {
      gift.println();
      StringBuilder pairs = new StringBuilder();
      for (Item left : m.left()) {
        Item right = m.right().stream().filter(r -> r.id().equals(m.answer().get(left.id()))).findFirst()
            .orElseThrow();
        gift.println("=" + escape(left.text()) + " -> " + escape(right.text()));
        pairs.append(Explanations.of(m.feedback().get(left.id()).withVerdict(Verdict.RIGHT), audience, language))
            .append(' ');
      }
      for (Item right : m.right()) {
        if (!m.answer().containsValue(right.id())) {
          gift.println("= -> " + escape(right.text()));
        }
      }
      general = pairs.toString().strip();
    } else if (q instanceof TextEntry t) {
      gift.println();
      for (String accepted : List.copyOf(new java.util.LinkedHashSet<>(t.accepted()))) {
        gift.println("=" + escape(accepted) + "#" + feedback(t.right(), audience, language));
      }
      gift.println("=%0%*#" + feedback(t.wrong(), audience, language));
    } else {
      gift.println();
      Map<String, Double> credits = credit instanceof Credit.Mapped m ? m.credits() : Map.of();
      boolean weighted = q instanceof MultipleResponse || credit instanceof Credit.Mapped;
      for (Option option : q.options()) {
        String mark;
        if (!weighted) {
          mark = option.correct() ? "=" : "~";
        } else if (q instanceof MultipleResponse) {
          mark = "~%" + percent(credits.get(option.id())) + "%";
        } else {
          double c = credits.get(option.id());
          mark = option.correct() ? "=" : c == 0 ? "~" : "~%" + percent(c) + "%";
        }
        gift.println(mark + escape(option.text()) + "#" + feedback(option.feedback(), audience, language));
      }
    }
    gift.println("####" + escape(general));
    gift.println("}");
  }

  private static String feedback(Feedback feedback, Audience audience, java.util.Locale language) {
    return escape(Explanations.of(feedback, audience, language));
  }

  /**
   * A credit (1 = full) as a GIFT percentage: at most five decimals, as Moodle lists its grades (33.33333 for a
   * third).
   */
  public static String percent(double credit) {
    return new BigDecimal(credit * 100).setScale(5, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
  }

  /**
   * {@code text} as GIFT reads it back: a backslash before each of {@code ~ = # { } :} and before a backslash, a
   * line break as {@code \n}, and other white space runs as one space.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder();
    String plain = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == '\n') {
        out.append("\\n");
      } else if (Character.isWhitespace(c)) {
        out.append(' ');
      } else {
        if (SPECIAL.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
