package org.cytoquiz.content.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Where the content format's schema is published and how its files are bound: one YAML mapping shared by the
 * loader (binding a checked tree to the records of {@link Records}) and the writer (writing the same records).
 *
 * <p>Stateless and safe to use from several threads.
 */
public final class ContentFormat {

  /** The class-path folder (and, in a written course folder, the file-name stem) of the published schema. */
  public static final String SCHEMA_FOLDER = "cytoquiz/schema";

  /** The schema of {@code course.yaml}. */
  public static final String COURSE_SCHEMA = "course.schema.json";

  /** The schema of every other content file (relations, entities, facts, questions, quizzes). */
  public static final String CONTENT_SCHEMA = "content.schema.json";

  /** Both schema files, as published side by side; the course schema refers to the content schema by name. */
  public static final List<String> SCHEMAS = List.of(COURSE_SCHEMA, CONTENT_SCHEMA);

  /** What the YAML language server reads on a file's first line to find the file's schema. */
  public static final String SCHEMA_LINE_PREFIX = "# yaml-language-server: $schema=";

  private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build())
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private static final ObjectWriter WRITER = MAPPER.writer();

  private ContentFormat() {}

  /**
   * Binds {@code tree}, a value the schema accepted, to {@code type}, one of the records of {@link Records}.
   * Unknown fields are skipped, since the schema has already reported them.
   *
   * @throws JsonProcessingException if the tree does not fit the record (a value the schema should have refused)
   */
  public static <T> T bind(JsonNode tree, Class<T> type) throws JsonProcessingException {
    return MAPPER.treeToValue(tree, type);
  }

  /**
   * The YAML text of {@code value}, a record of {@link Records} or a map of them: no document marker, quotes only
   * where needed, null components left out.
   *
   * @throws JsonProcessingException if the value cannot be written
   */
  public static String toYaml(Object value) throws JsonProcessingException {
    return WRITER.writeValueAsString(value);
  }

  /**
   * The text of the published schema {@code name} ({@link #COURSE_SCHEMA} or {@link #CONTENT_SCHEMA}).
   *
   * @throws IllegalArgumentException if {@code name} is not one of {@link #SCHEMAS}
   * @throws UncheckedIOException if the jar cannot be read
   */
  public static String schema(String name) {
    if (!SCHEMAS.contains(name)) {
      throw new IllegalArgumentException("no content schema '" + name + "'; the schemas are " + SCHEMAS);
    }
    try (InputStream in = ContentFormat.class.getResourceAsStream("/" + SCHEMA_FOLDER + "/" + name)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("the jar lacks " + SCHEMA_FOLDER + "/" + name));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The first line that points an editor's YAML language server at {@code schema}, for a file whose folder
   * reaches the schema by {@code relativePath} (such as {@code ../schema/}).
   */
  public static String schemaLine(String relativePath, String schema) {
    return SCHEMA_LINE_PREFIX + relativePath + schema;
  }
}
