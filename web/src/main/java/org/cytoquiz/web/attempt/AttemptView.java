package org.cytoquiz.web.attempt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.AttemptEngine;
import org.cytoquiz.quiz.delivery.AttemptState;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;

/**
 * An attempt with everything needed to show it, loaded once per request: the stored record, its preset, its
 * form's questions, the saved answers, the state the rules read, and the marks stored at submit.
 *
 * @param attempt the stored attempt
 * @param preset the quiz preset it is an attempt at
 * @param questions the attempt's form, in order; empty for a submitted attempt whose content has since changed
 *     (its stored marks and review snapshots show it then)
 * @param answers the saved answers by question id
 * @param state the attempt as the rules of {@code quiz.delivery} see it
 * @param marks the marks stored at submit, in form order; empty while open
 */
public record AttemptView(
    StoredAttempt attempt, QuizPreset preset, List<Question> questions, Map<String, StoredAnswer> answers,
    AttemptState state, List<StoredMark> marks) {

  public AttemptView {
    questions = List.copyOf(questions);
    answers = ImmutableMap.copyOf(answers);
    java.util.Objects.requireNonNull(state, "state");
    marks = ImmutableList.copyOf(marks);
  }

  /** The question with this id, if it is in the attempt. */
  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }

  /** The saved response to a question, if any. */
  public Optional<Response> response(String questionId) {
    return state.response(questionId).map(r -> r.response());
  }

  /** How many questions have a saved answer. */
  public int answeredCount() {
    return state.responses().size();
  }

  /** Whether the learner may see feedback on {@code question} now. */
  public boolean feedbackVisible(Question question) {
    return AttemptEngine.feedbackDue(preset, state, question.id());
  }
}
