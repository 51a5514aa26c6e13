package org.cytoquiz.quiz.generate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.teaching.Difficulty;
import org.cytoquiz.core.teaching.QuestionKind;
import org.cytoquiz.core.teaching.QuizPreset;

/**
 * What quiz to assemble: for whom, how many questions, of which kinds and topics, in what mix of
 * difficulties, and the seed that makes it repeatable.
 *
 * @param audience who takes the quiz
 * @param count how many questions
 * @param kinds the kinds allowed
 * @param topics the topics allowed; empty means all
 * @param difficultyMix weights per difficulty; empty means any mix
 * @param seed the same seed, spec and content always give the same quiz
 */
public record QuizSpec(
    Audience audience, int count, Set<QuestionKind> kinds, Set<String> topics,
    Map<Difficulty, Integer> difficultyMix, long seed) {

  public QuizSpec {
    checkNotNull(audience, "audience");
    checkArgument(count >= 1, "a quiz needs at least one question, not %s", count);
    checkArgument(!kinds.isEmpty(), "a quiz needs at least one question kind");
    kinds = Sets.immutableEnumSet(kinds);
    topics = ImmutableSet.copyOf(topics);
    difficultyMix = ImmutableMap.copyOf(difficultyMix);
  }

  /** A spec of {@code count} questions of any kind, topic and difficulty. */
  public static QuizSpec of(Audience audience, int count, long seed) {
    return new QuizSpec(audience, count, EnumSet.allOf(QuestionKind.class), Set.of(), Map.of(), seed);
  }

  /** The spec a preset describes. */
  public static QuizSpec of(QuizPreset preset) {
    return new QuizSpec(preset.audience(), preset.questions(), preset.kinds(), preset.topics(),
        preset.difficultyMix(), preset.seed());
  }
}
