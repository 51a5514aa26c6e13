package org.cytoquiz.web.pages;

import java.time.Instant;
import java.time.ZoneOffset;
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
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.web.text.Ui;

/** Turns questions, responses and marks into what pages and the API show. */
public final class Views {

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

  /** A response in words, as the learner gave it, in the phrases of this thread ({@link Ui}). */
  public static String describe(Question q, Optional<Response> response) {
    if (response.isEmpty()) {
      return Ui.t("result.answer.none");
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
          .findFirst().orElse(Ui.t("result.answer.no-match"));
      texts.add(Ui.t("result.answer.pair", "left", left.text(), "right", right));
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

  /**
   * The marked feedback for a response (or for no response), told in terms of what the learner chose: each
   * option with its text, whether it is right, whether the learner chose it, and why; each pair of a matching
   * question with the match made and the right one; a typed answer with the answer looked for. Whether a part
   * is right comes from the typed {@link Verdict} of its {@link Feedback}; the words are the audience's.
   */
  public static FeedbackBox feedback(Question q, Optional<Response> response, Mark mark, Audience audience) {
    boolean patient = audience == Audience.PATIENT;
    String who = Wording.audience(patient);
    String verdict;
    String tone;
    if (response.isEmpty()) {
      verdict = Ui.t("result.verdict.none");
      tone = "wrong";
    } else if (mark.right()) {
      verdict = Ui.t("result.verdict.right", "audience", who);
      tone = "right";
    } else if (mark.fraction() > 0) {
      verdict = Ui.t("result.verdict.partly", "audience", who);
      tone = "partial";
    } else {
      verdict = Ui.t("result.verdict.wrong", "audience", who);
      tone = "wrong";
    }
    List<FeedbackBox.Row> rows = new ArrayList<>();
    if (!q.options().isEmpty()) {
      List<String> selected = response.filter(r -> r instanceof Response.Choice)
          .map(r -> ((Response.Choice) r).selected()).orElse(List.of());
      boolean multiple = q instanceof MultipleResponse;
      for (Option o : q.options()) {
        Feedback f = o.feedback();
        boolean chosen = selected.contains(o.id());
        // True and false explain the one statement: the explanation is shown once, on the right option.
        boolean repeat = q instanceof TrueFalse && f.verdict() != Verdict.RIGHT;
        String status = Wording.option(f.verdict(), chosen, multiple, patient);
        if (repeat && status.endsWith(":")) {
          // No explanation follows here: the sentence ends.
          status = status.substring(0, status.length() - 1) + ".";
        }
        rows.add(new FeedbackBox.Row(o.text(), f.verdict() == Verdict.RIGHT, chosen, status, tone(f.verdict()),
            repeat ? "" : f.text(), repeat ? "" : citation(f.sources())));
      }
    } else if (q instanceof Matching m) {
      Map<String, String> pairs = response.filter(r -> r instanceof Response.Pairs)
          .map(r -> ((Response.Pairs) r).pairs()).orElse(Map.of());
      for (Item left : m.left()) {
        String rightId = m.answer().get(left.id());
        String given = pairs.get(left.id());
        boolean right = rightId.equals(given);
        Feedback f = m.feedback().get(left.id());
        rows.add(new FeedbackBox.Row(left.text(), right, given != null,
            Wording.pair(given == null ? Optional.empty() : Optional.of(itemText(m, given)), itemText(m, rightId),
                right, patient),
            right ? "right" : "wrong", f.text(), citation(f.sources())));
      }
    } else if (q instanceof TextEntry t) {
      Optional<String> typed = response.filter(r -> r instanceof Response.Text).map(r -> ((Response.Text) r).text());
      Feedback f = typed.isPresent() ? q.feedback(response.get()).get(0) : q.feedback(q.key()).get(0);
      boolean right = typed.isPresent() && f.verdict() == Verdict.RIGHT;
      rows.add(new FeedbackBox.Row(typed.map(s -> Ui.t("result.typed.quoted", "text", s))
              .orElseGet(() -> Ui.t("result.typed.nothing", "audience", who)),
          right, typed.isPresent(), Wording.typed(typed.isPresent(), right, t.accepted().get(0), patient),
          right ? "right" : "wrong", f.text(), citation(f.sources())));
    }
    return new FeedbackBox(verdict, tone, marks(mark), key(q), List.of(), rows, describe(q, response), "");
  }

  /**
   * Marks with their unit, singular when the question is worth one mark: "0 of 1 mark", "2 of 3 marks", or
   * "−6 of a possible 3 marks" when the marks are below zero.
   */
  public static String marks(Mark mark) {
    if (mark.points() < 0) {
      return Ui.t("result.marks.of-possible", "points", signed(mark.points()), "max", format(mark.maxPoints()),
          "count", number(mark.maxPoints()));
    }
    return Ui.t("result.marks.of", "points", format(mark.points()), "max", format(mark.maxPoints()),
        "count", number(mark.maxPoints()));
  }

  /** A whole number as a {@code long} (so that plural rules see "1", not "1.0"), any other as it is. */
  private static Number number(double value) {
    return value == Math.rint(value) ? (Number) (long) value : (Number) value;
  }

  /** A number as {@link #format} gives it, with a real minus sign (−) when it is below zero. */
  public static String signed(double value) {
    return value < 0 ? "−" + format(-value) : format(value);
  }

  /** The certainty a learner gave, in the words of the question page, such as "Sure (right +3, wrong −6)". */
  public static String certainty(int level) {
    return switch (level) {
      case 1 -> Ui.t("result.certainty.1");
      case 2 -> Ui.t("result.certainty.2");
      case 3 -> Ui.t("result.certainty.3");
      default -> throw new IllegalArgumentException("certainty " + level + " is not 1, 2 or 3");
    };
  }

  /** "✓" for the tone "right", "◐" for "partial", "✗" otherwise. */
  public static String symbol(String tone) {
    return switch (tone) {
      case "right" -> "✓";
      case "partial" -> "◐";
      default -> "✗";
    };
  }

  private static String itemText(Matching m, String rightId) {
    return m.right().stream().filter(i -> i.id().equals(rightId)).map(Item::text).findFirst().orElse(rightId);
  }

  /**
   * The words that say what a learner's choice of one part means, for patients and for staff: phrases of the
   * {@code result} area whose {@code audience} argument is {@code patient} or {@code staff}.
   */
  static final class Wording {

    private Wording() {}

    /** The {@code audience} argument of the phrases: "patient" or "staff". */
    static String audience(boolean patient) {
      return patient ? "patient" : "staff";
    }

    static String option(Verdict verdict, boolean chosen, boolean multiple, boolean patient) {
      String who = audience(patient);
      return switch (verdict) {
        case RIGHT -> chosen
            ? Ui.t("result.option.right.chosen", "audience", who)
            : multiple
                ? Ui.t("result.option.right.missed", "audience", who)
                : Ui.t("result.option.right.not-chosen", "audience", who);
        case PARTLY -> chosen
            ? Ui.t("result.option.partly.chosen", "audience", who)
            : Ui.t("result.option.partly.not-chosen", "audience", who);
        case WRONG -> chosen
            ? Ui.t("result.option.wrong.chosen", "audience", who)
            : multiple
                ? Ui.t("result.option.wrong.left-out", "audience", who)
                : Ui.t("result.option.wrong.not-chosen", "audience", who);
      };
    }

    static String pair(Optional<String> given, String right, boolean correct, boolean patient) {
      String who = audience(patient);
      if (given.isEmpty()) {
        return Ui.t("result.pair.none", "audience", who, "right", right);
      }
      if (correct) {
        return Ui.t("result.pair.right", "audience", who, "given", given.get());
      }
      return Ui.t("result.pair.wrong", "audience", who, "given", given.get(), "right", right);
    }

    static String typed(boolean answered, boolean right, String accepted, boolean patient) {
      String who = audience(patient);
      if (!answered) {
        return Ui.t("result.typed.none", "audience", who, "accepted", accepted);
      }
      if (right) {
        return Ui.t("result.typed.right", "audience", who);
      }
      return Ui.t("result.typed.wrong", "audience", who, "accepted", accepted);
    }
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
    return citation(List.of(source));
  }

  /**
   * The citation of one or more paragraphs, such as {@code Source: “How are cytokines taken?”, paragraph 2;
   * “What do cytokines treat?”, paragraph 6}.
   *
   * @throws IllegalArgumentException if {@code sources} is empty
   */
  public static String citation(List<SourceRef> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no source to cite");
    }
    return Ui.t("result.citation", "count", sources.size(), "list", String.join("; ", sources.stream()
        .map(s -> Ui.t("result.citation.part", "heading", s.section().heading(), "run", s.isRange() ? "run" : "one",
            "first", String.valueOf(s.paragraph()), "last", String.valueOf(s.lastParagraph())))
        .toList()));
  }

  /** A number without a trailing ".0". */
  public static String format(double value) {
    if (value == Math.rint(value)) {
      return String.valueOf((long) value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /** A day such as "29 November 2026" (UTC), in the phrases of this thread ({@link Ui}). */
  public static String day(Instant instant) {
    return day(instant, ZoneOffset.UTC);
  }

  /** A day such as "29 November 2026", as it is in {@code zone}. */
  public static String day(Instant instant, java.time.ZoneId zone) {
    return Ui.text().day(instant.atZone(zone).toLocalDate());
  }
}
