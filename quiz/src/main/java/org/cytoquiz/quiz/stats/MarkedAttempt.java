package org.cytoquiz.quiz.stats;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.QuestionResult;
import org.cytoquiz.quiz.scoring.ScoringPolicy;

/**
 * The marks of one submitted attempt, question by question, as statistics read them. Attempts at one quiz may
 * hold different questions (each attempt its own form); statistics compare each question over the attempts that
 * held it.
 *
 * @param items each question's mark, in the attempt's order; at least one, no question twice
 */
public record MarkedAttempt(List<ItemMark> items) {

  /**
   * Copies the marks.
   *
   * @throws IllegalArgumentException if there are none or a question appears twice
   */
  public MarkedAttempt {
    items = ImmutableList.copyOf(items);
    checkArgument(!items.isEmpty(), "an attempt without any marked question");
    Set<String> seen = new HashSet<>();
    for (ItemMark item : items) {
      checkArgument(seen.add(item.questionId()), "an attempt marks question %s twice", item.questionId());
    }
  }

  /** The total marks given. */
  public double total() {
    return items.stream().mapToDouble(ItemMark::mark).sum();
  }

  /** The least total the attempt's questions could give. */
  public double minTotal() {
    return items.stream().mapToDouble(ItemMark::minMark).sum();
  }

  /** The most total the attempt's questions could give. */
  public double maxTotal() {
    return items.stream().mapToDouble(ItemMark::maxMark).sum();
  }

  /** The score as a percentage of the attempt's range of totals: 0 at the least possible, 100 at the most. */
  public double score() {
    return Math.max(0, Math.min(100, 100 * (total() - minTotal()) / (maxTotal() - minTotal())));
  }

  /**
   * The marks of a scored attempt at {@code questions} under {@code policy}, each with the range the policy
   * gives its question.
   *
   * @throws IllegalArgumentException if the result marks a question not among {@code questions}
   */
  public static MarkedAttempt of(AttemptResult result, List<Question> questions, ScoringPolicy policy) {
    Map<String, Question> byId = questions.stream().collect(Collectors.toMap(Question::id, Function.identity()));
    return new MarkedAttempt(result.questions().stream().map(q -> mark(q, byId, policy)).toList());
  }

  private static ItemMark mark(QuestionResult result, Map<String, Question> byId, ScoringPolicy policy) {
    Question question = byId.get(result.questionId());
    checkArgument(question != null, "a result marks question %s, which the quiz does not hold", result.questionId());
    return new ItemMark(result.questionId(), result.mark().points(), policy.minPoints(question),
        policy.maxPoints(), result.response());
  }
}
