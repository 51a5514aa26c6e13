package org.cytoquiz.content.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytoquiz.content.format.ContentFormat;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.core.Severity;

/**
 * Checks the structure of one course file against the published JSON Schema with the networknt validator, and
 * reports each violation as a {@link ContentProblem} with the file, the line and the field, in words.
 *
 * <p>Built once (loading the schemas is the costly part) and then stateless: safe to share between threads.
 */
final class ContentSchema {

  /** The IRI the schemas are registered under; never fetched, since both are handed to the registry. */
  private static final String BASE = "https://cytoquiz.invalid/schema/";

  private static final ContentSchema INSTANCE = new ContentSchema();

  /** Which schema a file follows. */
  enum Kind {
    /** {@code course.yaml}. */
    COURSE(ContentFormat.COURSE_SCHEMA),
    /** Every file {@code course.yaml} includes. */
    CONTENT(ContentFormat.CONTENT_SCHEMA);

    final String schemaFile;

    Kind(String schemaFile) {
      this.schemaFile = schemaFile;
    }
  }

  /**
   * The outcome of checking one file.
   *
   * @param problems the violations, in the order the validator found them
   * @param flawed the JSON pointers (such as {@code /facts/3/source}) of every value that broke a rule
   */
  record Checked(List<ContentProblem> problems, Set<String> flawed) {

    /** Whether nothing at or under {@code pointer} broke a rule, so that the value there can be bound. */
    boolean clean(String pointer) {
      return flawed.stream().noneMatch(p -> p.equals(pointer) || p.startsWith(pointer + "/"));
    }
  }

  private final Map<Kind, Schema> schemas = new LinkedHashMap<>();
  private final SchemaMessages messages;

  private ContentSchema() {
    Map<String, String> texts = new LinkedHashMap<>();
    Map<String, JsonNode> trees = new LinkedHashMap<>();
    ObjectMapper json = new ObjectMapper();
    for (String name : ContentFormat.SCHEMAS) {
      String text = ContentFormat.schema(name);
      texts.put(BASE + name, text);
      try {
        trees.put(name, json.readTree(text));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException("the published schema " + name + " is not JSON", e);
      }
    }
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(texts));
    for (Kind kind : Kind.values()) {
      Schema schema = registry.getSchema(SchemaLocation.of(BASE + kind.schemaFile));
      schema.initializeValidators();
      schemas.put(kind, schema);
    }
    this.messages = new SchemaMessages(trees);
  }

  /** The shared instance. */
  static ContentSchema instance() {
    return INSTANCE;
  }

  /** Checks {@code doc}, read from {@code file}, against the schema of {@code kind}. */
  Checked check(String file, YamlDocument doc, Kind kind) {
    List<ContentProblem> problems = new ArrayList<>();
    Set<String> flawed = new HashSet<>();
    for (Error error : schemas.get(kind).validate(doc.root())) {
      List<Object> path = SchemaMessages.elements(error.getInstanceLocation());
      String property = error.getProperty();
      boolean aboutAField = property != null
          && ("required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword()));
      JsonNode at = SchemaMessages.nodeAt(doc.root(), path);
      List<Object> fieldPath = new ArrayList<>(path);
      int line;
      if (aboutAField) {
        fieldPath.add(property);
        line = "required".equals(error.getKeyword()) ? YamlDocument.line(at) : doc.keyLine(at, property);
      } else if (!path.isEmpty() && path.get(path.size() - 1) instanceof String key) {
        line = doc.keyLine(SchemaMessages.nodeAt(doc.root(), path.subList(0, path.size() - 1)), key);
      } else {
        line = YamlDocument.line(at);
      }
      if (!"additionalProperties".equals(error.getKeyword())) {
        // An unknown field is reported but does not stop the rest of its element from being read.
        flawed.add(pointer(fieldPath));
      }
      problems.add(new ContentProblem(file, line, field(fieldPath),
          messages.describe(error, kind.schemaFile, at, fieldPath), Severity.ERROR));
    }
    return new Checked(List.copyOf(problems), Set.copyOf(flawed));
  }

  /** A JSON pointer, such as {@code /facts/3/source}. */
  static String pointer(List<Object> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object element : path) {
      pointer.append('/').append(element.toString().replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /** The field as the content's messages name it, such as {@code facts[3].source}; {@code -} for the file. */
  static String field(List<Object> path) {
    StringBuilder field = new StringBuilder();
    for (Object element : path) {
      if (element instanceof Integer index) {
        field.append('[').append(index).append(']');
      } else {
        field.append(field.length() == 0 ? "" : ".").append(element);
      }
    }
    return field.length() == 0 ? "-" : field.toString();
  }
}
