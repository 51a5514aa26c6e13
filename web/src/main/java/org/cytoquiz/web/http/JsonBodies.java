package org.cytoquiz.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.Iterator;
import java.util.Map;

/**
 * The checks every JSON request body passes before a handler reads it: exactly one JSON value (no trailing
 * garbage), and text that is valid Unicode (no lone UTF-16 surrogate, which no store can keep as it came).
 */
public final class JsonBodies {

  /** A mapper that refuses trailing tokens after the value; the application reads and writes JSON with it. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private JsonBodies() {}

  /**
   * Checks the body of a request that carries one (POST, PUT, PATCH); an empty body passes.
   *
   * @throws HttpProblem 400 naming what is wrong with the body, and where
   */
  public static void check(Context ctx) {
    String method = ctx.method().name();
    if (!method.equals("POST") && !method.equals("PUT") && !method.equals("PATCH")) {
      return;
    }
    String body = ctx.body();
    if (body.isBlank()) {
      return;
    }
    JsonNode node;
    try {
      node = MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not one valid JSON value: " + e.getOriginalMessage()
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr() + ")"));
    }
    checkText(node, "$");
  }

  private static void checkText(JsonNode node, String where) {
    if (node.isTextual()) {
      checkUnicode(node.textValue(), where);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkText(node.get(i), where + "[" + i + "]");
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        checkUnicode(field.getKey(), where + " (a field name)");
        checkText(field.getValue(), where + "." + field.getKey());
      }
    }
  }

  /**
   * Checks that {@code text} holds no lone UTF-16 surrogate.
   *
   * @throws HttpProblem 400 naming {@code where} and the position of the first one
   */
  public static void checkUnicode(String text, String where) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        String shown = where.length() > 80 ? where.substring(0, 80) + "..." : where;
        throw HttpProblem.badRequest(shown + " holds a lone UTF-16 surrogate (\\u"
            + Integer.toHexString(c) + ") at character " + (i + 1) + ": send valid Unicode text");
      }
    }
  }
}
