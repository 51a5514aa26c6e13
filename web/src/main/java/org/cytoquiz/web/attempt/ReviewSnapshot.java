package org.cytoquiz.web.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.web.pages.FeedbackBox;
import org.cytoquiz.web.pages.Views;

/**
 * One question of a submitted attempt as it was shown and marked, kept with its stored mark so the result page,
 * the API and the certificate show the same thing after the content changes.
 *
 * @param question the question as the API shows it before answering (id, number, kind, stem, options or items)
 * @param given the learner's answer in words, or "Not answered"
 * @param feedback the marked feedback as the result page shows it
 * @param marked the marked feedback as the API shows it
 */
public record ReviewSnapshot(Map<String, Object> question, String given, FeedbackBox feedback,
    Map<String, Object> marked) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ReviewSnapshot {
    question = new LinkedHashMap<>(question);
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(feedback, "feedback");
    marked = new LinkedHashMap<>(marked);
  }

  /** The snapshot of question {@code number} ({@code q}) answered with {@code response} and marked {@code mark}. */
  public static ReviewSnapshot of(Question q, int number, Optional<Response> response, Mark mark, Audience audience) {
    return new ReviewSnapshot(AttemptJson.question(q, number), Views.describe(q, response),
        Views.feedback(q, response, mark, audience), AttemptJson.marked(q, response, mark));
  }

  /** The question's stem. */
  public String stem() {
    return String.valueOf(question.get("stem"));
  }

  /** As stored. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a review snapshot cannot be written as JSON", e);
    }
  }

  /**
   * The snapshot stored as {@code json}.
   *
   * @throws IllegalStateException if the stored text is not a snapshot (a damaged database)
   */
  public static ReviewSnapshot parse(String json) {
    try {
      Map<String, Object> m = JSON.readValue(json, new TypeReference<Map<String, Object>>() {});
      return new ReviewSnapshot(map(m.get("question")), String.valueOf(m.get("given")),
          JSON.convertValue(m.get("feedback"), FeedbackBox.class), map(m.get("marked")));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalStateException("a stored review snapshot cannot be read", e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (!(value instanceof Map<?, ?> m)) {
      throw new IllegalArgumentException("not an object: " + value);
    }
    return (Map<String, Object>) m;
  }
}
