package org.cytoquiz.content.validate;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.KnowledgeBase;

/**
 * The outcome of validating a course: every problem found, and the knowledge base when there were no errors.
 *
 * @param problems errors and warnings, by file and line
 * @param knowledgeBase the loaded course, present exactly when there is no error
 */
public record ValidationReport(List<ContentProblem> problems, Optional<KnowledgeBase> knowledgeBase) {

  public ValidationReport {
    problems = ImmutableList.copyOf(problems);
  }

  /** The problems that make the content unusable. */
  public List<ContentProblem> errors() {
    return problems.stream().filter(ContentProblem::isError).toList();
  }

  /** The problems that need attention but do not stop the content from being used. */
  public List<ContentProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** Whether the content passes: no errors, and in strict mode no warnings either. */
  public boolean passes(boolean strict) {
    return strict ? problems.isEmpty() : errors().isEmpty();
  }
}
