package org.cytoquiz.web.live;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone who joined a live session.
 *
 * @param id the participant's id (random)
 * @param sessionId the session joined
 * @param name the name given, only when the session records participation
 * @param joined when they joined
 * @param attemptId the attempt their answers became when the session ended, if it records participation
 */
public record LiveParticipant(String id, String sessionId, Optional<String> name, Instant joined,
    Optional<String> attemptId) {

  /** Checks the fields. */
  public LiveParticipant {
    checkNotNull(id, "id");
    checkNotNull(sessionId, "sessionId");
    checkNotNull(name, "name");
    checkNotNull(joined, "joined");
    checkNotNull(attemptId, "attemptId");
  }
}
