package org.cytoquiz.web.attempt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.xapi.XapiStatement;

/**
 * The learner's JSON API: the catalog, starting an attempt, reading it, answering, submitting, and the attempt's
 * xAPI statements.
 */
public final class AttemptApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final AttemptService service;

  /** Handlers over {@code service}. */
  public AttemptApi(AttemptService service) {
    this.service = service;
  }

  /** Registers the routes under {@code /api/v1}. */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.get("/api/v1/quizzes", ctx -> ctx.json(service.presets().stream()
        .map(p -> AttemptJson.preset(p, service.questions(p.id()).size())).toList()));
    routes.post("/api/v1/attempts", this::start);
    routes.get("/api/v1/attempts/{attemptId}", ctx -> ctx.json(AttemptJson.attempt(open(ctx), service)));
    routes.put("/api/v1/attempts/{attemptId}/answers/{questionId}", this::answer);
    routes.post("/api/v1/attempts/{attemptId}/submit", ctx -> ctx.json(AttemptJson.result(
        service.submit(attemptId(ctx), token(ctx)), service)));
    routes.get("/api/v1/attempts/{attemptId}/result", ctx -> ctx.json(AttemptJson.result(
        service.result(attemptId(ctx), token(ctx)), service)));
    routes.get("/api/v1/attempts/{attemptId}/xapi", this::statements);
  }

  private void start(Context ctx) {
    JsonNode body = body(ctx);
    JsonNode quiz = body.get("quiz");
    if (quiz == null || !quiz.isTextual()) {
      throw HttpProblem.badRequest("give the quiz to start as {\"quiz\": \"QUIZ-ID\"}; see GET /api/v1/quizzes");
    }
    JsonNode learner = body.get("learner");
    if (learner != null && !learner.isNull() && !learner.isTextual()) {
      throw HttpProblem.badRequest("\"learner\" must be a string");
    }
    AttemptService.Started started = service.start(quiz.asText(),
        Optional.ofNullable(learner).filter(JsonNode::isTextual).map(JsonNode::asText));
    ctx.status(201).header("Location", "/api/v1/attempts/" + started.attemptId())
        .json(Map.of("attemptId", started.attemptId(), "token", started.token(), "quiz", quiz.asText()));
  }

  private void answer(Context ctx) {
    JsonNode body = body(ctx);
    Response response = ResponseCodec.fromJson(body);
    OptionalInt certainty = OptionalInt.empty();
    if (body.has("certainty") && !body.get("certainty").isNull()) {
      if (!body.get("certainty").isInt()) {
        throw new InvalidResponseException("\"certainty\" must be 1, 2 or 3");
      }
      certainty = OptionalInt.of(body.get("certainty").asInt());
    }
    AttemptService.Saved saved = service.answer(attemptId(ctx), token(ctx), ctx.pathParam("questionId"), response,
        certainty);
    Map<String, Object> out = new java.util.LinkedHashMap<>();
    out.put("questionId", saved.answer().questionId());
    out.put("saved", true);
    out.put("savedAt", saved.answer().saved().toString());
    out.put("tries", saved.answer().tries());
    saved.feedback().ifPresent(m -> out.put("feedback",
        AttemptJson.marked(m.question(), Optional.of(m.response()), m.mark())));
    ctx.json(out);
  }

  /** The attempt's xAPI statements as one JSON array, each exactly as stored (and as sent to the LRS). */
  private void statements(Context ctx) {
    List<XapiStatement> statements = service.statements(attemptId(ctx), token(ctx));
    StringBuilder array = new StringBuilder("[");
    for (XapiStatement statement : statements) {
      array.append(array.length() > 1 ? "," : "").append(statement.json());
    }
    ctx.contentType("application/json").result(array.append(']').toString());
  }

  private AttemptView open(Context ctx) {
    return service.open(attemptId(ctx), token(ctx));
  }

  /** The attempt id of the path, refused as unknown when it cannot be one. */
  static String attemptId(Context ctx) {
    String id = ctx.pathParam("attemptId");
    if (!Secrets.hasShape(id, 22)) {
      throw new AttemptNotFoundException(id.length() > 40 ? id.substring(0, 40) + "..." : id);
    }
    return id;
  }

  private static String token(Context ctx) {
    return Web.bearer(ctx).orElseThrow(() -> HttpProblem.unauthorized(
        "send the attempt's token as \"Authorization: Bearer TOKEN\""));
  }

  private static JsonNode body(Context ctx) {
    try {
      JsonNode node = JSON.readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw HttpProblem.badRequest("the body must be a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
