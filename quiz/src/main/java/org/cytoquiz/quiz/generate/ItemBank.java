package org.cytoquiz.quiz.generate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.ModelProblem;
import org.cytoquiz.core.Severity;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.teaching.AuthoredQuestion;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.teaching.QuestionTemplate;
import org.cytoquiz.teaching.Topic;
import org.cytoquiz.quiz.question.Question;

/**
 * Every question the content yields for one audience: generated from each relation's facts through its
 * template, from definitions, and written by authors; indexed by topic, kind and difficulty so that quizzes
 * are drawn from it without scanning it. The same content always gives the same bank. Option and matching-item
 * ids are opaque ({@link OpaqueIds}), so no id tells a learner what an option stands for.
 *
 * <p>Immutable and safe to share between threads: every list and set it hands out is unmodifiable, so no caller
 * can change the bank another caller draws from. Null arguments throw {@link NullPointerException} naming the
 * parameter.
 */
public final class ItemBank {

  private final Audience audience;
  private final List<Question> questions;
  private final ImmutableMap<String, ImmutableMap<QuestionKind, ImmutableMap<Difficulty, ImmutableList<Question>>>>
      index;
  private final ImmutableSet<String> knownTopics;

  private ItemBank(Audience audience, List<Question> questions, Collection<String> contentTopics) {
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
    ImmutableMap.Builder<String, ImmutableMap<QuestionKind, ImmutableMap<Difficulty, ImmutableList<Question>>>>
        frozen = ImmutableMap.builder();
    byTopic.forEach((topic, byKind) -> {
      ImmutableMap.Builder<QuestionKind, ImmutableMap<Difficulty, ImmutableList<Question>>> kinds =
          ImmutableMap.builder();
      byKind.forEach((kind, byDifficulty) -> {
        ImmutableMap.Builder<Difficulty, ImmutableList<Question>> difficulties = ImmutableMap.builder();
        byDifficulty.forEach((difficulty, list) -> difficulties.put(difficulty, ImmutableList.copyOf(list)));
        kinds.put(kind, difficulties.build());
      });
      frozen.put(topic, kinds.build());
    });
    this.index = frozen.build();
    this.knownTopics = ImmutableSet.<String>builder().addAll(contentTopics).addAll(index.keySet()).build();
  }

  /**
   * The full bank of {@code curriculum} for {@code audience}, its fixed phrases in the course's language
   * ({@link org.cytoquiz.core.Course#language()}); building it costs time in proportion to the content. The same
   * as {@code build(curriculum, audience, course language)}.
   *
   * @param curriculum the course: its knowledge base and teaching material; not null
   * @param audience who the questions are worded for; not null
   * @return the bank
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if two questions share an id, which {@link #problems} reports with its cause
   */
  public static ItemBank build(Curriculum curriculum, Audience audience) {
    Objects.requireNonNull(curriculum, "curriculum");
    return build(curriculum, audience, curriculum.knowledgeBase().course().language());
  }

  /**
   * The full bank of {@code curriculum} for {@code audience}, with the fixed phrases (stems such as "True or
   * false?", connectors, the true/false options) of {@code language} from the message bundles of
   * {@link org.cytoquiz.quiz.wording.Phrases}; names, facts and hand-written text stay as the content gives them.
   * A language without a bundle reads English; the JVM's default locale plays no part. Question ids do not
   * depend on the language.
   *
   * @param curriculum the course: its knowledge base and teaching material; not null
   * @param audience who the questions are worded for; not null
   * @param language the language of the fixed phrases, such as {@link Locale#ENGLISH}; not null
   * @return the bank
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if two questions share an id, which {@link #problems} reports with its cause
   * @throws IllegalArgumentException if the language's bundle has a phrase with a placeholder the generator
   *     does not fill (naming the phrase)
   */
  public static ItemBank build(Curriculum curriculum, Audience audience, Locale language) {
    Objects.requireNonNull(curriculum, "curriculum");
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(language, "language");
    return new ItemBank(audience, generate(curriculum, audience, language),
        curriculum.teaching().topics().stream().map(Topic::id).toList());
  }

