package org.cytoquiz.quiz.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.OptionalInt;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Answer;

/**
 * The learner's saved response to one question of an attempt.
 *
 * @param questionId the question
 * @param response what the learner answered, normalised (choices sorted, no repeats)
 * @param certainty 1, 2 or 3 where the quiz asks for it, else empty
 * @param tries how many different responses the learner has saved for the question, from 1
 * @param saved when this response was saved
 */
public record SavedResponse(String questionId, Response response, OptionalInt certainty, int tries, Instant saved) {

  public SavedResponse {
    checkNotNull(questionId, "questionId");
    checkNotNull(response, "response");
    checkNotNull(certainty, "certainty");
    checkArgument(tries >= 1, "tries %s", tries);
    checkNotNull(saved, "saved");
  }

  /** The answer as scoring reads it (one try: extra tries cost nothing under the presets' policies). */
  public Answer answer() {
    return new Answer(response, certainty, 1);
  }

  /** Whether this response and certainty are the ones saved. */
  public boolean sameAs(Response other, OptionalInt otherCertainty) {
    return response.equals(other) && certainty.equals(otherCertainty);
  }
}
