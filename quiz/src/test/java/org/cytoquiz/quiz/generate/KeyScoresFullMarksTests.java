package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.ScoringPolicy;
import org.junit.jupiter.api.Test;

/** Property: on every question of both banks, the key earns full marks and any other response less. */
class KeyScoresFullMarksTests {

  static final List<Question> ALL = new ArrayList<>();

  static {
    for (Audience audience : Audience.values()) {
      ALL.addAll(QuizAssemblyTests.BANKS.get(audience));
    }
  }

  static double points(Question q, Response r, Marking marking) {
    return q.score(Answer.of(r), ScoringPolicy.of(marking)).points();
  }

  /** A response built from a number: a subset of options, a pairing, or one of the accepted or other texts. */
  static Response response(Question q, int bits, String text) {
    if (q instanceof Matching m) {
      Map<String, String> pairs = new LinkedHashMap<>();
      for (int i = 0; i < m.left().size(); i++) {
        pairs.put(m.left().get(i).id(), m.right().get(Math.floorMod(bits >> (i * 3), m.right().size())).id());
      }
      return new Response.Pairs(pairs);
    }
    if (q instanceof TextEntry) {
      return new Response.Text(text.isBlank() ? "x" : text);
    }
    List<Option> options = QuestionKeyTests.options(q);
    List<String> picked = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if ((bits & (1 << i)) != 0) {
        picked.add(options.get(i).id());
      }
    }
    if (picked.isEmpty()) {
      picked.add(options.get(Math.floorMod(bits, options.size())).id());
    }
    boolean single = q.kind() != org.cytoquiz.teaching.QuestionKind.MULTIPLE_RESPONSE;
    return new Response.Choice(single ? picked.subList(0, 1) : picked);
  }

  @Test
  void theKeyEarnsFullMarksAndAnythingElseLess() {
    qt().withExamples(3000)
        .forAll(integers().between(0, ALL.size() - 1), integers().allPositive(), strings().basicLatinAlphabet().ofLengthBetween(1, 12))
        .checkAssert((index, bits, text) -> {
          Question q = ALL.get(index);
          for (Marking marking : Marking.values()) {
            assertThat(points(q, q.key(), marking)).as("%s key under %s", q.id(), marking).isEqualTo(1.0);
            Response other = response(q, bits, text);
            boolean isKey = other.equals(q.key())
                || (q instanceof TextEntry t && t.accepts(text))
                || (other instanceof Response.Choice c && q.key() instanceof Response.Choice k
                    && java.util.Set.copyOf(c.selected()).equals(java.util.Set.copyOf(k.selected())));
            if (!isKey) {
              assertThat(points(q, other, marking)).as("%s %s under %s", q.id(), other, marking).isLessThan(1.0);
            }
          }
          var cbm = ScoringPolicy.of(Marking.PARTIAL_CREDIT).withCertainty();
          assertThat(q.score(Answer.withCertainty(q.key(), 3), cbm).points()).isEqualTo(cbm.maxPoints());
        });
  }
}