  /**
   * What stops {@code curriculum}'s item banks from being built, as problems on the elements of the content that cause
   * them, for a content validator to locate by file and line: a hand-written question whose id is also the id of
   * a generated question (on that question's {@code id}), two generated questions with one id, or a generator
   * that cannot word the content (on the course). A knowledge base for which this list is empty builds a bank
   * for every audience.
   *
   * @param curriculum the course: its knowledge base and teaching material; not null
   * @return the problems, all errors, in the order found; empty when every bank builds; unmodifiable
   * @throws NullPointerException if {@code curriculum} is null
   */
  public static List<ModelProblem> problems(Curriculum curriculum) {
    Objects.requireNonNull(curriculum, "curriculum");
    KnowledgeBase kb = curriculum.knowledgeBase();
    List<ModelProblem> problems = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      List<Question> questions;
      try {
        questions = generate(curriculum, audience, kb.course().language());
      } catch (RuntimeException e) {
        problems.add(new ModelProblem(kb.course(), "questions", "the " + audience.key()
            + " questions cannot be generated: " + e.getMessage(), Severity.ERROR));
        continue;
      }
      AuthoredQuestions authored = new AuthoredQuestions(kb, audience, kb.course().language());
      Map<String, AuthoredQuestion> authoredById = new LinkedHashMap<>();
      for (AuthoredQuestion question : curriculum.teaching().questions()) {
        if (question.audiences().contains(audience)) {
          authoredById.put(authored.generate(question).id(), question);
        }
      }
      Set<String> ids = new HashSet<>();
      for (Question question : questions) {
        if (!ids.add(question.id())) {
          AuthoredQuestion culprit = authoredById.get(question.id());
          problems.add(culprit != null
              ? new ModelProblem(culprit, "id", "the question id '" + culprit.id() + "' is also the id of a "
                  + "question generated from the content (" + question.id() + " for " + audience.key()
                  + "s): give the hand-written question another id", Severity.ERROR)
              : new ModelProblem(kb.course(), "questions", "two generated " + audience.key()
                  + " questions share the id '" + question.id() + "'", Severity.ERROR));
        }
      }
    }
    return List.copyOf(problems);
  }

  private static List<Question> generate(Curriculum curriculum, Audience audience, Locale language) {
    KnowledgeBase kb = curriculum.knowledgeBase();
    List<Question> bank = new ArrayList<>();
    RelationQuestions relationQuestions = new RelationQuestions(kb, audience, language);
    for (Relation relation : kb.relations()) {
      Optional<QuestionTemplate> template = curriculum.template(relation);
      if (template.isPresent() && template.get().audiences().contains(audience)) {
        bank.addAll(relationQuestions.generate(relation, template.get()));
      }
    }
    curriculum.teaching().definitionsTopic().ifPresent(topic ->
        bank.addAll(new DefinitionQuestions(kb, audience, language, topic).generate()));
    AuthoredQuestions authored = new AuthoredQuestions(kb, audience, language);
    for (AuthoredQuestion question : curriculum.teaching().questions()) {
      if (question.audiences().contains(audience)) {
        bank.add(authored.generate(question));
      }
    }
    return bank.stream().map(OpaqueIds::of).toList();
  }

  /** The questions of {@code curriculum}'s bank for {@code audience}, in content order. */
  public static List<Question> of(Curriculum curriculum, Audience audience) {
    return build(curriculum, audience).questions();
  }

  /** A bank of these questions (all for {@code audience}), such as one loaded from elsewhere. */
  public static ItemBank of(Audience audience, List<Question> questions) {
    Objects.requireNonNull(audience, "audience");
    Objects.requireNonNull(questions, "questions");
    for (Question question : questions) {
      if (question.audience() != audience) {
        throw new IllegalArgumentException("question " + question.id() + " is not for " + audience.key());
      }
    }
    return new ItemBank(audience, questions, List.of());
  }

  /** Who the bank's questions are worded for. */
  public Audience audience() {
    return audience;
  }

  /** Every question, in content order; unmodifiable. */
  public List<Question> questions() {
    return questions;
  }

  /** The topics that have questions, in content order; unmodifiable. */
  public Set<String> topics() {
    return index.keySet();
  }

  /**
   * The questions of one topic, kind and difficulty, in content order.
   *
   * @param topic a topic id the bank knows (see {@link #requireTopic}); not null
   * @param kind the question kind; not null
   * @param difficulty the difficulty; not null
   * @return the questions, an empty list if a known topic has none of that kind and difficulty; unmodifiable
   * @throws NullPointerException if an argument is null
   * @throws UnknownEntityException if the topic is neither in the content nor among the bank's questions
   */
  public List<Question> questions(String topic, QuestionKind kind, Difficulty difficulty) {
    requireTopic(topic);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(difficulty, "difficulty");
    return index.getOrDefault(topic, ImmutableMap.of()).getOrDefault(kind, ImmutableMap.of())
        .getOrDefault(difficulty, ImmutableList.of());
  }

  /**
   * Checks that {@code topic} is one the bank knows: a topic of the content it was built from, or of one of its
   * questions. A known topic may still have no question for this audience.
   *
   * @param topic the topic id; not null
   * @throws NullPointerException if {@code topic} is null
   * @throws UnknownEntityException naming the topic and listing the known ones, if it is not known
   */
  public void requireTopic(String topic) {
    Objects.requireNonNull(topic, "topic");
    if (!knownTopics.contains(topic)) {
      throw new UnknownEntityException("topic", topic, knownTopics);
    }
  }
}
