package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exported credit rule gives what cytoquiz's own scoring gives, for every question of both banks under every
 * marking and every response a format can collect: each single pick, every set of picks of a multiple-response
 * question, every (partial) matching, and typed text in the accepted forms and a wrong one.
 */
class CreditTests {

  @ParameterizedTest
  @EnumSource(Marking.class)
  void theCreditRuleScoresEveryResponseAsTheQuestionDoes(Marking marking) {
    int checked = 0;
    for (Audience audience : Audience.values()) {
      for (Question q : ItemBank.of(Fixtures.CURRICULUM, audience)) {
        Credit credit = Credit.of(q, marking);
        for (Response response : responses(q)) {
          assertThat(credit.score(Credit.values(response)))
              .as("%s under %s answering %s", q.id(), marking, response)
              .isCloseTo(q.fraction(response, marking), within(1e-9));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @ParameterizedTest
  @EnumSource(Marking.class)
  void allOrNothingIsExactAndPartialCreditIsMappedWhereTheyDiffer(Marking marking) {
    for (Question q : ItemBank.of(Fixtures.CURRICULUM, Audience.STAFF)) {
      Credit credit = Credit.of(q, marking);
      if (q instanceof MultipleResponse || q instanceof Matching) {
        assertThat(credit instanceof Credit.Exact).as(q.id()).isEqualTo(marking == Marking.ALL_OR_NOTHING);
      }
      if (q instanceof TextEntry) {
        assertThat(credit).isInstanceOf(Credit.Mapped.class);
      }
    }
  }

  /** Every response worth checking for {@code q}. */
  static List<Response> responses(Question q) {
    List<Response> responses = new ArrayList<>();
    if (q instanceof MultipleResponse) {
      List<Option> options = q.options();
      for (int mask = 1; mask < 1 << options.size(); mask++) {
        List<String> picked = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
          if ((mask & 1 << i) != 0) {
            picked.add(options.get(i).id());
          }
        }
        responses.add(new Response.Choice(picked));
      }
    } else if (q instanceof Matching m) {
      pairings(m, 0, new HashMap<>(), responses);
    } else if (q instanceof TextEntry t) {
      for (String accepted : t.accepted()) {
        responses.add(new Response.Text(accepted));
        responses.add(new Response.Text(accepted.toUpperCase(Locale.ROOT)));
      }
      responses.add(new Response.Text("zzz not an answer"));
    } else {
      q.options().forEach(o -> responses.add(new Response.Choice(List.of(o.id()))));
    }
    return responses;
  }

  /** Every way to pair some of the left items (at least one), each with any right item. */
  private static void pairings(Matching m, int index, Map<String, String> pairs, List<Response> out) {
    if (index == m.left().size()) {
      if (!pairs.isEmpty()) {
        out.add(new Response.Pairs(Map.copyOf(pairs)));
      }
      return;
    }
    String left = m.left().get(index).id();
    pairings(m, index + 1, pairs, out);
    for (Item right : m.right()) {
      pairs.put(left, right.id());
      pairings(m, index + 1, pairs, out);
      pairs.remove(left);
    }
  }
}
