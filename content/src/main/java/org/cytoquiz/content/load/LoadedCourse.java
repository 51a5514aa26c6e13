package org.cytoquiz.content.load;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.core.KnowledgeBase;

/**
 * A course that loaded, with the warnings that did not stop it (such as a medical review that is overdue), so
 * that a portal can show them beside the course instead of serving it silently.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param knowledgeBase the course
 * @param warnings the problems of warning severity, by file and line; empty when there are none
 */
public record LoadedCourse(KnowledgeBase knowledgeBase, List<ContentProblem> warnings) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if an argument or a warning is null
   * @throws IllegalArgumentException if one of the warnings is an error
   */
  public LoadedCourse {
    Objects.requireNonNull(knowledgeBase, "knowledgeBase");
    warnings = ImmutableList.copyOf(Objects.requireNonNull(warnings, "warnings"));
    for (ContentProblem warning : warnings) {
      if (warning.isError()) {
        throw new IllegalArgumentException("an error is not a warning: " + warning.format());
      }
    }
  }

  /** Whether the course loaded without any warning. */
  public boolean isClean() {
    return warnings.isEmpty();
  }
}
