package org.cytoquiz.quiz.generate;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.Keyed;

/**
 * The content cannot meet a quiz's blueprint: too few distinct questions (of the kinds asked, none testing a
 * fact or an answer set twice) for the share of some topics or difficulties. Says by how many, for each.
 */
public final class BlueprintShortfallException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, Integer> topics;
  private final transient Map<Difficulty, Integer> difficulties;

  /**
   * A shortfall of {@code topics} (topic id to questions missing) and {@code difficulties} (difficulty to
   * questions missing) in a quiz for {@code audience}.
   */
  public BlueprintShortfallException(Audience audience, Map<String, Integer> topics,
      Map<Difficulty, Integer> difficulties) {
    super(message(audience, topics, difficulties));
    this.topics = ImmutableMap.copyOf(topics);
    this.difficulties = ImmutableMap.copyOf(difficulties);
  }

  /** For each topic the content cannot fill, how many questions it is short. */
  public Map<String, Integer> topicShortfall() {
    return topics;
  }

  /** For each difficulty the content cannot fill, how many questions it is short. */
  public Map<Difficulty, Integer> difficultyShortfall() {
    return difficulties;
  }

  private static String message(Audience audience, Map<String, Integer> topics,
      Map<Difficulty, Integer> difficulties) {
    List<String> parts = new ArrayList<>();
    topics.forEach((topic, missing) -> parts.add(missing + " on topic '" + topic + "'"));
    difficulties.forEach((level, missing) -> parts.add(missing + " at difficulty '" + Keyed.key(level) + "'"));
    return "the content cannot meet the blueprint of this " + audience.key() + " quiz: it is short of "
        + String.join(", ", parts) + " (distinct questions of the kinds asked, no fact or answer set twice)";
  }
}
