package org.cytoquiz.quiz.generate;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.teaching.AuthoredQuestion;
import org.cytoquiz.core.teaching.Difficulty;
import org.cytoquiz.core.teaching.QuestionKind;
import org.cytoquiz.core.teaching.QuestionTemplate;
import org.cytoquiz.quiz.question.Question;

/**
 * Every question the content yields for one audience: generated from each relation's facts through its
 * template, from definitions, and written by authors; indexed by topic, kind and difficulty so that quizzes
 * are drawn from it without scanning it. The same content always gives the same bank. Option and matching-item
 * ids are opaque ({@link OpaqueIds}), so no id tells a learner what an option stands for.
 */
public final class ItemBank {

  private final Audience audience;
  private final List<Question> questions;
  private final Map<String, Map<QuestionKind, Map<Difficulty, List<Question>>>> index;

  private ItemBank(Audience audience, List<Question> questions) {
    this.audience = audience;
    this.questions = ImmutableList.copyOf(questions);
    Map<String, Map<QuestionKind, Map<Difficulty, List<Question>>>> byTopic = new LinkedHashMap<>();
    Set<String> ids = new HashSet<>();
    for (Question question : questions) {
      if (!ids.add(question.id())) {
        throw new IllegalStateException("two questions share the id " + question.id());
      }
      byTopic.computeIfAbsent(question.topic(), t -> new EnumMap<>(QuestionKind.class))
          .computeIfAbsent(question.kind(), k -> new EnumMap<>(Difficulty.class))
          .computeIfAbsent(question.difficulty(), d -> new ArrayList<>())
          .add(question);
    }
    this.index = byTopic;
  }

  /** The full bank of {@code kb} for {@code audience}; building it costs time in proportion to the content. */
  public static ItemBank build(KnowledgeBase kb, Audience audience) {
    List<Question> bank = new ArrayList<>();
    RelationQuestions relationQuestions = new RelationQuestions(kb, audience);
    for (Relation relation : kb.relations()) {
      Optional<QuestionTemplate> template = kb.template(relation);
      if (template.isPresent() && template.get().audiences().contains(audience)) {
        bank.addAll(relationQuestions.generate(relation, template.get()));
      }
    }
    kb.teaching().definitionsTopic().ifPresent(topic ->
        bank.addAll(new DefinitionQuestions(kb, audience, topic).generate()));
    AuthoredQuestions authored = new AuthoredQuestions(kb, audience);
    for (AuthoredQuestion question : kb.teaching().questions()) {
      if (question.audiences().contains(audience)) {
        bank.add(authored.generate(question));
      }
    }
    return new ItemBank(audience, bank.stream().map(OpaqueIds::of).toList());
  }

  /** The questions of {@code kb}'s bank for {@code audience}, in content order. */
  public static List<Question> of(KnowledgeBase kb, Audience audience) {
    return build(kb, audience).questions();
  }

  /** A bank of these questions (all for {@code audience}), such as one loaded from elsewhere. */
  public static ItemBank of(Audience audience, List<Question> questions) {
    for (Question question : questions) {
      if (question.audience() != audience) {
        throw new IllegalArgumentException("question " + question.id() + " is not for " + audience.key());
      }
    }
    return new ItemBank(audience, questions);
  }

  /** Who the bank's questions are worded for. */
  public Audience audience() {
    return audience;
  }

  /** Every question, in content order. */
  public List<Question> questions() {
    return questions;
  }

  /** The topics that have questions, in content order. */
  public Set<String> topics() {
    return index.keySet();
  }

  /** The questions of one topic, kind and difficulty (an empty list if there are none). */
  public List<Question> questions(String topic, QuestionKind kind, Difficulty difficulty) {
    return index.getOrDefault(topic, Map.of()).getOrDefault(kind, Map.of()).getOrDefault(difficulty, List.of());
  }
}
