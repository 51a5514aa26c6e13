package org.cytoquiz.content.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a {@link YamlDocument}: a Jackson tree built with the schema validator's
 * {@link LocationJsonNodeFactory}, so that every node keeps its line, plus the line of every key.
 *
 * <p>It walks Jackson's token stream itself rather than calling {@code readTree}, because the content format
 * refuses what Jackson would quietly accept: aliases, keys given twice, several documents in one file.
 */
final class YamlReader {

  /** Deeper nesting than this is no course content and only risks the stack. */
  private static final int MAX_DEPTH = 64;

  private static final int MAX_BYTES = 4 * 1024 * 1024;

  private final YAMLFactory factory;

  YamlReader() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(0);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    this.factory = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
        .build();
  }

  /** A failure to read the file as YAML, with the line where it happened. */
  static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    SyntaxException(int line, String message) {
      super(message);
      this.line = Math.max(1, line);
    }

    int line() {
      return line;
    }
  }

  /** The tree of the single YAML document in {@code bytes}, or empty for an empty file. */
  Optional<YamlDocument> read(byte[] bytes) throws SyntaxException {
    if (bytes.length > MAX_BYTES) {
      throw new SyntaxException(1, "the file is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
    }
    String text = decode(bytes);
    try (JsonParser parser = factory.createParser(text)) {
      parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      Map<JsonNode, Map<String, Integer>> keyLines = new IdentityHashMap<>();
      JsonNode root = readValue(parser, new LocationJsonNodeFactory(parser), keyLines, 0);
      if (parser.nextToken() != null) {
        throw new SyntaxException(line(parser), "the file holds more than one YAML document");
      }
      return Optional.of(new YamlDocument(root, keyLines));
    } catch (JsonProcessingException e) {
      throw syntaxError(e);
    } catch (IOException | RuntimeException e) {
      // SnakeYAML reports some malformed input (bad escapes, stray control characters) with unchecked
      // exceptions that Jackson does not wrap; any of them means the same thing here: unreadable YAML.
      throw new SyntaxException(1, "not valid YAML: " + oneLine(e.getMessage()));
    }
  }

  /** A one-line message from the parser's multi-line report, with the line of the problem. */
  private static SyntaxException syntaxError(JsonProcessingException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
        int line = marked.getProblemMark() == null ? 1 : marked.getProblemMark().getLine() + 1;
        String context = marked.getContext() == null || marked.getContextMark() == null
            ? ""
            : " (" + marked.getContext() + " that starts on line " + (marked.getContextMark().getLine() + 1) + ")";
        return new SyntaxException(line, "not valid YAML: " + oneLine(marked.getProblem()) + context);
      }
    }
    JsonLocation where = e.getLocation();
    return new SyntaxException(where == null ? 1 : where.getLineNr(), "not valid YAML: " + oneLine(e.getOriginalMessage()));
  }

  private static String oneLine(String message) {
    return message == null ? "the parser gave no reason" : message.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  private static String decode(byte[] bytes) throws SyntaxException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new SyntaxException(1, "the file is not UTF-8 text");
    }
  }

  private JsonNode readValue(JsonParser parser, LocationJsonNodeFactory nodes,
      Map<JsonNode, Map<String, Integer>> keyLines, int depth) throws IOException, SyntaxException {
    if (depth > MAX_DEPTH) {
      throw new SyntaxException(line(parser), "the YAML is nested deeper than " + MAX_DEPTH + " levels");
    }
    int line = line(parser);
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      throw new SyntaxException(line, "YAML aliases (*name) are not supported; write the value out");
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode mapping = nodes.objectNode();
        Map<String, Integer> lines = new HashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int keyLine = line(parser);
          if (lines.putIfAbsent(key, keyLine) != null) {
            throw new SyntaxException(keyLine, "the key '" + key + "' appears twice");
          }
          parser.nextToken();
          mapping.set(key, readValue(parser, nodes, keyLines, depth + 1));
        }
        keyLines.put(mapping, Map.copyOf(lines));
        return mapping;
      }
      case START_ARRAY -> {
        ArrayNode list = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          list.add(readValue(parser, nodes, keyLines, depth + 1));
        }
        return list;
      }
      case VALUE_NULL -> {
        return nodes.nullNode();
      }
      case VALUE_STRING -> {
        return nodes.textNode(parser.getText());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> nodes.numberNode(parser.getIntValue());
          case LONG -> nodes.numberNode(parser.getLongValue());
          default -> nodes.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(parser.getDecimalValue());
      }
      default -> throw new SyntaxException(line, "unexpected YAML content (" + token + ")");
    }
  }

  private static int line(JsonParser parser) {
    return Math.max(1, parser.currentTokenLocation().getLineNr());
  }
}
