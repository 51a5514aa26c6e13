package org.cytoquiz.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of checking a model's parts once: every problem found, and the knowledge base built from them when
 * none is an error. A loader that reports problems by file and line and then serves the model uses this, so the
 * parts are checked and indexed once.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param problems errors and warnings, in the order the parts were given; unmodifiable
 * @param knowledgeBase the model, present exactly when no problem is an error
 */
public record CheckedModel(List<ModelProblem> problems, Optional<KnowledgeBase> knowledgeBase) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if an argument or a problem is null
   * @throws IllegalArgumentException if a knowledge base is given together with an error
   */
  public CheckedModel {
    problems = ImmutableList.copyOf(Objects.requireNonNull(problems, "problems"));
    Objects.requireNonNull(knowledgeBase, "knowledgeBase");
    if (knowledgeBase.isPresent() && !errors(problems).isEmpty()) {
      throw new IllegalArgumentException("a model with errors has no knowledge base: " + errors(problems));
    }
  }

  /** The problems that stop the parts from forming a knowledge base; empty exactly when there is one. */
  public List<ModelProblem> errors() {
    return errors(problems);
  }

  private static List<ModelProblem> errors(List<ModelProblem> problems) {
    return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
  }
}
