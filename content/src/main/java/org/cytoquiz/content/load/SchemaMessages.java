package org.cytoquiz.content.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cytoquiz.core.entity.EntityType;

/**
 * Puts a schema violation in the words of the content's messages ("missing field 'source'", "unknown field
 * 'patinet' (did you mean 'patient'?)"), using the schema itself for the names it lists, so that an author reads
 * what to fix rather than a JSON pointer. Immutable.
 */
final class SchemaMessages {

  /** Names within two edits of each other count as a likely typo (the distance is -1 beyond that). */
  private static final LevenshteinDistance CLOSE = new LevenshteinDistance(2);

  /** What a course's language must be; {@code CourseMapping} says the same of a tag the schema lets through. */
  static final String LANGUAGE_RULE = "is not a language tag; write one such as en, fr or pt-BR";
  private static final String ID_RULE =
      "use lower-case letters and digits in words joined by hyphens, such as high-dose-il2";

  private final Map<String, JsonNode> schemas;

  /** Messages for the schemas {@code schemas}, keyed by file name ({@code content.schema.json}). */
  SchemaMessages(Map<String, JsonNode> schemas) {
    this.schemas = Map.copyOf(schemas);
  }

  /**
   * The message for {@code error}.
   *
   * @param schemaFile the file name of the schema the document was checked against
   * @param at the value the error is about (for a missing or unknown field: the mapping that holds it)
   * @param fieldPath the path of the field the message is reported on
   */
  String describe(Error error, String schemaFile, JsonNode at, List<Object> fieldPath) {
    List<Object> rule = elements(error.getSchemaLocation().getFragment());
    String file = error.getSchemaLocation().getAbsoluteIri() == null ? schemaFile
        : fileName(error.getSchemaLocation().getAbsoluteIri().toString(), schemaFile);
    JsonNode owner = nodeAt(schemas.get(file), rule.isEmpty() ? rule : rule.subList(0, rule.size() - 1));
    String definition = rule.size() > 1 && "$defs".equals(rule.get(0)) ? rule.get(1).toString() : "";
    String field = fieldPath.isEmpty() || !(fieldPath.get(fieldPath.size() - 1) instanceof String s) ? "" : s;
    String value = at.isValueNode() && !at.isNull() ? "'" + at.asText() + "'" : describe(at);
    String property = error.getProperty();
    return switch (error.getKeyword()) {
      case "required" -> switch (definition + "." + property) {
        case "term.definition" -> "a term needs a definition with patient and clinical wording";
        default -> property.equals("patient") ? "missing patient wording (plain language for patients)"
            : property.equals("clinical") ? "missing clinical wording (clinical wording for staff)"
            : "missing field '" + property + "'";
      };
      case "additionalProperties" -> {
        List<String> allowed = names(owner.path("properties"));
        if (rule.size() == 1 && file.equals(ContentSchema.Kind.CONTENT.schemaFile)) {
          yield "unknown section '" + property + "'; a content file holds " + allowed.stream()
              .filter(key -> EntityType.fromKey(key).isEmpty()).map(key -> "'" + key + "'")
              .collect(Collectors.joining(", ")) + " or lists of entities under one of: "
              + Arrays.stream(EntityType.values()).map(EntityType::key).collect(Collectors.joining(", "));
        }
        yield "unknown field '" + property + "'" + suggestion(property, allowed) + "; allowed here: "
            + allowed.stream().sorted().collect(Collectors.joining(", "));
      }
      case "type" -> wrongType(owner.path("type").asText(), at, value);
      case "enum" -> value + " is not one of: " + StreamSupport.stream(owner.path("enum").spliterator(), false)
          .map(JsonNode::asText).collect(Collectors.joining(", "));
      case "pattern" -> switch (definition) {
        case "id" -> value + " is not a valid id; " + ID_RULE;
        case "text" -> field.equals("patient") || field.equals("clinical")
            ? "the " + field + " wording is blank" : "'" + field + "' is blank";
        case "sourceRef" -> value + " is not a source reference; write section/paragraph, such as taken/2, or "
            + "section/first-last for a run of paragraphs, such as intro/1-2";
        case "statement" -> value + " is not a statement; write 'subject relation object' with ids, "
            + "such as 'high-dose-il2 must-be-given-in hospital'";
        default -> rule.contains("include") ? value + " must be a path inside the course folder, written with /"
            : field.equals("language") ? value + " " + LANGUAGE_RULE
            : value + " does not match " + owner.path("pattern").asText();
      };
      case "minItems" -> switch (field) {
        case "options" -> "a question needs at least two options";
        case "sections" -> "the article needs at least one section";
        case "subjects", "objects" -> "list at least one entity kind";
        case "audiences" -> "list at least one audience: patient, staff";
        default -> "list at least " + owner.path("minItems").asInt() + " entries";
      };
      case "minimum" -> value + " is not a whole number of " + owner.path("minimum").asInt() + " or more";
      case "maximum" -> field.equals("passMark") ? "a pass mark is a percentage from 0 to 100"
          : value + " is more than " + owner.path("maximum").asInt();
      case "maxLength" -> value + " is longer than " + owner.path("maxLength").asInt() + " characters";
      default -> withoutPath(error.getMessage());
    };
  }

  private static String wrongType(String expected, JsonNode at, String value) {
    return switch (expected) {
      case "boolean" -> value + " is not true or false";
      case "integer" -> value + " is not a whole number";
      case "array" -> "expected a list but found " + describe(at);
      case "object" -> "expected a mapping of fields but found " + describe(at);
      default -> at.isNumber() || at.isBoolean()
          ? value + " is read as a " + (at.isNumber() ? "number" : "true/false value") + ", not text; put it in quotes"
          : "expected a single value but found " + describe(at);
    };
  }

  /** What kind of value {@code node} is, for messages. */
  static String describe(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    return node.isNull() || node.isMissingNode() ? "an empty value" : "the value '" + node.asText() + "'";
  }

  /** A "did you mean" hint when {@code wrong} is one or two edits from a known name, else the empty string. */
  static String suggestion(String wrong, Collection<String> known) {
    return known.stream()
        .filter(k -> CLOSE.apply(wrong.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT)) >= 0)
        .sorted()
        .findFirst()
        .map(k -> " (did you mean '" + k + "'?)")
        .orElse("");
  }

  private static String fileName(String iri, String fallback) {
    String name = iri.substring(iri.lastIndexOf('/') + 1);
    return name.isEmpty() ? fallback : name;
  }

  private static List<String> names(JsonNode mapping) {
    List<String> names = new ArrayList<>();
    mapping.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The names and indexes of {@code path}, from the root ("facts", 0, "object"); none for a null path. */
  static List<Object> elements(NodePath path) {
    List<Object> elements = new ArrayList<>();
    for (int i = 0; path != null && i < path.getNameCount(); i++) {
      elements.add(path.getElement(i));
    }
    return elements;
  }

  /** The node of {@code root} at {@code path}, or a missing node. */
  static JsonNode nodeAt(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object element : path) {
      node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
    }
    return node;
  }

  /** The validator's own message without the path it starts with ("$.facts[0]: "), which the field already gives. */
  private static String withoutPath(String message) {
    if (message == null) {
      return "breaks a rule of the content format";
    }
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }
}
