package org.cytoquiz.web.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Verdict;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.scoring.Mark;

/** Turns questions, responses and marks into what pages and the API show. */
public final class Views {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Views() {}

  /** How a question's answer is entered: "single", "multiple", "text" or "matching". */
  public static String form(Question q) {
    if (q instanceof MultipleResponse) {
      return "multiple";
    } else if (q instanceof TextEntry) {
      return "text";
    } else if (q instanceof Matching) {
      return "matching";
    }
    return "single";
  }

  /** A response in words, as the learner gave it. */
  public static String describe(Question q, Optional<Response> response) {
    if (response.isEmpty()) {
      return "Not answered";
    }
    Response r = response.get();
    if (r instanceof Response.Choice c) {
      List<String> texts = new ArrayList<>();
      for (Option o : q.options()) {
        if (c.selected().contains(o.id())) {
          texts.add(o.text());
        }
      }
      return String.join("; ", texts);
    }
    if (r instanceof Response.Text t) {
      return t.text();
    }
    Matching m = (Matching) q;
    Map<String, String> pairs = ((Response.Pairs) r).pairs();
    List<String> texts = new ArrayList<>();
    for (Item left : m.left()) {
      String right = m.right().stream().filter(i -> i.id().equals(pairs.get(left.id()))).map(Item::text)
          .findFirst().orElse("(none)");
      texts.add(left.text() + " → " + right);
    }
    return String.join("; ", texts);
  }

  /** The right answer in words. */
  public static String key(Question q) {
    if (q instanceof TextEntry t) {
      return t.accepted().get(0);
    }
    return describe(q, Optional.of(q.key()));
  }

  /** The marked feedback for a response (or for no response). */
  public static FeedbackBox feedback(Question q, Optional<Response> response, Mark mark, Audience audience) {
    boolean patient = audience == Audience.PATIENT;
    String verdict;
    String tone;
    if (response.isEmpty()) {
      verdict = "Not answered";
      tone = "wrong";
    } else if (mark.right()) {
      verdict = patient ? "Right!" : "Correct";
      tone = "right";
    } else if (mark.fraction() > 0) {
      verdict = patient ? "Partly right" : "Partially correct";
      tone = "partial";
    } else {
      verdict = patient ? "Not quite" : "Incorrect";
      tone = "wrong";
    }
    List<FeedbackBox.Explanation> items = new ArrayList<>();
    List<Feedback> shown = response.isPresent() ? q.feedback(response.get()) : q.feedback(q.key());
    if (!q.options().isEmpty()) {
      // Choice questions explain every option, so the learner sees why each one is right or wrong.
      shown = q.options().stream().map(Option::feedback).toList();
    }
    for (Feedback f : shown) {
      items.add(new FeedbackBox.Explanation(f.verdict().word(audience), tone(f.verdict()), f.text(),
          citation(f.sources())));
    }
    String marks = format(mark.points()) + " of " + format(mark.maxPoints());
    return new FeedbackBox(verdict, tone, marks, key(q), items);
  }

  /** The style class of a verdict: "right", "partial" or "wrong". */
  public static String tone(Verdict verdict) {
    return switch (verdict) {
      case RIGHT -> "right";
      case PARTLY -> "partial";
      case WRONG -> "wrong";
    };
  }

  /** "Source: “How are cytokines taken?”, paragraph 2". */
  public static String citation(SourceRef source) {
    return "Source: “" + source.section().heading() + "”, paragraph " + source.paragraph();
  }

  /**
   * The citation of one or more paragraphs, such as {@code Source: “How are cytokines taken?”, paragraph 2;
   * “What do cytokines treat?”, paragraph 7}.
   *
   * @throws IllegalArgumentException if {@code sources} is empty
   */
  public static String citation(List<SourceRef> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source to cite");
    }
    return (sources.size() == 1 ? "Source: " : "Sources: ") + String.join("; ", sources.stream()
        .map(s -> "“" + s.section().heading() + "”, paragraph " + s.paragraph()).toList());
  }

  /** A number without a trailing ".0". */
  public static String format(double value) {
    if (value == Math.rint(value)) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A day such as "29 November 2026" (UTC). */
  public static String day(Instant instant) {
    return day(instant, ZoneOffset.UTC);
  }

  /** A day such as "29 November 2026", as it is in {@code zone}. */
  public static String day(Instant instant, java.time.ZoneId zone) {
    return DAY.format(instant.atZone(zone));
  }
}
