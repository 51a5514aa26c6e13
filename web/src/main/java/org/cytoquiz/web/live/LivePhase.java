package org.cytoquiz.web.live;

import java.util.Locale;

/** Where a live session stands; with {@link LiveState#vote()} it says which vote, if any, is open. */
public enum LivePhase {
  /** Participants are joining; no question has been shown. */
  LOBBY,
  /** The current question takes answers in the current vote. */
  OPEN,
  /** Voting on the current question has stopped; the distribution may be shown, never the key. */
  CLOSED,
  /** The key, every option's explanation and its source are shown for the current question. */
  REVEALED,
  /** The session is over; its join code no longer works. */
  ENDED;

  /** The name stored and sent on the wire: lower case. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The phase stored as {@code key}.
   *
   * @throws IllegalArgumentException if {@code key} names no phase
   */
  public static LivePhase parse(String key) {
    for (LivePhase phase : values()) {
      if (phase.key().equals(key)) {
        return phase;
      }
    }
    throw new IllegalArgumentException("unknown live-session phase '" + key + "'");
  }
}
