package org.cytoquiz.web.xapi;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.AttemptEngine;
import org.cytoquiz.quiz.delivery.AttemptState;
import org.cytoquiz.quiz.delivery.Event;
import org.cytoquiz.quiz.delivery.Submission;
import org.cytoquiz.quiz.delivery.Transition;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.quiz.scoring.ScoringPolicy;

/**
 * Turns what the attempt engine did into xAPI 1.0.3 statements, with ADL verbs and activity ids under one IRI
 * base. It needs only the quiz model (no server, no database), so a library user can report attempts they run
 * with {@link AttemptEngine} themselves.
 *
 * <table>
 *   <caption>Which event gives which statement</caption>
 *   <tr><th>event</th><th>verb</th><th>object</th></tr>
 *   <tr><td>{@link Event.Started}</td><td>initialized</td><td>the quiz</td></tr>
 *   <tr><td>{@link Event.ResponseSaved}</td><td>answered</td><td>the question (a cmi.interaction)</td></tr>
 *   <tr><td>{@link Event.Moved}</td><td>(none)</td><td></td></tr>
 *   <tr><td>{@link Event.Submitted}</td><td>completed, then passed or failed when the quiz has a pass mark</td>
 *       <td>the quiz</td></tr>
 * </table>
 *
 * <p>The actor is the learner as the application knows them: an account on the IRI base named by the name or
 * staff id they gave, or, for an attempt without one, by the attempt. Statement ids are name-based UUIDs of the
 * attempt and the event, so the same event always gives the same id. {@code context.registration} is a
 * name-based UUID of the attempt id ({@link #registration(String)}). An {@code answered} statement carries the
 * response, and its mark only when the quiz shows marks at once: the learner can read these statements, so they
 * reveal no more than the quiz does; for the same reason no activity definition carries the key.
 */
public final class XapiStatements {

  /** The IRI base used when none is configured; it names no real site, so set your server's public address. */
  public static final URI DEFAULT_IRI_BASE = URI.create("https://cytoquiz.example/");

  /** The ADL verbs used. */
  static final String VERBS = "http://adlnet.gov/expapi/verbs/";

  private static final String ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment";
  private static final String INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
  private static final String LANGUAGE = "en";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;

  /**
   * Statements with activity ids under {@code iriBase}.
   *
   * @param iriBase an absolute http or https IRI, such as the server's public address; a final slash is added if
   *     missing
   * @throws IllegalArgumentException if it is not an absolute http(s) IRI with a host, or has a query or fragment
   */
  public XapiStatements(URI iriBase) {
    requireNonNull(iriBase, "iriBase");
    String scheme = iriBase.getScheme();
    if (!iriBase.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || iriBase.getHost() == null || iriBase.getRawQuery() != null || iriBase.getRawFragment() != null) {
      throw new IllegalArgumentException("xAPI IRI base '" + iriBase
          + "' must be an absolute http:// or https:// address with a host and no query or fragment, such as "
          + "https://quiz.example-hospital.org/");
    }
    String text = iriBase.toString();
    this.base = text.endsWith("/") ? text : text + "/";
  }

