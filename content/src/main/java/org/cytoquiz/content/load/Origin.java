package org.cytoquiz.content.load;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Where one element of the model was written: file, field path and line, plus the line of each of its fields.
 */
record Origin(String file, String path, int line, Map<String, Integer> fieldLines) {

  Origin {
    fieldLines = ImmutableMap.copyOf(fieldLines);
  }

  /** The line of {@code field}, or of the element when the field was not written. */
  int lineOf(String field) {
    return fieldLines.getOrDefault(field, line);
  }
}
