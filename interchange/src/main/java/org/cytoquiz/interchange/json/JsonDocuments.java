package org.cytoquiz.interchange.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Writes the JSON documents of this package ({@link FactsDocument}, {@link QuizDocument}) as the
 * {@code cytoquiz} command line prints them: UTF-8, indented two spaces, fields in their documented order.
 * Stateless and safe to use from many threads.
 */
public final class JsonDocuments {

  /** Jackson's mapper is thread-safe once configured; this one is never reconfigured. */
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonDocuments() {}

  /**
   * {@code document} as indented JSON text, without a final line break.
   *
   * @param document a document of this package (or any record Jackson can write); not null
   * @return the JSON text
   * @throws NullPointerException if {@code document} is null
   * @throws IllegalArgumentException if Jackson cannot write it, with Jackson's message
   */
  public static String toJson(Object document) {
    Objects.requireNonNull(document, "document");
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + document.getClass().getSimpleName() + " as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes {@code document} to {@code out} as UTF-8 JSON followed by one line feed, whatever the platform;
   * {@code out} is flushed and left open.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if Jackson cannot write the document
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Object document, OutputStream out) {
    Objects.requireNonNull(out, "out");
    byte[] bytes = (toJson(document) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the JSON document", e);
    }
  }
}
