package org.cytoquiz.web.live;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * One participant's answer to one question in one vote of a live session; at most one is stored per participant,
 * question and vote.
 *
 * @param participantId who answered
 * @param questionIndex the question's index in the session, from 0
 * @param vote 1 or 2
 * @param questionId the question's id
 * @param response the response as JSON ({@link org.cytoquiz.web.attempt.ResponseCodec})
 * @param fraction how right it is: 1 right, 0 wrong, in between partly right
 * @param saved when it was stored
 */
public record LiveAnswer(String participantId, int questionIndex, int vote, String questionId, String response,
    double fraction, Instant saved) {

  /** Checks the fields. */
  public LiveAnswer {
    checkNotNull(participantId, "participantId");
    checkArgument(questionIndex >= 0, "question index %s", questionIndex);
    checkArgument(vote == 1 || vote == 2, "vote %s", vote);
    checkNotNull(questionId, "questionId");
    checkNotNull(response, "response");
    checkNotNull(saved, "saved");
  }

  /** Whether the answer is fully right. */
  public boolean right() {
    return fraction >= 1.0 - 1e-9;
  }
}
