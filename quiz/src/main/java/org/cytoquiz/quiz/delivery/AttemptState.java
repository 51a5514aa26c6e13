package org.cytoquiz.quiz.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * An attempt as the rules see it, immutable: every command gives a new state.
 *
 * @param attemptId the attempt's id
 * @param presetId the quiz preset it is an attempt at
 * @param learner the learner's name or staff id, if given
 * @param seed the seed its form was drawn with (recorded, so the form can be drawn again exactly)
 * @param contentVersion the version of the form it began on ({@link Form#version()})
 * @param position the index of the question the learner is on, from 0
 * @param started when it began
 * @param updated when it last changed
 * @param responses the saved responses by question id, in the order first saved
 * @param submission its marks once submitted; empty while open
 */
public record AttemptState(
    String attemptId, String presetId, Optional<String> learner, long seed, String contentVersion, int position,
    Instant started, Instant updated, Map<String, SavedResponse> responses, Optional<Submission> submission) {

  public AttemptState {
    checkNotNull(attemptId, "attemptId");
    checkNotNull(presetId, "presetId");
    checkNotNull(learner, "learner");
    checkNotNull(contentVersion, "contentVersion");
    checkArgument(position >= 0, "position %s", position);
    checkNotNull(started, "started");
    checkNotNull(updated, "updated");
    responses = ImmutableMap.copyOf(responses);
    for (Map.Entry<String, SavedResponse> entry : responses.entrySet()) {
      checkArgument(entry.getKey().equals(entry.getValue().questionId()), "response to %s filed under %s",
          entry.getValue().questionId(), entry.getKey());
    }
    checkNotNull(submission, "submission");
  }

  /** Whether the attempt has been submitted and can no longer change. */
  public boolean submitted() {
    return submission.isPresent();
  }

  /** The saved response to a question, if any. */
  public Optional<SavedResponse> response(String questionId) {
    return Optional.ofNullable(responses.get(questionId));
  }
}
