package org.cytoquiz.content.validate;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;

/**
 * The outcome of validating a course: every problem found, and the course when there were no errors.
 *
 * @param problems errors and warnings, by file and line
 * @param curriculum the loaded course (knowledge base and teaching material), present exactly when there is no error
 */
public record ValidationReport(List<ContentProblem> problems, Optional<Curriculum> curriculum) {

  public ValidationReport {
    problems = ImmutableList.copyOf(problems);
  }

  /** The loaded course's knowledge base, present exactly when there is no error. */
  public Optional<KnowledgeBase> knowledgeBase() {
    return curriculum.map(Curriculum::knowledgeBase);
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
