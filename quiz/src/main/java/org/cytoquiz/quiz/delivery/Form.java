package org.cytoquiz.quiz.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.generate.QuizAssembler;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.quiz.question.Question;

/**
 * One attempt's form: the questions drawn from a preset's pool, questions and options in the order a seed
 * gives, and a version that changes whenever the content behind any of them does (wording, options, keys,
 * feedback or sources).
 *
 * @param seed the seed the form was drawn with; the same seed, preset and content give the same form
 * @param questions the questions in the order they are asked, options in their form order
 * @param version a digest of everything the learner sees and is marked on
 */
public record Form(long seed, List<Question> questions, String version) {

  public Form {
    questions = ImmutableList.copyOf(questions);
    checkArgument(!questions.isEmpty(), "a form needs at least one question");
    checkNotNull(version, "version");
  }

  /**
   * The form {@code preset} gives for {@code seed}, drawn from {@code bank} by the quiz assembler.
   *
   * @throws IllegalArgumentException if the bank is not for the preset's audience or cannot fill the quiz
   */
  public static Form draw(ItemBank bank, QuizPreset preset, long seed) {
    QuizSpec spec = QuizSpec.of(preset);
    QuizSpec seeded = new QuizSpec(spec.audience(), spec.count(), spec.kinds(), spec.topics(), spec.difficultyMix(),
        seed);
    List<Question> questions = QuizAssembler.assemble(bank, seeded).questions();
    return new Form(seed, questions, version(questions));
  }

  /**
   * The seed of a new attempt's form: the preset's own seed when it asks for one fixed form; otherwise
   * {@code drawn} (a random number the caller drew), moved on until it differs from every seed in
   * {@code earlier}, so a retake never repeats the learner's earlier forms.
   */
  public static long seedFor(QuizPreset preset, long drawn, Collection<Long> earlier) {
    if (preset.fixedForm()) {
      return preset.seed();
    }
    long seed = drawn;
    while (earlier.contains(seed)) {
      seed++;
    }
    return seed;
  }

  /** The question with this id, if the form has it. */
  public Optional<Question> question(String questionId) {
    for (Question question : questions) {
      if (question.id().equals(questionId)) {
        return Optional.of(question);
      }
    }
    return Optional.empty();
  }

  /** The position of the question with this id, from 0, or -1 if the form lacks it. */
  public int indexOf(String questionId) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).id().equals(questionId)) {
        return i;
      }
    }
    return -1;
  }

  /** How many questions the form has. */
  public int size() {
    return questions.size();
  }

  /** The version of a form made of {@code questions}: a SHA-256 of their full value, in order. */
  static String version(List<Question> questions) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Question question : questions) {
        // Questions are records of records, lists and ordered maps, so their text is their whole value.
        digest.update(question.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
