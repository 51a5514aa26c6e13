package org.cytoquiz.web.live;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Supplier;
import org.cytoquiz.web.text.Ui;

/**
 * The state of a live session as a pure value, with its rules: {@link #apply(LiveMove)} gives the next state or
 * refuses the move. Nothing here does I/O; the service stores each state with a compare-and-set on
 * {@link #revision()}.
 *
 * <p>The moves: open (lobby → first question, vote 1); close (open → closed); second vote (closed after vote 1 →
 * open, vote 2, same question); reveal (closed → revealed); next (revealed → next question, vote 1; refused on the
 * last question); end (any state but ended → ended). Answers are taken only while a vote is open, for the current
 * question and vote.
 *
 * @param questions how many questions the session has (at least 1)
 * @param phase where the session stands
 * @param current the index of the current question from 0; -1 in the lobby, and -1 when ended from the lobby
 * @param vote the current vote on the current question: 1 or 2; 0 when no question has been shown
 * @param revision how many moves have been made; every move adds one (also the id of the pushed event)
 */
public record LiveState(int questions, LivePhase phase, int current, int vote, long revision) {

  /** Checks that the fields fit together. */
  public LiveState {
    checkArgument(questions >= 1, "a live session needs at least one question, not %s", questions);
    checkNotNull(phase, "phase");
    checkArgument(current >= -1 && current < questions, "question index %s is outside -1 to %s", current,
        questions - 1);
    checkArgument(vote >= 0 && vote <= 2, "vote %s is not 0, 1 or 2", vote);
    checkArgument((current == -1) == (vote == 0), "question index %s with vote %s", current, vote);
    checkArgument(phase != LivePhase.LOBBY || current == -1, "a lobby shows no question, not %s", current);
    checkArgument(phase == LivePhase.LOBBY || phase == LivePhase.ENDED || current >= 0,
        "phase %s needs a question", phase);
    checkArgument(revision >= 0, "revision %s", revision);
  }

  /** A new session of {@code questions} questions, in the lobby. */
  public static LiveState lobby(int questions) {
    return new LiveState(questions, LivePhase.LOBBY, -1, 0, 0);
  }

  /** Whether an answer to question {@code index} in {@code vote} is taken now. */
  public boolean accepts(int index, int vote) {
    return phase == LivePhase.OPEN && index == current && vote == this.vote;
  }

  /** Whether the current question's key may be shown to participants. */
  public boolean keyShown() {
    return phase == LivePhase.REVEALED;
  }

  /** Whether the current question is the last one. */
  public boolean onLastQuestion() {
    return current == questions - 1;
  }

  /** Whether {@code move} is allowed now. */
  public boolean allows(LiveMove move) {
    try {
      apply(move);
      return true;
    } catch (LiveMoveRefusedException e) {
      return false;
    }
  }

  /**
   * The state after {@code move}.
   *
   * @throws LiveMoveRefusedException if the move is not allowed in this state, saying what is
   */
  public LiveState apply(LiveMove move) {
    checkNotNull(move, "move");
    if (phase == LivePhase.ENDED) {
      throw new LiveMoveRefusedException(Ui.t("live.projector.refused.ended"));
    }
    long next = revision + 1;
    return switch (move) {
      case OPEN -> {
        require(phase == LivePhase.LOBBY, () -> Ui.t("live.projector.refused.open"));
        yield new LiveState(questions, LivePhase.OPEN, 0, 1, next);
      }
      case CLOSE -> {
        require(phase == LivePhase.OPEN, () -> Ui.t("live.projector.refused.close"));
        yield new LiveState(questions, LivePhase.CLOSED, current, vote, next);
      }
      case SECOND_VOTE -> {
        require(phase == LivePhase.CLOSED && vote == 1, () -> vote == 2
            ? Ui.t("live.projector.refused.second-vote.done") : Ui.t("live.projector.refused.second-vote.close"));
        yield new LiveState(questions, LivePhase.OPEN, current, 2, next);
      }
      case REVEAL -> {
        require(phase == LivePhase.CLOSED, () -> phase == LivePhase.REVEALED
            ? Ui.t("live.projector.refused.reveal.shown") : Ui.t("live.projector.refused.reveal.close"));
        yield new LiveState(questions, LivePhase.REVEALED, current, vote, next);
      }
      case NEXT -> {
        require(phase == LivePhase.REVEALED, () -> Ui.t("live.projector.refused.next.reveal"));
        require(!onLastQuestion(), () -> Ui.t("live.projector.refused.next.last"));
        yield new LiveState(questions, LivePhase.OPEN, current + 1, 1, next);
      }
      case END -> new LiveState(questions, LivePhase.ENDED, current, vote, next);
    };
  }

  /** Refuses the move unless {@code condition}, saying why in the words of the request being served ({@link Ui}). */
  private static void require(boolean condition, Supplier<String> refusal) {
    if (!condition) {
      throw new LiveMoveRefusedException(refusal.get());
    }
  }
}
