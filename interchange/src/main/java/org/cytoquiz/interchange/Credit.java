package org.cytoquiz.interchange;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;

/**
 * What a response to one question earns, in the terms every interchange format shares: the response is a set of
 * values (option ids, {@code "left right"} pairs of a matching question, or the typed text) and earns either full
 * credit for exactly the key ({@link Exact}, QTI's {@code match_correct}) or the sum of a credit per value
 * ({@link Mapped}, QTI's {@code map_response}, GIFT's and Moodle's answer percentages). {@link #of} derives it
 * from the question and the marking so that the exported rule gives the fraction cytoquiz's own scoring gives
 * (certainty and extra tries aside, which no format here carries).
 */
public sealed interface Credit permits Credit.Exact, Credit.Mapped {

  /**
   * The fraction, 1 for fully right, that a response made of {@code values} earns under this rule.
   *
   * @param values the response's values as {@link #values(Response)} gives them; duplicates count once
   */
  double score(Collection<String> values);

  /**
   * Full credit (1) for a response holding exactly the key's values, none (0) for any other.
   *
   * @param key the values of the key
   */
  record Exact(Set<String> key) implements Credit {

    public Exact {
      key = ImmutableSet.copyOf(key);
      checkArgument(!key.isEmpty(), "an exact key needs a value");
    }

    @Override
    public double score(Collection<String> values) {
      return Set.copyOf(values).equals(key) ? 1 : 0;
    }
  }

  /**
   * A credit per value: a response earns {@code base} plus the credit of each distinct value it holds (0 for a
   * value not listed), the sum of credits first held within the bounds.
   *
   * @param credits each value's credit, in the question's order
   * @param base what any response earns before its values count (only "every decision counts" marking has one)
   * @param lowerBound the least the sum of credits may be; negative infinity for no bound
   * @param upperBound the most the sum of credits may be; positive infinity for no bound
   * @param caseSensitive whether values must match a listed value's case (false for typed text)
   */
  record Mapped(Map<String, Double> credits, double base, double lowerBound, double upperBound, boolean caseSensitive)
      implements Credit {

    public Mapped {
      credits = ImmutableMap.copyOf(credits);
      checkArgument(!credits.isEmpty(), "a mapped credit needs a value");
      checkArgument(lowerBound <= upperBound, "bounds %s > %s", lowerBound, upperBound);
    }

    /** Whether the sum of credits has a lower bound. */
    public boolean hasLowerBound() {
      return lowerBound != Double.NEGATIVE_INFINITY;
    }

    /** Whether the sum of credits has an upper bound. */
    public boolean hasUpperBound() {
      return upperBound != Double.POSITIVE_INFINITY;
    }

    @Override
    public double score(Collection<String> values) {
      Map<String, Double> lookup = new LinkedHashMap<>();
      credits.forEach((value, credit) -> lookup.putIfAbsent(fold(value), credit));
      Set<String> distinct = new LinkedHashSet<>();
      values.forEach(v -> distinct.add(fold(v)));
      double sum = 0;
      for (String value : distinct) {
        sum += lookup.getOrDefault(value, 0.0);
      }
      return base + Math.max(lowerBound, Math.min(upperBound, sum));
    }

    private String fold(String value) {
      return caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The rule that gives what {@code question} gives under {@code marking}, for every response a format can
   * collect (for typed text: every accepted answer in any case, and 0 for anything else).
   */
  static Credit of(Question question, Marking marking) {
    checkNotNull(question, "question");
    checkNotNull(marking, "marking");
    if (question instanceof MultipleResponse q) {
      return multipleResponse(q, marking);
    }
    if (question instanceof Matching q) {
      return matching(q, marking);
    }
    if (question instanceof TextEntry q) {
      Map<String, Double> credits = new LinkedHashMap<>();
      for (String accepted : q.accepted()) {
        credits.putIfAbsent(accepted, 1.0);
      }
      return new Mapped(credits, 0, Double.NEGATIVE_INFINITY, 1, false);
    }
    // Single choice, scenario and true/false: one option is picked, and the question says what each earns.
    Map<String, Double> credits = new LinkedHashMap<>();
    boolean allOrNothing = true;
    for (Option option : question.options()) {
      double fraction = question.fraction(new Response.Choice(List.of(option.id())), marking);
      credits.put(option.id(), fraction);
      allOrNothing &= fraction == (option.correct() ? 1 : 0);
    }
    if (allOrNothing) {
      return new Exact(Set.copyOf(values(question.key())));
    }
    return new Mapped(credits, 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
  }

  private static Credit multipleResponse(MultipleResponse q, Marking marking) {
    long rights = q.options().stream().filter(Option::correct).count();
    long wrongs = q.options().size() - rights;
    int n = q.options().size();
    Map<String, Double> credits = new LinkedHashMap<>();
    return switch (marking) {
      case ALL_OR_NOTHING -> new Exact(Set.copyOf(values(q.key())));
      case EVERY_DECISION_COUNTS -> {
        // Each option is a decision worth 1/n: leaving every wrong option unpicked earns wrongs/n, picking a
        // right one adds 1/n and picking a wrong one takes its 1/n back.
        for (Option o : q.options()) {
          credits.put(o.id(), o.correct() ? 1.0 / n : -1.0 / n);
        }
        yield new Mapped(credits, (double) wrongs / n, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
      }
      case PARTIAL_CREDIT, NEGATIVE_MARKING -> {
        for (Option o : q.options()) {
          credits.put(o.id(), o.correct() ? 1.0 / rights : -1.0 / wrongs);
        }
        yield new Mapped(credits, 0, 0, 1, true);
      }
    };
  }

  private static Credit matching(Matching q, Marking marking) {
    if (marking == Marking.ALL_OR_NOTHING) {
      return new Exact(Set.copyOf(values(q.key())));
    }
    Map<String, Double> credits = new LinkedHashMap<>();
    q.answer().forEach((left, right) -> credits.put(pair(left, right), 1.0 / q.answer().size()));
    return new Mapped(credits, 0, 0, 1, true);
  }

  /**
   * The values of {@code response}: the picked option ids, each matched pair as {@code "left right"} (left item
   * id, a space, right item id), or the typed text.
   */
  static List<String> values(Response response) {
    checkNotNull(response, "response");
    if (response instanceof Response.Choice choice) {
      return choice.selected();
    }
    if (response instanceof Response.Pairs pairs) {
      return pairs.pairs().entrySet().stream().map(e -> pair(e.getKey(), e.getValue())).toList();
    }
    if (response instanceof Response.Text text) {
      return List.of(text.text());
    }
    throw new IllegalArgumentException("unknown kind of response: " + response);
  }

  /** One matched pair as a value: the left item's id, a space, the right item's id. */
  static String pair(String left, String right) {
    return left + " " + right;
  }
}
