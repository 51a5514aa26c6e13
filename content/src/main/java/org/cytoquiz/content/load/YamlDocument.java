package org.cytoquiz.content.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.serialization.node.TokenStreamLocationAware;
import java.util.Map;
import java.util.Optional;

/**
 * One YAML file read as a Jackson tree whose nodes know the line they start on (the schema validator's
 * location-aware nodes), with the line of every mapping key beside it, so that every problem can name its line.
 *
 * @param root the document's value
 * @param keyLines for each mapping node (by identity), the 1-based line of each of its keys
 */
record YamlDocument(JsonNode root, Map<JsonNode, Map<String, Integer>> keyLines) {

  /** The 1-based line where {@code node} starts, or 1 when it carries no location. */
  static int line(JsonNode node) {
    if (node instanceof TokenStreamLocationAware located && located.tokenStreamLocation() != null) {
      return Math.max(1, located.tokenStreamLocation().getLineNr());
    }
    return 1;
  }

  /** The line of {@code key} in the mapping {@code mapping}, or the mapping's own line when it has no such key. */
  int keyLine(JsonNode mapping, String key) {
    return Optional.ofNullable(keyLines.get(mapping)).map(lines -> lines.get(key)).orElse(line(mapping));
  }

  /** The lines of every key of {@code mapping}, for an element's {@link Origin}. */
  Map<String, Integer> keyLinesOf(JsonNode mapping) {
    return keyLines.getOrDefault(mapping, Map.of());
  }
}
