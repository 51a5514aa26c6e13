package org.cytoquiz.web.live;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;

/**
 * A live session as stored.
 *
 * @param id the session's id (random, in URLs)
 * @param joinCode the code participants type to join (random, {@link JoinCodes#LENGTH} characters)
 * @param instructor the hash of the instructor login that started it; only that login controls it
 * @param presetId the quiz preset whose form the questions come from
 * @param questionIds the ids of the questions asked, in order (the preset's form)
 * @param recordsParticipation whether participants give a name and their answers become attempts
 * @param state the session's state
 * @param created when it was started
 * @param updated when its state last changed
 * @param expires when its join code stops working even if it is never ended
 */
public record LiveSession(String id, String joinCode, String instructor, String presetId, List<String> questionIds,
    boolean recordsParticipation, LiveState state, Instant created, Instant updated, Instant expires) {

  /** Checks the fields. */
  public LiveSession {
    checkNotNull(id, "id");
    checkNotNull(joinCode, "joinCode");
    checkNotNull(instructor, "instructor");
    checkNotNull(presetId, "presetId");
    questionIds = List.copyOf(questionIds);
    checkNotNull(state, "state");
    checkArgument(state.questions() == questionIds.size(), "state for %s questions, session has %s",
        state.questions(), questionIds.size());
    checkNotNull(created, "created");
    checkNotNull(updated, "updated");
    checkNotNull(expires, "expires");
  }

  /** This session in {@code next} state, changed at {@code at}. */
  public LiveSession with(LiveState next, Instant at) {
    return new LiveSession(id, joinCode, instructor, presetId, questionIds, recordsParticipation, next, created, at,
        expires);
  }

  /** Whether its join code works at {@code now}: not ended and not expired. */
  public boolean joinable(Instant now) {
    return state.phase() != LivePhase.ENDED && now.isBefore(expires);
  }

  /** The id of the current question, if one has been shown. */
  public java.util.Optional<String> currentQuestionId() {
    return state.current() < 0 ? java.util.Optional.empty() : java.util.Optional.of(questionIds.get(state.current()));
  }
}
