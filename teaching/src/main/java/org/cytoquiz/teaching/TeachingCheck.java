package org.cytoquiz.teaching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.ModelProblem;
import org.cytoquiz.core.fact.Truth;

/**
 * Checks teaching material against the knowledge base it is built on: the rules a quiz needs, which the model of
 * facts itself does not know.
 *
 * <p>Errors: a topic, question or quiz id used twice; references to unknown topics, relations or entities; two
 * question templates for one relation; authored options whose truth the model does not settle or contradicts what
 * the author marked; a single-choice or true/false question without exactly one right option; a multiple-response
 * question without both a right and a wrong option. Each problem names the element it is about (the course for
 * the definitions topic), so a loader can give its file and line.
 *
 * <p>Stateless and safe to call from several threads at once.
 */
public final class TeachingCheck {

  private TeachingCheck() {}

  /**
   * Every problem of {@code teaching} on top of {@code kb}, in the order the material is given.
   *
   * @param kb the model the material refers to; not null
   * @param teaching the material; not null
   * @return the problems, errors only; empty when the material fits the model; unmodifiable
   * @throws NullPointerException if an argument is null
   */
  public static List<ModelProblem> check(KnowledgeBase kb, Teaching teaching) {
    Objects.requireNonNull(kb, "kb");
    Objects.requireNonNull(teaching, "teaching");
    List<ModelProblem> problems = new ArrayList<>();
    Set<String> topics = new HashSet<>();
    for (Topic topic : teaching.topics()) {
      if (!topics.add(topic.id())) {
        problems.add(ModelProblem.error(topic, "id", "the topic id '" + topic.id() + "' is used twice"));
      }
    }
    teaching.definitionsTopic().ifPresent(t -> checkTopic(kb.course(), t, topics, problems));
    Set<String> templated = new HashSet<>();
    for (QuestionTemplate template : teaching.templates()) {
      if (kb.findRelation(template.relation()).isEmpty()) {
        problems.add(ModelProblem.error(template, "relation", "unknown relation '" + template.relation() + "'"));
      } else if (!templated.add(template.relation())) {
        problems.add(ModelProblem.error(template, "relation",
            "relation '" + template.relation() + "' has two question templates"));
      }
      checkTopic(template, template.topic(), topics, problems);
    }
    Set<String> questionIds = new HashSet<>();
    for (AuthoredQuestion question : teaching.questions()) {
      if (!questionIds.add(question.id())) {
        problems.add(ModelProblem.error(question, "id", "the question id '" + question.id() + "' is used twice"));
      }
      checkTopic(question, question.topic(), topics, problems);
      checkOptions(kb, question, problems);
    }
    Set<String> presetIds = new HashSet<>();
    for (QuizPreset preset : teaching.presets()) {
      if (!presetIds.add(preset.id())) {
        problems.add(ModelProblem.error(preset, "id", "the quiz id '" + preset.id() + "' is used twice"));
      }
      for (String topic : preset.topics()) {
        checkTopic(preset, topic, topics, problems);
      }
      for (String topic : preset.topicMix().keySet()) {
        checkTopic(preset, topic, topics, problems);
      }
    }
    return List.copyOf(problems);
  }

  private static void checkOptions(KnowledgeBase kb, AuthoredQuestion question, List<ModelProblem> problems) {
    int right = 0;
    int wrong = 0;
    for (int i = 0; i < question.options().size(); i++) {
      AuthoredOption option = question.options().get(i);
      String field = "options[" + i + "]";
      Optional<String> unknown = option.statements().stream().map(st -> unknownPartOf(kb, st))
          .flatMap(Optional::stream).findFirst();
      if (unknown.isPresent()) {
        problems.add(ModelProblem.error(question, field + ".statements", unknown.get()));
        continue;
      }
      Truth truth = option.truth(kb);
      if (truth == Truth.UNKNOWN) {
        problems.add(ModelProblem.error(question, field + ".statements", "option '" + option.id()
            + "' rests on a statement the content neither states nor denies: " + option.statements().stream()
                .filter(st -> st.truth(kb) == Truth.UNKNOWN).findFirst().orElseThrow()));
        continue;
      }
      if (truth == Truth.TRUE) {
        right++;
      } else {
        wrong++;
      }
      if (option.expected().isPresent() && option.expected().get() != (truth == Truth.TRUE)) {
        problems.add(ModelProblem.error(question, field + ".correct", "option '" + option.id()
            + "' is marked " + (option.expected().get() ? "right" : "wrong") + ", but the model makes it "
            + (truth == Truth.TRUE ? "right" : "wrong")));
      }
    }
    boolean single = question.kind() != QuestionKind.MULTIPLE_RESPONSE;
    boolean settled = right + wrong == question.options().size();
    if (single && settled && right != 1) {
      problems.add(ModelProblem.error(question, "options", "a " + Keyed.key(question.kind())
          + " question needs exactly one right option, but the model makes " + right + " right"));
    }
    if (!single && settled && (right == 0 || wrong == 0)) {
      problems.add(ModelProblem.error(question, "options",
          "a multiple-response question needs at least one right and one wrong option (" + right
              + " right, " + wrong + " wrong)"));
    }
  }

  private static void checkTopic(Object element, String topic, Set<String> topics, List<ModelProblem> problems) {
    if (!topics.contains(topic)) {
      problems.add(ModelProblem.error(element, "topic", "unknown topic '" + topic + "'"));
    }
  }

  private static Optional<String> unknownPartOf(KnowledgeBase kb, Statement statement) {
    if (kb.findRelation(statement.relation()).isEmpty()) {
      return Optional.of("unknown relation '" + statement.relation() + "'");
    }
    if (kb.findEntity(statement.subject()).isEmpty()) {
      return Optional.of("unknown entity '" + statement.subject() + "'");
    }
    if (kb.findEntity(statement.object()).isEmpty()) {
      return Optional.of("unknown entity '" + statement.object() + "'");
    }
    return Optional.empty();
  }
}
