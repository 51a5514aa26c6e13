package org.cytoquiz.quiz.scoring;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.cytoquiz.quiz.question.Response;

/**
 * How one question of an attempt went.
 *
 * @param questionId the question's id
 * @param answer the learner's answer, or empty if the question was left unanswered
 * @param mark what the answer earned (zero points when unanswered)
 */
public record QuestionResult(String questionId, Optional<Answer> answer, Mark mark) {

  public QuestionResult {
    checkNotNull(questionId, "questionId");
    checkNotNull(answer, "answer");
    checkNotNull(mark, "mark");
  }

  /** The response given, if any. */
  public Optional<Response> response() {
    return answer.map(Answer::response);
  }
}
