package org.cytoquiz.web.live;

import java.util.Locale;
import java.util.Optional;

/** A move the instructor makes in a live session; each has its own button and route. */
public enum LiveMove {
  /** Shows the first question and opens its first vote (from the lobby). */
  OPEN,
  /** Stops the open vote. */
  CLOSE,
  /** Opens a second vote on the same question after a closed first vote (peer instruction). */
  SECOND_VOTE,
  /** Shows the key with every option's explanation (after a vote is closed). */
  REVEAL,
  /** Moves on to the next question and opens its first vote (after a reveal). */
  NEXT,
  /** Ends the session; its join code stops working. */
  END;

  /** The move's name in URLs and JSON: lower case with hyphens, such as {@code second-vote}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The move named {@code key} in a URL, if there is one. */
  public static Optional<LiveMove> parse(String key) {
    for (LiveMove move : values()) {
      if (move.key().equals(key)) {
        return Optional.of(move);
      }
    }
    return Optional.empty();
  }
}
