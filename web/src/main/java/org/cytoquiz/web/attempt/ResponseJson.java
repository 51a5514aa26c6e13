package org.cytoquiz.web.attempt;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.cytoquiz.quiz.question.Response;

/** A response as a JSON-ready map, in the shape the API accepts. */
public final class ResponseJson {

  private ResponseJson() {}

  /** {@code {"selected": [...]}}, {@code {"text": "..."}} or {@code {"pairs": {...}}}. */
  public static Map<String, Object> toMap(Response response) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (response instanceof Response.Choice c) {
      m.put("selected", c.selected());
    } else if (response instanceof Response.Text t) {
      m.put("text", t.text());
    } else if (response instanceof Response.Pairs p) {
      m.put("pairs", new TreeMap<>(p.pairs()));
    }
    return m;
  }
}
