package org.cytoquiz.quiz.delivery;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.cytoquiz.quiz.scoring.Mark;

/** What a command did to an attempt. A command that changes nothing gives no event. */
public sealed interface Event {

  /**
   * The attempt began.
   *
   * @param attemptId the attempt
   * @param seed the seed of its form
   * @param at when
   */
  record Started(String attemptId, long seed, Instant at) implements Event {
    public Started {
      checkNotNull(attemptId, "attemptId");
      checkNotNull(at, "at");
    }
  }

  /**
   * A response was saved.
   *
   * @param response the response as saved
   * @param feedback its mark, when the quiz marks each answer at once (immediate feedback)
   */
  record ResponseSaved(SavedResponse response, Optional<Mark> feedback) implements Event {
    public ResponseSaved {
      checkNotNull(response, "response");
      checkNotNull(feedback, "feedback");
    }
  }

  /**
   * The learner moved to another question.
   *
   * @param position the new position, from 0
   * @param at when
   */
  record Moved(int position, Instant at) implements Event {
    public Moved {
      checkNotNull(at, "at");
    }
  }

  /**
   * The attempt was submitted and marked.
   *
   * @param submission the marks, now fixed
   */
  record Submitted(Submission submission) implements Event {
    public Submitted {
      checkNotNull(submission, "submission");
    }
  }
}