  /**
   * Parses an IRI base given as text (a command-line option, say).
   *
   * @throws IllegalArgumentException naming the text if it is not an absolute http(s) IRI
   */
  public static XapiStatements parse(String iriBase) {
    try {
      return new XapiStatements(new URI(iriBase.strip()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("xAPI IRI base '" + iriBase + "' is not an IRI: " + e.getMessage(), e);
    }
  }

  /** The IRI base, ending in a slash; it is also the {@code homePage} of every learner's account. */
  public String base() {
    return base;
  }

  /** The activity id of a quiz: {@code BASE/quizzes/QUIZ-ID}, the address of its page on this server. */
  public String quizActivity(String presetId) {
    return base + "quizzes/" + segment(presetId);
  }

  /** The activity id of a question of a quiz: {@code BASE/quizzes/QUIZ-ID/questions/QUESTION-ID}. */
  public String questionActivity(String presetId, String questionId) {
    return quizActivity(presetId) + "/questions/" + segment(questionId);
  }

  /** The {@code context.registration} of every statement of an attempt: a name-based UUID of its id. */
  public static UUID registration(String attemptId) {
    return UUID.nameUUIDFromBytes(("cytoquiz-attempt:" + attemptId).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The statements reporting what {@code transition} did, in the order of its events; none for a transition that
   * changed nothing or only moved between questions.
   *
   * @param engine the engine (preset and form) that gave the transition
   * @param transition what it gave: {@link AttemptEngine#start} or {@link AttemptEngine#apply}
   * @throws IllegalArgumentException if an event names a question the engine's form does not hold
   */
  public List<XapiStatement> of(AttemptEngine engine, Transition transition) {
    AttemptState state = transition.state();
    List<XapiStatement> statements = new ArrayList<>();
    for (Event event : transition.events()) {
      if (event instanceof Event.Started started) {
        statements.add(statement(state, "initialized", started.at(), quiz(engine.preset()), Optional.empty(),
            false, "initialized"));
      } else if (event instanceof Event.ResponseSaved saved) {
        statements.add(answered(engine, state, saved));
      } else if (event instanceof Event.Submitted submitted) {
        statements.addAll(submitted(engine, state, submitted.submission()));
      }
    }
    return List.copyOf(statements);
  }

  private XapiStatement answered(AttemptEngine engine, AttemptState state, Event.ResponseSaved saved) {
    String questionId = saved.response().questionId();
    Question question = engine.form().question(questionId).orElseThrow(() -> new IllegalArgumentException(
        "question " + questionId + " is not on the form of attempt " + state.attemptId()));
    ObjectNode result = JSON.createObjectNode();
    result.put("response", response(saved.response().response()));
    if (saved.feedback().isPresent()) {
      Mark mark = saved.feedback().get();
      ScoringPolicy policy = AttemptEngine.policy(engine.preset());
      result.set("score", score(mark.points(), policy.minPoints(question), mark.maxPoints()));
      result.put("success", mark.right());
    }
    return statement(state, "answered", saved.response().saved(), interaction(engine.preset(), question),
        Optional.of(result), true, "answered:" + questionId + ":" + saved.response().tries());
  }

  private List<XapiStatement> submitted(AttemptEngine engine, AttemptState state, Submission submission) {
    AttemptResult result = submission.result();
    double min = 0;
    for (Question question : engine.form().questions()) {
      min += submission.policy().minPoints(question);
    }
    ObjectNode score = score(result.points(), min, result.maxPoints());
    String duration = Duration.between(state.started(), submission.submitted()).toString();
    List<XapiStatement> statements = new ArrayList<>();
    ObjectNode completed = JSON.createObjectNode();
    completed.set("score", score.deepCopy());
    completed.put("completion", true);
    completed.put("duration", duration);
    statements.add(statement(state, "completed", submission.submitted(), quiz(engine.preset()),
        Optional.of(completed), false, "completed"));
    if (result.passMark().isPresent()) {
      String verb = result.passed() ? "passed" : "failed";
      ObjectNode judged = JSON.createObjectNode();
      judged.set("score", score.deepCopy());
      judged.put("success", result.passed());
      judged.put("completion", true);
      judged.put("duration", duration);
      statements.add(statement(state, verb, submission.submitted(), quiz(engine.preset()), Optional.of(judged),
          false, "judged"));
    }
    return statements;
  }

  /**
   * A score object: raw, min and max as given, and scaled into [-1, 1] as the share of the maximum earned, or, for
   * a negative total, the share of the minimum lost.
   */
  static ObjectNode score(double raw, double min, double max) {
    ObjectNode score = JSON.createObjectNode();
    double scaled;
    if (raw >= 0) {
      scaled = max > 0 ? raw / max : 0;
    } else {
      scaled = min < 0 ? raw / -min : 0;
    }
    score.put("scaled", round(Math.max(-1, Math.min(1, scaled))));
    score.put("raw", round(Math.max(min, Math.min(max, raw))));
    score.put("min", round(min));
    score.put("max", round(max));
    return score;
  }

  private static double round(double value) {
    double rounded = Math.round(value * 10_000) / 10_000.0;
    return rounded == 0 ? 0 : rounded; // no "-0.0"
  }

  private XapiStatement statement(AttemptState state, String verb, Instant at, ObjectNode object,
      Optional<ObjectNode> result, boolean inQuiz, String eventKey) {
    UUID id = UUID.nameUUIDFromBytes(("cytoquiz-statement:" + state.attemptId() + ":" + eventKey)
        .getBytes(StandardCharsets.UTF_8));
    ObjectNode statement = JSON.createObjectNode();
    statement.put("id", id.toString());
    statement.set("actor", actor(state));
    ObjectNode verbNode = statement.putObject("verb");
    verbNode.put("id", VERBS + verb);
    verbNode.putObject("display").put("en-US", verb);
    statement.set("object", object);
    result.ifPresent(r -> statement.set("result", r));
    ObjectNode context = statement.putObject("context");
    context.put("registration", registration(state.attemptId()).toString());
    context.put("platform", "cytoquiz");
    context.put("language", LANGUAGE);
    if (inQuiz) {
      ObjectNode parent = context.putObject("contextActivities").putArray("parent").addObject();
      parent.put("objectType", "Activity");
      parent.put("id", quizActivity(state.presetId()));
    }
    statement.put("timestamp", at.toString());
    try {
      return new XapiStatement(id, state.attemptId(), at, JSON.writeValueAsString(statement));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write statement " + id, e);
    }
  }

  private ObjectNode actor(AttemptState state) {
    ObjectNode actor = JSON.createObjectNode();
    actor.put("objectType", "Agent");
    state.learner().ifPresent(name -> actor.put("name", name));
    ObjectNode account = actor.putObject("account");
    account.put("homePage", base);
    account.put("name", state.learner().orElse("attempt-" + state.attemptId()));
    return actor;
  }

  private ObjectNode quiz(QuizPreset preset) {
    ObjectNode object = JSON.createObjectNode();
    object.put("objectType", "Activity");
    object.put("id", quizActivity(preset.id()));
    ObjectNode definition = object.putObject("definition");
    definition.put("type", ASSESSMENT);
    definition.putObject("name").put(LANGUAGE, preset.title().in(preset.audience()));
    definition.putObject("description").put(LANGUAGE, preset.description().in(preset.audience()));
    return object;
  }

  private ObjectNode interaction(QuizPreset preset, Question question) {
    ObjectNode object = JSON.createObjectNode();
    object.put("objectType", "Activity");
    object.put("id", questionActivity(preset.id(), question.id()));
    ObjectNode definition = object.putObject("definition");
    definition.put("type", INTERACTION);
    definition.putObject("name").put(LANGUAGE, question.stem());
    if (question instanceof Matching matching) {
      definition.put("interactionType", "matching");
      components(definition.putArray("source"), matching.left());
      components(definition.putArray("target"), matching.right());
    } else if (question instanceof TextEntry) {
      definition.put("interactionType", "fill-in");
    } else {
      definition.put("interactionType", "choice");
      ArrayNode choices = definition.putArray("choices");
      for (Option option : question.options()) {
        ObjectNode choice = choices.addObject();
        choice.put("id", option.id());
        choice.putObject("description").put(LANGUAGE, option.text());
      }
    }
    return object;
  }

  private static void components(ArrayNode array, List<Item> items) {
    for (Item item : items) {
      ObjectNode component = array.addObject();
      component.put("id", item.id());
      component.putObject("description").put(LANGUAGE, item.text());
    }
  }

  /** A response in xAPI's interaction format: choices joined by {@code [,]}, pairs as {@code left[.]right}. */
  static String response(Response response) {
    if (response instanceof Response.Choice choice) {
      return String.join("[,]", choice.selected());
    }
    if (response instanceof Response.Text text) {
      return text.text();
    }
    List<String> pairs = new ArrayList<>();
    for (Map.Entry<String, String> pair : ((Response.Pairs) response).pairs().entrySet()) {
      pairs.add(pair.getKey() + "[.]" + pair.getValue());
    }
    return String.join("[,]", pairs);
  }

  /** An id as one IRI path segment: letters, digits and {@code -._~} as they are, anything else percent-encoded. */
  private static String segment(String id) {
    StringBuilder out = new StringBuilder();
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
