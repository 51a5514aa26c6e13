package org.cytoquiz.content.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.content.format.ContentFormat;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.core.Severity;

/**
 * One course file being read: its name, its tree, what the schema found wrong in it, and the list its problems go
 * to. The mappings get it as an argument, so every problem they report names the file it is in.
 *
 * @param file the file's path in the course folder, such as {@code facts/uses.yaml}
 * @param doc the file's tree, with lines
 * @param checked the schema's verdict on the file
 * @param problems where problems are collected (shared by every file of one read)
 */
record FileContext(String file, YamlDocument doc, ContentSchema.Checked checked, List<ContentProblem> problems) {

  /** One element of a list in the file. */
  record Item(JsonNode node, String pointer, String path) {}

  /** Reports an error on {@code line} (at least 1) and {@code field}. */
  void error(int line, String field, String message) {
    problems.add(new ContentProblem(file, Math.max(1, line), field.isEmpty() ? "-" : field, message,
        Severity.ERROR));
  }

  /** Reports an error on the line of {@code key} in {@code mapping}, on the field {@code path.key}. */
  void error(JsonNode mapping, String path, String key, String message) {
    error(doc.keyLine(mapping, key), join(path, key), message);
  }

  /** The elements of the list under {@code key} at the top of the file; empty when there is none. */
  List<Item> items(String key) {
    return items(doc.root().path(key), "/" + key, key);
  }

  /** The elements of the list {@code list} found at {@code pointer} and {@code path}. */
  static List<Item> items(JsonNode list, String pointer, String path) {
    List<Item> items = new ArrayList<>();
    if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        items.add(new Item(list.get(i), pointer + "/" + i, path + "[" + i + "]"));
      }
    }
    return items;
  }

  /**
   * The value at {@code pointer} bound to {@code type}, when the schema found nothing wrong at or under it (a
   * flawed value is already reported and is skipped, so that the rest can still be checked).
   */
  <T> Optional<T> bind(JsonNode node, String pointer, Class<T> type) {
    return bind(node, pointer, type, List.of());
  }

  /**
   * Like {@link #bind(JsonNode, String, Class)}, but leaving out the fields {@code apart} (bound on their own, so
   * that a flaw in one of them does not lose the rest).
   */
  <T> Optional<T> bind(JsonNode node, String pointer, Class<T> type, List<String> apart) {
    boolean clean = checked.flawed().stream()
        .filter(p -> apart.stream().noneMatch(a -> p.equals(pointer + "/" + a) || p.startsWith(pointer + "/" + a + "/")))
        .noneMatch(p -> p.equals(pointer) || p.startsWith(pointer + "/"));
    if (node.isMissingNode() || node.isNull() || !clean) {
      return Optional.empty();
    }
    JsonNode bound = node;
    if (!apart.isEmpty() && node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      bound = object.deepCopy().without(apart);
    }
    try {
      return Optional.ofNullable(ContentFormat.bind(bound, type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // The schema and the records describe one format; a value one accepts and the other refuses is a bug here,
      // but the author still gets a located problem rather than a crash.
      error(YamlDocument.line(node), pointer, "cannot be read: "
          + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
      return Optional.empty();
    }
  }

  /** Where the mapping {@code mapping} at {@code path} is, with the line of each of its fields. */
  Origin origin(String path, JsonNode mapping) {
    return new Origin(file, path, YamlDocument.line(mapping), doc.keyLinesOf(mapping));
  }

  /** {@code path.key}, or {@code key} at the top of the file. */
  static String join(String path, String key) {
    return path.isEmpty() || path.equals("-") ? key : path + "." + key;
  }
}
