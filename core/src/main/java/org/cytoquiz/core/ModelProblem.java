package org.cytoquiz.core;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Something wrong with a model, tied to the element it was found on so that a loader can say where that
 * element came from.
 *
 * @param element the entity, relation, fact, course or piece of teaching material the problem is on
 * @param field the field of that element, such as {@code object} or {@code source}
 * @param message what is wrong, for a content author
 * @param severity whether the model is unusable or only needs attention
 */
public record ModelProblem(Object element, String field, String message, Severity severity) {

  public ModelProblem {
    checkNotNull(element, "element");
    checkNotNull(field, "field");
    checkNotNull(message, "message");
    checkNotNull(severity, "severity");
  }

  /**
   * An error: the model cannot be used until it is fixed.
   *
   * @param element the element the problem is on; not null
   * @param field the field of that element; not null
   * @param message what is wrong; not null
   * @return the problem
   * @throws NullPointerException if an argument is null
   */
  public static ModelProblem error(Object element, String field, String message) {
    return new ModelProblem(element, field, message, Severity.ERROR);
  }

  /**
   * A warning: the model can be used, but something needs attention.
   *
   * @param element the element the problem is on; not null
   * @param field the field of that element; not null
   * @param message what needs attention; not null
   * @return the problem
   * @throws NullPointerException if an argument is null
   */
  public static ModelProblem warning(Object element, String field, String message) {
    return new ModelProblem(element, field, message, Severity.WARNING);
  }
}
