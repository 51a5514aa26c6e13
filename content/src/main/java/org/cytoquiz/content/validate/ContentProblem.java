package org.cytoquiz.content.validate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.Severity;

/**
 * One thing wrong with the content, said where a content author can find it.
 *
 * @param file the file's path relative to the content folder, such as {@code facts/uses.yaml}
 * @param line the 1-based line in that file
 * @param field the path of the field within the file, such as {@code facts[3].object}, or {@code -}
 * @param message what is wrong, in words a content author understands
 * @param severity an error fails validation; a warning fails it only in strict mode
 */
public record ContentProblem(String file, int line, String field, String message, Severity severity) {

  public ContentProblem {
    checkNotNull(file, "file");
    checkNotNull(field, "field");
    checkNotNull(message, "message");
    checkNotNull(severity, "severity");
    checkArgument(line >= 1, "line %s", line);
  }

  /** Whether this problem makes the content unusable. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The form the command line prints: {@code file:line: field: message}, warnings marked as such. */
  public String format() {
    return file + ":" + line + ": " + field + ": " + (isError() ? "" : "warning: ") + message;
  }
}
