package org.cytoquiz.core;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a knowledge base is built from parts that contradict or do not fit each other. */
public final class InvalidModelException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<ModelProblem> problems;

  /** An exception carrying every error found, in the order found. */
  public InvalidModelException(List<ModelProblem> problems) {
    super(
        problems.size()
            + " problem(s) in the model: "
            + problems.stream().map(ModelProblem::message).collect(Collectors.joining("; ")));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found. */
  public List<ModelProblem> problems() {
    return problems;
  }
}
