package org.cytoquiz.quiz.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.Question;

/** Scores a whole attempt: every question, answered or not, under one policy. */
public final class QuizScorer {

  private QuizScorer() {}

  /**
   * The result of answering {@code questions} with {@code answers} (question id to answer) under
   * {@code policy}. Unanswered questions earn nothing.
   *
   * @throws InvalidResponseException if an answer names a question that is not in the quiz, or does not fit
   *     its question
   */
  public static AttemptResult score(
      List<Question> questions, Map<String, Answer> answers, ScoringPolicy policy, OptionalInt passMark) {
    for (String id : answers.keySet()) {
      if (questions.stream().noneMatch(q -> q.id().equals(id))) {
        throw new InvalidResponseException("unknown question '" + id + "'");
      }
    }
    List<QuestionResult> results = new ArrayList<>();
    double points = 0;
    for (Question question : questions) {
      Answer answer = answers.get(question.id());
      Mark mark = answer == null ? new Mark(0, policy.maxPoints(), 0) : question.score(answer, policy);
      results.add(new QuestionResult(question.id(), Optional.ofNullable(answer), mark));
      points += mark.points();
    }
    return new AttemptResult(results, points, policy.maxPoints() * questions.size(), passMark);
  }
}
