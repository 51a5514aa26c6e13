package org.cytoquiz.content.load;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.teaching.Teaching;

/**
 * A course that loaded, with the warnings that did not stop it (such as a medical review that is overdue), so
 * that a portal can show them beside the course instead of serving it silently.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param curriculum the course: its knowledge base and its teaching material
 * @param warnings the problems of warning severity, by file and line; empty when there are none
 */
public record LoadedCourse(Curriculum curriculum, List<ContentProblem> warnings) {

  /**
   * Checks and copies the parts.
   *
   * @throws NullPointerException if an argument or a warning is null
   * @throws IllegalArgumentException if one of the warnings is an error
   */
  public LoadedCourse {
    Objects.requireNonNull(curriculum, "curriculum");
    warnings = ImmutableList.copyOf(Objects.requireNonNull(warnings, "warnings"));
    for (ContentProblem warning : warnings) {
      if (warning.isError()) {
        throw new IllegalArgumentException("an error is not a warning: " + warning.format());
      }
    }
  }

  /** The course's knowledge base: its entities, relations and facts. */
  public KnowledgeBase knowledgeBase() {
    return curriculum.knowledgeBase();
  }

  /** The course's teaching material: topics, question templates, authored questions and quiz presets. */
  public Teaching teaching() {
    return curriculum.teaching();
  }

  /** Whether the course loaded without any warning. */
  public boolean isClean() {
    return warnings.isEmpty();
  }
}
