package org.cytoquiz.quiz.delivery;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What a command gave: the attempt's new state and the events that led there.
 *
 * @param state the new state (the old one when nothing changed)
 * @param events what happened, in order; empty when nothing changed
 */
public record Transition(AttemptState state, List<Event> events) {

  public Transition {
    checkNotNull(state, "state");
    events = ImmutableList.copyOf(events);
  }

  /** Whether the command changed the attempt, so there is something to store. */
  public boolean changed() {
    return !events.isEmpty();
  }
}
