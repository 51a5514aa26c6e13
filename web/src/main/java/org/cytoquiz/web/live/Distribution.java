package org.cytoquiz.web.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.web.attempt.ResponseCodec;
import org.cytoquiz.web.text.Ui;

/**
 * How the answers to one question in one vote spread: for a choice question, how many picked each option; for
 * others (matching, typed answers), how many were right, partly right or wrong, which is shown only once the key is
 * revealed. No participant is named.
 *
 * @param vote 1 or 2
 * @param answers how many answered
 * @param bars one bar per option (choice questions) or per verdict (others)
 * @param byVerdict whether the bars are verdicts rather than options
 */
public record Distribution(int vote, int answers, List<Bar> bars, boolean byVerdict) {

  /** Copies the bars. */
  public Distribution {
    bars = List.copyOf(bars);
  }

  /**
   * One bar.
   *
   * @param id the option's id, or "right", "partial", "wrong"
   * @param label the option's text or the verdict, in the words of the request being served ({@link Ui})
   * @param count how many answers chose it (a multiple-response answer counts for each option it picks)
   * @param percent its share of the answers, 0 to 100, rounded
   * @param correct whether the option is right; shown only with the key
   */
  public record Bar(String id, String label, int count, int percent, boolean correct) {}

  /** How many answers were fully right. */
  public static long right(List<LiveAnswer> answers) {
    return answers.stream().filter(LiveAnswer::right).count();
  }

  /** The distribution of {@code answers} (all to {@code question} in {@code vote}). */
  public static Distribution of(Question question, int vote, List<LiveAnswer> answers) {
    int n = answers.size();
    List<Bar> bars = new ArrayList<>();
    if (!question.options().isEmpty()) {
      Map<String, Integer> counts = new LinkedHashMap<>();
      question.options().forEach(o -> counts.put(o.id(), 0));
      for (LiveAnswer a : answers) {
        if (ResponseCodec.parse(a.response()) instanceof Response.Choice choice) {
          choice.selected().forEach(id -> counts.computeIfPresent(id, (k, c) -> c + 1));
        }
      }
      for (Option o : question.options()) {
        int c = counts.get(o.id());
        bars.add(new Bar(o.id(), o.text(), c, percent(c, n), o.correct()));
      }
      return new Distribution(vote, n, bars, false);
    }
    int right = (int) right(answers);
    int partly = (int) answers.stream().filter(a -> !a.right() && a.fraction() > 0).count();
    int wrong = n - right - partly;
    bars.add(new Bar("right", Ui.t("live.bars.verdict.right"), right, percent(right, n), true));
    bars.add(new Bar("partial", Ui.t("live.bars.verdict.partial"), partly, percent(partly, n), false));
    bars.add(new Bar("wrong", Ui.t("live.bars.verdict.wrong"), wrong, percent(wrong, n), false));
    return new Distribution(vote, n, bars, true);
  }

  /** {@code part} of {@code whole} in whole percent, 0 when there is nothing. */
  public static int percent(long part, long whole) {
    return whole == 0 ? 0 : (int) Math.round(100.0 * part / whole);
  }
}
