package org.cytoquiz.web.attempt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.Response;

/**
 * Responses as JSON: {@code {"selected": [ids]}}, {@code {"text": "..."}} or {@code {"pairs": {left: right}}}.
 * The same response always encodes to the same string, which makes saving it twice a no-op.
 */
public final class ResponseCodec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_ITEMS = 50;
  /** How many parsed stored responses are kept, and the longest stored form kept. */
  private static final int PARSED_MAX = 8_192;
  private static final int PARSED_MAX_CHARS = 512;
  private static final Cache<String, Response> PARSED = CacheBuilder.newBuilder().maximumSize(PARSED_MAX).build();

  private ResponseCodec() {}

  /**
   * The response in {@code body} (a JSON object that may also hold other fields, such as certainty).
   *
   * @throws InvalidResponseException naming what is wrong with its shape
   */
  public static Response fromJson(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new InvalidResponseException("the answer must be a JSON object with \"selected\", \"text\" or \"pairs\"");
    }
    int shapes = (body.has("selected") ? 1 : 0) + (body.has("text") ? 1 : 0) + (body.has("pairs") ? 1 : 0);
    if (shapes != 1) {
      throw new InvalidResponseException("give exactly one of \"selected\", \"text\" or \"pairs\"");
    }
    if (body.has("selected")) {
      JsonNode selected = body.get("selected");
      if (!selected.isArray() || selected.size() > MAX_ITEMS) {
        throw new InvalidResponseException("\"selected\" must be a list of option ids");
      }
      List<String> ids = new ArrayList<>();
      for (JsonNode id : selected) {
        if (!id.isTextual()) {
          throw new InvalidResponseException("\"selected\" must hold option ids as strings");
        }
        if (!ids.contains(id.asText())) {
          ids.add(id.asText());
        }
      }
      return new Response.Choice(ids.stream().sorted().toList());
    }
    if (body.has("text")) {
      if (!body.get("text").isTextual()) {
        throw new InvalidResponseException("\"text\" must be a string");
      }
      return new Response.Text(body.get("text").asText());
    }
    JsonNode pairs = body.get("pairs");
    if (!pairs.isObject() || pairs.size() > MAX_ITEMS) {
      throw new InvalidResponseException("\"pairs\" must be an object from left item ids to right item ids");
    }
    Map<String, String> map = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = pairs.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> pair = it.next();
      if (!pair.getValue().isTextual()) {
        throw new InvalidResponseException("\"pairs\" values must be right item ids as strings");
      }
      map.put(pair.getKey(), pair.getValue().asText());
    }
    return new Response.Pairs(map);
  }

  /** The stored form of {@code response}. */
  public static String toJson(Response response) {
    ObjectNode node = JSON.createObjectNode();
    if (response instanceof Response.Choice choice) {
      choice.selected().stream().sorted().forEach(node.putArray("selected")::add);
    } else if (response instanceof Response.Text text) {
      node.put("text", text.text());
    } else if (response instanceof Response.Pairs pairs) {
      ObjectNode map = node.putObject("pairs");
      new TreeMap<>(pairs.pairs()).forEach(map::put);
    }
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The response stored as {@code json}. Every page and save reads all of an attempt's answers, so short stored
   * forms are kept once parsed: a string always parses to the same (immutable) response, so a kept one can never
   * be wrong, and the cache holds at most {@link #PARSED_MAX} strings of at most {@link #PARSED_MAX_CHARS}
   * characters.
   *
   * @throws IllegalStateException if {@code json} is not a stored response
   */
  public static Response parse(String json) {
    if (json.length() > PARSED_MAX_CHARS) {
      return read(json);
    }
    Response response = PARSED.getIfPresent(json);
    if (response == null) {
      response = read(json);
      PARSED.put(json, response);
    }
    return response;
  }

  private static Response read(String json) {
    try {
      return fromJson(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored response is not JSON: " + json, e);
    }
  }
}
