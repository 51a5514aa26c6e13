package org.cytoquiz.teaching;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;

/**
 * What the course adds for teaching on top of its facts: topics, question templates per relation,
 * hand-authored questions and quiz presets.
 *
 * @param topics the topics quizzes balance over
 * @param templates how to ask about each relation
 * @param questions questions written by authors
 * @param presets ready-made quizzes
 * @param definitionsTopic the topic of questions on what words mean, if the course asks them
 */
public record Teaching(
    List<Topic> topics, List<QuestionTemplate> templates, List<AuthoredQuestion> questions,
    List<QuizPreset> presets, Optional<String> definitionsTopic) {

  /** No teaching material: a bare model of facts. */
  public static final Teaching NONE = new Teaching(List.of(), List.of(), List.of(), List.of(), Optional.empty());

  public Teaching {
    topics = ImmutableList.copyOf(topics);
    templates = ImmutableList.copyOf(templates);
    questions = ImmutableList.copyOf(questions);
    presets = ImmutableList.copyOf(presets);
    java.util.Objects.requireNonNull(definitionsTopic, "definitionsTopic");
  }
}
