package org.cytoquiz.content.validate;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/** Thrown when content cannot be loaded because it has errors; carries every problem found. */
public final class ContentValidationException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<ContentProblem> problems;

  /** An exception for these problems, at least one of them an error. */
  public ContentValidationException(List<ContentProblem> problems) {
    super("the content has errors:\n" + problems.stream()
        .map(ContentProblem::format)
        .collect(Collectors.joining("\n")));
    this.problems = ImmutableList.copyOf(problems);
  }

  /** Every problem found, errors and warnings, in file order. */
  public List<ContentProblem> problems() {
    return problems;
  }
}
