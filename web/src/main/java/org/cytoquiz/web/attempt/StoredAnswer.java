package org.cytoquiz.web.attempt;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.OptionalInt;

/**
 * One saved answer.
 *
 * @param questionId the question
 * @param response the response as JSON ({@code {"selected": [...]}}, {@code {"text": "..."}} or
 *     {@code {"pairs": {...}}})
 * @param certainty the learner's certainty, where the quiz asks for it
 * @param tries how many times the learner answered this question
 * @param saved when it was saved
 */
public record StoredAnswer(String questionId, String response, OptionalInt certainty, int tries, Instant saved) {

  public StoredAnswer {
    requireNonNull(questionId, "questionId");
    requireNonNull(response, "response");
    requireNonNull(certainty, "certainty");
    requireNonNull(saved, "saved");
  }
}
