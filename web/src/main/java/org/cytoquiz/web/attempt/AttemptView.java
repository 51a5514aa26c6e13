package org.cytoquiz.web.attempt;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytoquiz.core.teaching.FeedbackMode;
import org.cytoquiz.core.teaching.QuizPreset;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;

/**
 * An attempt with everything needed to show it: the stored state, its quiz and the saved answers.
 *
 * @param attempt the stored attempt
 * @param preset the quiz preset it is an attempt at
 * @param questions the attempt's questions, in order
 * @param answers the saved answers by question id
 */
public record AttemptView(
    StoredAttempt attempt, QuizPreset preset, List<Question> questions, Map<String, StoredAnswer> answers) {

  public AttemptView {
    questions = List.copyOf(questions);
    answers = ImmutableMap.copyOf(answers);
  }

  /** The question with this id, if it is in the attempt. */
  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** The saved response to a question, if any. */
  public Optional<Response> response(String questionId) {
    return Optional.ofNullable(answers.get(questionId)).map(a -> ResponseCodec.parse(a.response()));
  }

  /** How many questions have a saved answer. */
  public int answeredCount() {
    return (int) questions.stream().filter(q -> answers.containsKey(q.id())).count();
  }

  /** Whether the learner may see feedback on {@code question} now. */
  public boolean feedbackVisible(Question question) {
    return attempt.submitted()
        || (preset.feedback() == FeedbackMode.IMMEDIATE && answers.containsKey(question.id()));
  }
}
