package org.cytoquiz.quiz.delivery;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.OptionalInt;
import org.cytoquiz.quiz.question.Response;

/** Something a learner does to an open attempt, with the instant it happens. */
public sealed interface Command {

  /** When the command happens. */
  Instant at();

  /**
   * Saves a response to one question.
   *
   * @param questionId the question, which must be on the attempt's form
   * @param response the response
   * @param certainty 1, 2 or 3 when the quiz is certainty-based, else empty
   * @param at when
   */
  record SaveResponse(String questionId, Response response, OptionalInt certainty, Instant at) implements Command {
    public SaveResponse {
      checkNotNull(questionId, "questionId");
      checkNotNull(response, "response");
      checkNotNull(certainty, "certainty");
      checkNotNull(at, "at");
    }
  }

  /**
   * Moves to another question, so a return visit resumes there.
   *
   * @param position the question's index on the form, from 0
   * @param at when
   */
  record Move(int position, Instant at) implements Command {
    public Move {
      checkNotNull(at, "at");
    }
  }

  /**
   * Submits the attempt: its marks are fixed and it can no longer change.
   *
   * @param at when
   */
  record Submit(Instant at) implements Command {
    public Submit {
      checkNotNull(at, "at");
    }
  }
}
