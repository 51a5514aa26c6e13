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
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.teaching.QuizPreset;

/**
 * What quiz to assemble: for whom, how many questions, of which kinds and topics, its blueprint (the share of
 * each topic and of each difficulty), and the seed that makes it repeatable.
 *
 * @param audience who takes the quiz
 * @param count how many questions
 * @param kinds the kinds allowed
 * @param topics the topics allowed; empty means all
 * @param topicMix the blueprint's weight per topic id; empty means topics take turns. When given, the quiz holds
 *     exactly each topic's share (largest remainder) or is refused with the shortfall
 * @param difficultyMix weights per difficulty; empty means any mix. With a topic blueprint the shares are met
 *     exactly or the quiz is refused; without one, they are honoured as far as the content allows
 * @param seed the same seed, spec and content always give the same quiz
 */
public record QuizSpec(
    Audience audience, int count, Set<QuestionKind> kinds, Set<String> topics, Map<String, Integer> topicMix,
    Map<Difficulty, Integer> difficultyMix, long seed) {

  public QuizSpec {
    checkNotNull(audience, "audience");
    checkArgument(count >= 1, "a quiz needs at least one question, not %s", count);
    checkArgument(!kinds.isEmpty(), "a quiz needs at least one question kind");
    kinds = Sets.immutableEnumSet(kinds);
    topics = ImmutableSet.copyOf(topics);
    topicMix = ImmutableMap.copyOf(topicMix);
    for (Map.Entry<String, Integer> weight : topicMix.entrySet()) {
      checkArgument(weight.getValue() >= 0, "negative weight %s for topic %s", weight.getValue(), weight.getKey());
    }
    checkArgument(topicMix.isEmpty() || topicMix.values().stream().anyMatch(w -> w > 0),
        "every topic of the blueprint weighs 0");
    difficultyMix = ImmutableMap.copyOf(difficultyMix);
  }

  /** A spec without a topic blueprint: topics take turns. */
  public QuizSpec(Audience audience, int count, Set<QuestionKind> kinds, Set<String> topics,
      Map<Difficulty, Integer> difficultyMix, long seed) {
    this(audience, count, kinds, topics, Map.of(), difficultyMix, seed);
  }

  /** Whether the spec has a topic blueprint, which assembly must meet exactly. */
  public boolean hasBlueprint() {
    return !topicMix.isEmpty();
  }

  /** The same spec with another seed, such as one drawn for each attempt. */
  public QuizSpec withSeed(long otherSeed) {
    return new QuizSpec(audience, count, kinds, topics, topicMix, difficultyMix, otherSeed);
  }

  /** A spec of {@code count} questions of any kind, topic and difficulty. */
  public static QuizSpec of(Audience audience, int count, long seed) {
    return new QuizSpec(audience, count, EnumSet.allOf(QuestionKind.class), Set.of(), Map.of(), seed);
  }

  /** The spec a preset describes. */
  public static QuizSpec of(QuizPreset preset) {
    return new QuizSpec(preset.audience(), preset.questions(), preset.kinds(), preset.topics(), preset.topicMix(),
        preset.difficultyMix(), preset.seed());
  }
}
