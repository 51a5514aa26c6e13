package org.cytoquiz.interchange.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.Quiz;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.quiz.question.Question;

/**
 * A generated quiz, or a whole item bank, as JSON ({@code docs/quiz-format.md}): an object with {@code format},
 * {@code quiz} (the spec; absent for a bank), {@code audience}, {@code count} and {@code questions}, an array of
 * {@link QuestionJson}. Write it with {@link JsonDocuments}; no web server is needed.
 *
 * @param format {@value #QUIZ_FORMAT} or {@value #BANK_FORMAT}
 * @param quiz what was asked for (absent for a bank)
 * @param audience who the questions are worded for
 * @param count how many questions follow
 * @param questions the questions, in order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "quiz", "audience", "count", "questions"})
public record QuizDocument(
    String format, SpecJson quiz, String audience, int count, List<QuestionJson> questions) {

  /** The format of a generated quiz. */
  public static final String QUIZ_FORMAT = "cytoquiz-quiz/2";
  /** The format of an item bank. */
  public static final String BANK_FORMAT = "cytoquiz-questions/2";

  /** The spec of a quiz, with the preset's settings when it came from one. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SpecJson(
      String preset, String title, int questions, List<String> kinds, List<String> topics,
      Map<String, Integer> topicWeights, Map<String, Integer> difficulty, long seed, String feedback, Integer passMark, Boolean certaintyBased,
      String marking) {}

  /** The document for a generated {@code quiz}, from {@code preset} if it came from one. */
  public static QuizDocument of(Quiz quiz, Optional<QuizPreset> preset) {
    QuizSpec spec = quiz.spec();
    Map<String, Integer> mix = new TreeMap<>();
    spec.difficultyMix().forEach((d, w) -> mix.put(Keyed.key(d), w));
    SpecJson specJson = new SpecJson(
        preset.map(QuizPreset::id).orElse(null),
        preset.map(p -> p.title().in(spec.audience())).orElse(null),
        spec.count(),
        spec.kinds().stream().map(Keyed::key).toList(),
        spec.topics().stream().sorted().toList(),
        spec.hasBlueprint() ? new TreeMap<>(spec.topicMix()) : null,
        mix,
        spec.seed(),
        preset.map(p -> Keyed.key(p.feedback())).orElse(null),
        preset.flatMap(p -> p.passMark().isPresent() ? Optional.of(p.passMark().getAsInt()) : Optional.empty())
            .orElse(null),
        preset.map(QuizPreset::certaintyBased).orElse(null),
        preset.map(p -> Keyed.key(p.marking())).orElse(null));
    return new QuizDocument(QUIZ_FORMAT, specJson, spec.audience().key(), quiz.questions().size(),
        quiz.questions().stream().map(QuestionJson::of).toList());
  }

  /** The document for a whole item bank. */
  public static QuizDocument bank(String audience, List<Question> bank) {
    return new QuizDocument(BANK_FORMAT, null, audience, bank.size(), bank.stream().map(QuestionJson::of).toList());
  }
}
