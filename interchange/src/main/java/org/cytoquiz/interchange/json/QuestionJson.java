package org.cytoquiz.interchange.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextEntry;

/**
 * One question with its key and feedback, as {@code docs/quiz-format.md} documents it: an object with
 * {@code id}, {@code kind}, {@code audience}, {@code topic}, {@code difficulty} and {@code stem}; then what its kind
 * has ({@code options} for choice kinds; {@code accepted} and {@code feedback} for text entry; {@code left},
 * {@code right}, {@code pairs} and {@code pairFeedback} for matching); then {@code tests} (typed claims) and
 * {@code sources} (article passages). Fields that a kind does not have are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "kind", "audience", "topic", "difficulty", "stem", "options", "accepted",
    "feedback", "left", "right", "pairs", "pairFeedback", "tests", "sources"})
public record QuestionJson(
    String id, String kind, String audience, String topic, String difficulty, String stem,
    List<OptionJson> options, List<String> accepted, TextFeedbackJson feedback, List<Item> left,
    List<Item> right, Map<String, String> pairs, Map<String, FeedbackJson> pairFeedback, List<ClaimJson> tests,
    List<FactsDocument.RefJson> sources) {

  /** An option with whether it is right, why, and the claims it makes. */
  public record OptionJson(String id, String text, boolean correct, FeedbackJson feedback, List<ClaimJson> claims) {
    static OptionJson of(Option o) {
      return new OptionJson(o.id(), o.text(), o.correct(), FeedbackJson.of(o.feedback()), ClaimJson.of(o.claims()));
    }
  }

  /**
   * A typed claim: subject and object entity ids, the relation id ({@code means} for a definition), and
   * whether the claim asserts that the link holds.
   */
  @JsonPropertyOrder({"subject", "relation", "object", "holds"})
  public record ClaimJson(String subject, String relation, String object, boolean holds) {
    static List<ClaimJson> of(List<Claim> claims) {
      return claims.stream()
          .map(c -> new ClaimJson(c.subject().value(), c.relation(), c.object().value(), c.holds())).toList();
    }
  }

  /**
   * Feedback: the verdict ({@code right}, {@code partly} or {@code wrong}) apart from the explanation text, the
   * true facts the text states, and the article passage behind it ({@code source}, the main one) and all the
   * passages it draws on ({@code sources}, the main one first).
   */
  @JsonPropertyOrder({"verdict", "text", "facts", "source", "sources"})
  public record FeedbackJson(String verdict, String text, List<ClaimJson> facts, FactsDocument.RefJson source,
      List<FactsDocument.RefJson> sources) {
    static FeedbackJson of(Feedback f) {
      return new FeedbackJson(Keyed.key(f.verdict()), f.text(), ClaimJson.of(f.facts()),
          FactsDocument.RefJson.of(f.source()), f.sources().stream().map(FactsDocument.RefJson::of).toList());
    }
  }

  /** The feedback of a text-entry question for an accepted and for any other answer. */
  public record TextFeedbackJson(FeedbackJson right, FeedbackJson wrong) {}

  /** The JSON form of {@code q}. */
  public static QuestionJson of(Question q) {
    List<Option> options = q.options().isEmpty() ? null : q.options();
    List<String> accepted = null;
    TextFeedbackJson feedback = null;
    if (q instanceof TextEntry t) {
      accepted = t.accepted();
      feedback = new TextFeedbackJson(FeedbackJson.of(t.right()), FeedbackJson.of(t.wrong()));
    }
    List<Item> left = null;
    List<Item> right = null;
    Map<String, String> pairs = null;
    Map<String, FeedbackJson> pairFeedback = null;
    if (q instanceof Matching m) {
      left = m.left();
      right = m.right();
      pairs = m.answer();
      pairFeedback = new LinkedHashMap<>();
      for (Item item : m.left()) {
        pairFeedback.put(item.id(), FeedbackJson.of(m.feedback().get(item.id())));
      }
    }
    return new QuestionJson(q.id(), Keyed.key(q.kind()), q.audience().key(), q.topic(), Keyed.key(q.difficulty()),
        q.stem(), options == null ? null : options.stream().map(OptionJson::of).toList(), accepted, feedback,
        left, right, pairs, pairFeedback, ClaimJson.of(q.header().tests()),
        q.sources().stream().map(FactsDocument.RefJson::of).toList());
  }
}
