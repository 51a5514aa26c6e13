package org.cytoquiz.quiz.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.OptionalInt;
import org.cytoquiz.quiz.question.Response;

/**
 * A response with how it was given: the learner's certainty (for certainty-based marking) and the number
 * of tries it took (for interactive mode).
 *
 * @param response what the learner answered
 * @param certainty 1 (not sure), 2 (fairly sure) or 3 (sure), when the quiz asks for it
 * @param tries how many tries the learner needed, from 1
 */
public record Answer(Response response, OptionalInt certainty, int tries) {

  public Answer {
    checkNotNull(response, "response");
    checkNotNull(certainty, "certainty");
    checkArgument(tries >= 1, "tries %s", tries);
  }

  /** A first-try answer without certainty. */
  public static Answer of(Response response) {
    return new Answer(response, OptionalInt.empty(), 1);
  }

  /** A first-try answer at {@code certainty}. */
  public static Answer withCertainty(Response response, int certainty) {
    return new Answer(response, OptionalInt.of(certainty), 1);
  }
}
