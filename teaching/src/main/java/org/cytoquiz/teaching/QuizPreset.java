package org.cytoquiz.teaching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;

/**
 * A ready-made quiz: who it is for, how many questions of which kinds and topics, its blueprint (the share of
 * each topic and of each difficulty), how it gives feedback and how it marks.
 *
 * @param id the stable identifier, such as {@code staff-certification}
 * @param title the quiz's name in both wordings
 * @param description what it covers, in both wordings
 * @param audience who takes it
 * @param questions how many questions it has
 * @param kinds the question kinds it may use
 * @param topics the topics it covers; empty means all
 * @param topicMix the blueprint's share of each topic, as weights (topic id to weight); empty means the topics
 *     take turns, as many questions each as the content allows
 * @param difficultyMix the blueprint's share of each difficulty, as weights
 * @param feedback when learners see feedback
 * @param passMark the percentage needed to pass, if the quiz has one
 * @param certaintyBased whether learners state how sure they are and are marked on it
 * @param marking how answers are marked
 * @param seed the seed that picks and orders its questions; also every attempt's form when {@code fixedForm}
 * @param fixedForm whether every attempt gets the one form drawn with {@code seed}, instead of a form of its own
 * @param validity how long a certificate of a passed attempt stays valid, counted from the day it was passed;
 *     empty when certificates do not expire (a positive period of whole years, months or days)
 */
public record QuizPreset(
    String id,
    Wording title,
    Wording description,
    Audience audience,
    int questions,
    Set<QuestionKind> kinds,
    Set<String> topics,
    Map<String, Integer> topicMix,
    Map<Difficulty, Integer> difficultyMix,
    FeedbackMode feedback,
    OptionalInt passMark,
    boolean certaintyBased,
    Marking marking,
    long seed,
    boolean fixedForm,
    Optional<Period> validity) {

  public QuizPreset {
    id = EntityId.of(id).value();
    checkNotNull(title, "title");
    checkNotNull(description, "description");
    checkNotNull(audience, "audience");
    checkArgument(questions >= 1 && questions <= 200, "quiz %s: %s questions", id, questions);
    checkArgument(!kinds.isEmpty(), "quiz %s allows no question kind", id);
    kinds = Sets.immutableEnumSet(kinds);
    topics = ImmutableSet.copyOf(topics);
    topicMix = ImmutableMap.copyOf(topicMix);
    for (Map.Entry<String, Integer> weight : topicMix.entrySet()) {
      checkArgument(weight.getValue() >= 0, "quiz %s: negative weight for topic %s", id, weight.getKey());
      checkArgument(topics.isEmpty() || topics.contains(weight.getKey()),
          "quiz %s: the blueprint weighs topic %s, which the quiz does not cover", id, weight.getKey());
    }
    checkArgument(topicMix.isEmpty() || topicMix.values().stream().anyMatch(w -> w > 0),
        "quiz %s: every topic of the blueprint weighs 0", id);
    difficultyMix = ImmutableMap.copyOf(difficultyMix);
    for (Map.Entry<Difficulty, Integer> weight : difficultyMix.entrySet()) {
      checkArgument(weight.getValue() >= 0, "quiz %s: negative weight for %s", id, weight.getKey());
    }
    checkNotNull(feedback, "feedback");
    checkArgument(passMark.isEmpty() || (passMark.getAsInt() >= 0 && passMark.getAsInt() <= 100),
        "quiz %s: pass mark %s is not a percentage", id, passMark);
    checkNotNull(marking, "marking");
    checkNotNull(validity, "validity");
    if (validity.isPresent()) {
      checkArgument(!validity.get().isNegative() && !validity.get().isZero(),
          "quiz %s: certificate validity %s is not a positive period", id, validity.get());
    }
  }

  /** A preset whose certificates do not expire. */
  public QuizPreset(String id, Wording title, Wording description, Audience audience, int questions,
      Set<QuestionKind> kinds, Set<String> topics, Map<String, Integer> topicMix,
      Map<Difficulty, Integer> difficultyMix, FeedbackMode feedback, OptionalInt passMark, boolean certaintyBased,
      Marking marking, long seed, boolean fixedForm) {
    this(id, title, description, audience, questions, kinds, topics, topicMix, difficultyMix, feedback, passMark,
        certaintyBased, marking, seed, fixedForm, Optional.empty());
  }

  /** A preset without a topic blueprint (topics take turns) whose attempts each get a form of their own. */
  public QuizPreset(String id, Wording title, Wording description, Audience audience, int questions,
      Set<QuestionKind> kinds, Set<String> topics, Map<Difficulty, Integer> difficultyMix, FeedbackMode feedback,
      OptionalInt passMark, boolean certaintyBased, Marking marking, long seed) {
    this(id, title, description, audience, questions, kinds, topics, Map.of(), difficultyMix, feedback, passMark,
        certaintyBased, marking, seed, false);
  }
}
