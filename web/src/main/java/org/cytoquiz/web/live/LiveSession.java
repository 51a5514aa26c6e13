package org.cytoquiz.web.live;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A live session as stored.
 *
 * @param id the session's id (random, in URLs)
 * @param joinCode the code participants type to join (random, {@link JoinCodes#LENGTH} characters)
 * @param instructor the hash of the instructor login that started it; only that login controls it
 * @param presetId the quiz preset whose form the questions come from; for a hand-picked session, the quiz the named
 *     participants' attempts are filed under (its audience's item bank holds the questions, its marking marks them)
 * @param questionIds the ids of the questions asked, in order (the preset's form, or the questions picked)
 * @param recordsParticipation whether participants give a name and their answers become attempts
 * @param state the session's state
 * @param created when it was started
 * @param updated when its state last changed
 * @param expires when its join code stops working even if it is never ended
 * @param chosen whether the questions were picked from the item bank rather than taken from the preset's form
 * @param countdown how long each vote stays open before it closes by itself; zero for no countdown
 * @param voteEnds when the open vote closes by itself; empty without a countdown or when no vote is open
 */
public record LiveSession(String id, String joinCode, String instructor, String presetId, List<String> questionIds,
    boolean recordsParticipation, LiveState state, Instant created, Instant updated, Instant expires,
    boolean chosen, Duration countdown, Optional<Instant> voteEnds) {

  /** The longest countdown a session may set. */
  public static final Duration MAX_COUNTDOWN = Duration.ofMinutes(30);

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
    checkNotNull(countdown, "countdown");
    checkArgument(!countdown.isNegative() && countdown.compareTo(MAX_COUNTDOWN) <= 0,
        "a countdown of %s is outside 0 to %s", countdown, MAX_COUNTDOWN);
    checkNotNull(voteEnds, "voteEnds");
  }

  /**
   * This session in {@code next} state, changed at {@code at}; a vote that opens with the move gets its deadline
   * when the session has a countdown, and any other state has none.
   */
  public LiveSession with(LiveState next, Instant at) {
    return new LiveSession(id, joinCode, instructor, presetId, questionIds, recordsParticipation, next, created, at,
        expires, chosen, countdown, deadlineAfter(next, at));
  }

  /** When the vote open in {@code next} (entered at {@code at}) closes by itself, if the session counts down. */
  Optional<Instant> deadlineAfter(LiveState next, Instant at) {
    if (next.phase() != LivePhase.OPEN || countdown.isZero()) {
      return Optional.empty();
    }
    // a move that keeps the same open vote (none does today) keeps its deadline
    if (state.phase() == LivePhase.OPEN && state.current() == next.current() && state.vote() == next.vote()) {
      return voteEnds;
    }
    return Optional.of(at.plus(countdown));
  }

  /** Whether the open vote's countdown has run out at {@code now} (so no answer is taken, and it is to be closed). */
  public boolean countdownOver(Instant now) {
    return state.phase() == LivePhase.OPEN && voteEnds.isPresent() && !now.isBefore(voteEnds.get());
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
