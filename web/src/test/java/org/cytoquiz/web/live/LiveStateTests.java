package org.cytoquiz.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LiveStateTests {

  private static LiveState play(LiveState state, LiveMove... moves) {
    for (LiveMove move : moves) {
      state = state.apply(move);
    }
    return state;
  }

  @Nested
  class TheMoves {

    @Test
    void openingFromTheLobbyShowsTheFirstQuestionInItsFirstVote() {
      LiveState open = LiveState.lobby(3).apply(LiveMove.OPEN);
      assertThat(open).isEqualTo(new LiveState(3, LivePhase.OPEN, 0, 1, 1));
      assertThat(open.accepts(0, 1)).isTrue();
      assertThat(open.accepts(0, 2)).isFalse();
      assertThat(open.accepts(1, 1)).isFalse();
    }

    @Test
    void peerInstructionIsCloseSecondVoteCloseReveal() {
      LiveState s = play(LiveState.lobby(2), LiveMove.OPEN, LiveMove.CLOSE);
      assertThat(s.accepts(0, 1)).isFalse();
      assertThat(s.keyShown()).isFalse();
      s = s.apply(LiveMove.SECOND_VOTE);
      assertThat(s).isEqualTo(new LiveState(2, LivePhase.OPEN, 0, 2, 3));
      assertThat(s.accepts(0, 2)).isTrue();
      assertThat(s.accepts(0, 1)).isFalse();
      s = play(s, LiveMove.CLOSE, LiveMove.REVEAL);
      assertThat(s.keyShown()).isTrue();
      assertThat(s.vote()).isEqualTo(2);
    }

    @Test
    void nextOpensTheFollowingQuestionAtVoteOne() {
      LiveState s = play(LiveState.lobby(2), LiveMove.OPEN, LiveMove.CLOSE, LiveMove.SECOND_VOTE, LiveMove.CLOSE,
          LiveMove.REVEAL, LiveMove.NEXT);
      assertThat(s).isEqualTo(new LiveState(2, LivePhase.OPEN, 1, 1, 6));
    }

    @Test
    void endingWorksFromEveryStateButEndedAndIsFinal() {
      for (LiveState s : List.of(LiveState.lobby(2), play(LiveState.lobby(2), LiveMove.OPEN),
          play(LiveState.lobby(2), LiveMove.OPEN, LiveMove.CLOSE),
          play(LiveState.lobby(2), LiveMove.OPEN, LiveMove.CLOSE, LiveMove.REVEAL))) {
        LiveState ended = s.apply(LiveMove.END);
        assertThat(ended.phase()).isEqualTo(LivePhase.ENDED);
        for (LiveMove move : LiveMove.values()) {
          assertThatThrownBy(() -> ended.apply(move)).isInstanceOf(LiveMoveRefusedException.class)
              .hasMessageContaining("ended");
        }
      }
    }
  }

  @Nested
  class Refusals {

    @Test
    void revealWhileAVoteIsOpenIsRefused() {
      LiveState open = LiveState.lobby(2).apply(LiveMove.OPEN);
      assertThatThrownBy(() -> open.apply(LiveMove.REVEAL)).isInstanceOf(LiveMoveRefusedException.class)
          .hasMessageContaining("close the vote");
    }

    @Test
    void aThirdVoteIsRefused() {
      LiveState s = play(LiveState.lobby(2), LiveMove.OPEN, LiveMove.CLOSE, LiveMove.SECOND_VOTE, LiveMove.CLOSE);
      assertThatThrownBy(() -> s.apply(LiveMove.SECOND_VOTE)).hasMessageContaining("second vote");
    }

    @Test
    void nextOnTheLastQuestionIsRefused() {
      LiveState s = play(LiveState.lobby(1), LiveMove.OPEN, LiveMove.CLOSE, LiveMove.REVEAL);
      assertThatThrownBy(() -> s.apply(LiveMove.NEXT)).hasMessageContaining("last question");
    }

    @Test
    void nextBeforeTheRevealIsRefused() {
      LiveState s = play(LiveState.lobby(2), LiveMove.OPEN, LiveMove.CLOSE);
      assertThatThrownBy(() -> s.apply(LiveMove.NEXT)).hasMessageContaining("reveal");
    }

    @ParameterizedTest
    @EnumSource(value = LiveMove.class, names = {"CLOSE", "SECOND_VOTE", "REVEAL", "NEXT"})
    void onlyOpenAndEndWorkFromTheLobby(LiveMove move) {
      assertThat(LiveState.lobby(2).allows(move)).isFalse();
    }

    @Test
    void inconsistentStatesCannotBeBuilt() {
      assertThatThrownBy(() -> new LiveState(2, LivePhase.OPEN, -1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new LiveState(2, LivePhase.LOBBY, 0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new LiveState(2, LivePhase.OPEN, 2, 1, 1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new LiveState(0, LivePhase.LOBBY, -1, 0, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  /**
   * Whatever the instructor presses, in any order: every allowed move adds exactly one to the revision, the
   * question only goes forward, a second vote is only ever on the question of the first, the key is shown only
   * after a closed vote, answers are taken only while open, and nothing follows the end.
   */
  @Test
  void anySequenceOfPressesKeepsTheRules() {
    LiveMove[] moves = LiveMove.values();
    qt().withExamples(500).forAll(integers().between(1, 4), lists().of(integers().between(0, moves.length - 1))
        .ofSizeBetween(0, 40)).checkAssert((questions, presses) -> {
          LiveState s = LiveState.lobby(questions);
          for (int press : presses) {
            LiveMove move = moves[press];
            LiveState before = s;
            boolean allowed = before.allows(move);
            try {
              s = before.apply(move);
            } catch (LiveMoveRefusedException refused) {
              assertThat(allowed).isFalse();
              continue;
            }
            assertThat(allowed).isTrue();
            assertThat(s.revision()).isEqualTo(before.revision() + 1);
            assertThat(s.current()).isGreaterThanOrEqualTo(before.current());
            if (s.current() == before.current() && before.current() >= 0) {
              assertThat(s.vote()).isGreaterThanOrEqualTo(before.vote());
            } else if (s.phase() != LivePhase.ENDED) {
              assertThat(s.vote()).isEqualTo(1);
            }
            if (s.phase() == LivePhase.REVEALED) {
              assertThat(before.phase()).isEqualTo(LivePhase.CLOSED);
            }
            assertThat(s.accepts(s.current(), s.vote())).isEqualTo(s.phase() == LivePhase.OPEN);
            if (before.phase() == LivePhase.ENDED) {
              throw new AssertionError("a move was allowed after the end: " + move);
            }
          }
        });
  }
}
