package org.cytoquiz.web.live;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.web.attempt.AttemptPages;
import org.cytoquiz.web.attempt.ResponseCodec;
import org.cytoquiz.web.attempt.Secrets;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.http.JsonBodies;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.pages.FeedbackBox;
import org.cytoquiz.web.pages.QuestionPage;
import org.cytoquiz.web.pages.Views;
import org.cytoquiz.web.review.Templates;
import org.cytoquiz.web.text.Ui;

/**
 * The pages, API and event streams of live sessions: the instructor's (under {@code /instructor/live}, behind the
 * instructor login, each session controlled only by the login that started it) and the participants' (under
 * {@code /live}, joined with the code, no account). Handlers parse, call {@link LiveService} and render; a
 * participant never receives a key or an explanation before the instructor reveals it.
 */
public final class LivePages {

  /** The cookie that holds a participant's token for one session. */
  public static String participantCookie(String sessionId) {
    return "cq_live_" + sessionId;
  }

  /** The pages' Content-Security-Policy: the site's, plus this site's own script and its event streams. */
  static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; script-src 'self'; "
      + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** How many join links' QR codes are kept drawn. */
  private static final int MAX_QR_CODES = 256;

  private final LiveService service;
  private final LiveHub hub;
  private final Map<String, String> qrCodes = new java.util.concurrent.ConcurrentHashMap<>();
  private final boolean secureCookies;
  private final ZoneId zone;

  /** Pages over {@code service}, pushing through {@code hub}. */
  public LivePages(LiveService service, LiveHub hub, boolean secureCookies, ZoneId zone) {
    this.service = service;
    this.hub = hub;
    this.secureCookies = secureCookies;
    this.zone = zone;
  }

  /**
   * The JSON pushed to everyone as a {@code state} event: revision, phase, question number (0 in the lobby), vote
   * and total; never a key.
   */
  public Optional<String> stateJson(String sessionId) {
    return service.store().find(sessionId).map(LivePages::stateJson);
  }

  /**
   * The {@code state} event of {@code s}: revision, phase, question number (0 in the lobby), vote, total and, while
   * a vote with a countdown is open, {@code voteEnds} (epoch milliseconds); never a key.
   */
  static String stateJson(LiveSession s) {
    LiveState st = s.state();
    return "{\"revision\":" + st.revision() + ",\"phase\":\"" + st.phase().key() + "\",\"question\":"
        + (st.current() + 1) + ",\"vote\":" + st.vote() + ",\"questions\":" + st.questions()
        + s.voteEnds().filter(e -> st.phase() == LivePhase.OPEN).map(e -> ",\"voteEnds\":" + e.toEpochMilli())
            .orElse("") + "}";
  }

  /** The JSON pushed to instructors as an {@code answers} event: joined, answered and the per-option counts. */
  public Optional<String> answersJson(String sessionId) {
    return service.store().find(sessionId).map(s -> {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("revision", s.state().revision());
      json.put("joined", service.store().participantCount(sessionId));
      if (s.state().current() >= 0) {
        Question q = service.questions(s).get(s.state().current());
        Distribution d = Distribution.of(q, s.state().vote(),
            service.store().answers(sessionId, s.state().current(), s.state().vote()));
        json.put("answered", d.answers());
        Map<String, Object> bars = new LinkedHashMap<>();
        if (!d.byVerdict()) {
          d.bars().forEach(b -> bars.put(b.id(), Map.of("count", b.count(), "percent", b.percent())));
        }
        json.put("vote", d.vote());
        json.put("bars", bars);
      } else {
        json.put("answered", 0);
      }
      return write(json);
    });
  }

  private static String write(Object value) {
    try {
      return JsonBodies.MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /** Registers the routes. The instructor area's guard (registered by the instructor pages) covers /instructor. */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.before("/live", ctx -> ctx.header("Content-Security-Policy", CSP));
    routes.before("/live/*", ctx -> ctx.header("Content-Security-Policy", CSP));
    routes.before("/instructor/live", ctx -> ctx.header("Content-Security-Policy", CSP));
    routes.before("/instructor/live/*", ctx -> ctx.header("Content-Security-Policy", CSP));
    // instructor
    routes.get("/instructor/live", this::home);
    routes.post("/instructor/live", ctx -> {
      Web.checkCsrf(ctx);
      LiveSession s = service.start(instructor(ctx), Optional.ofNullable(ctx.formParam("preset")).orElse(""),
          ctx.formParam("records") != null, countdown(ctx.formParam("countdown")));
      ctx.redirect("/instructor/live/" + s.id(), HttpStatus.SEE_OTHER);
    });
    routes.get("/instructor/live/choose", this::choose);
    routes.post("/instructor/live/chosen", ctx -> {
      Web.checkCsrf(ctx);
      LiveSession s = service.startChosen(instructor(ctx), Optional.ofNullable(ctx.formParam("preset")).orElse(""),
          picked(ctx), ctx.formParam("records") != null, countdown(ctx.formParam("countdown")));
      ctx.redirect("/instructor/live/" + s.id(), HttpStatus.SEE_OTHER);
    });
    routes.get("/instructor/live/{id}", ctx -> ctx.html(Templates.html("live-projector.jte", projector(ctx,
        service.controlled(ctx.pathParam("id"), instructor(ctx))))));
    routes.post("/instructor/live/{id}/moves/{move}", ctx -> {
      Web.checkCsrf(ctx);
      move(ctx);
      String chart = "hidden".equals(ctx.formParam("chart")) ? "?chart=hidden" : "";
      ctx.redirect("/instructor/live/" + ctx.pathParam("id") + chart, HttpStatus.SEE_OTHER);
    });
    routes.sse("/instructor/live/{id}/events", client -> {
      LiveSession s = service.controlled(client.ctx().pathParam("id"), instructor(client.ctx()));
      hub.add(s.id(), client, true);
    });
    routes.get("/instructor/live/{id}/report", ctx -> ctx.html(Templates.html("live-report.jte",
        report(service.controlled(ctx.pathParam("id"), instructor(ctx))))));
    routes.get("/instructor/live/{id}/report.csv", ctx -> {
      LiveViews.Report report = report(service.controlled(ctx.pathParam("id"), instructor(ctx)));
      ctx.header("Content-Disposition", "attachment; filename=\"live-" + report.sessionId() + ".csv\"");
      ctx.contentType("text/csv; charset=utf-8").result(LiveReport.csv(report));
    });
    routes.post("/api/v1/instructor/live", ctx -> {
      requireJson(ctx);
      JsonNode body = body(ctx);
      JsonNode seconds = body.path("countdownSeconds");
      if (!seconds.isMissingNode() && !seconds.isNull() && !seconds.isIntegralNumber()) {
        throw HttpProblem.badRequest("countdownSeconds is a whole number of seconds (0 for none)");
      }
      Duration countdown = Duration.ofSeconds(seconds.asLong(0));
      LiveSession s;
      if (body.has("questions")) {
        JsonNode list = body.get("questions");
        if (!list.isArray()) {
          throw HttpProblem.badRequest("questions is a list of question ids, in the order to ask them");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : list) {
          if (!id.isTextual()) {
            throw HttpProblem.badRequest("questions[" + ids.size() + "] is not a question id (a string)");
          }
          ids.add(id.asText());
        }
        s = service.startChosen(instructor(ctx), body.path("preset").asText(""), ids,
            body.path("recordsParticipation").asBoolean(false), countdown);
      } else {
        s = service.start(instructor(ctx), body.path("preset").asText(""),
            body.path("recordsParticipation").asBoolean(false), countdown);
      }
      ctx.status(201).json(instructorJson(ctx, s));
    });
    routes.get("/api/v1/instructor/live/{id}", ctx -> ctx.json(instructorJson(ctx,
        service.controlled(ctx.pathParam("id"), instructor(ctx)))));
    routes.post("/api/v1/instructor/live/{id}/moves/{move}", ctx -> {
      requireJson(ctx);
      ctx.json(instructorJson(ctx, move(ctx)));
    });
    routes.get("/api/v1/instructor/live/{id}/report", ctx -> ctx.json(reportJson(report(service.controlled(
        ctx.pathParam("id"), instructor(ctx))))));
    // participants
    routes.get("/live", ctx -> ctx.html(Templates.html("live-join.jte", new LiveViews.Join(
        Optional.ofNullable(ctx.queryParam("code")).map(JoinCodes::normalise).map(JoinCodes::display).orElse(""),
        "", Web.csrfToken(ctx, secureCookies), Optional.empty(), false))));
    routes.post("/live/join", this::joinForm);
    routes.get("/live/s/{id}", ctx -> {
      LiveSession s = service.session(ctx.pathParam("id"));
      LiveParticipant p = participant(ctx, s.id());
      ctx.html(Templates.html("live-participant.jte", participantPage(ctx, s, p, Optional.empty())));
    });
    routes.post("/live/s/{id}/answers", this::answerForm);
    routes.sse("/live/s/{id}/events", client -> {
      LiveSession s = service.session(client.ctx().pathParam("id"));
      participant(client.ctx(), s.id());
      hub.add(s.id(), client, false);
    });
    routes.post("/api/v1/live/join", ctx -> {
      JsonNode body = body(ctx);
      LiveService.Joined joined = service.join(body.path("code").asText(""),
          Optional.ofNullable(body.path("name").textValue()), ctx.ip());
      hub.changed(joined.participant().sessionId(), LiveStore.Change.JOIN);
      ctx.status(201).json(Map.of("sessionId", joined.participant().sessionId(), "participantId",
          joined.participant().id(), "token", joined.token()));
    });
    routes.get("/api/v1/live/{id}", ctx -> {
      LiveSession s = service.session(ctx.pathParam("id"));
      ctx.json(participantJson(s, participant(ctx, s.id())));
    });
    routes.put("/api/v1/live/{id}/questions/{number}/votes/{vote}", ctx -> {
      LiveSession s = service.session(ctx.pathParam("id"));
      LiveParticipant p = participant(ctx, s.id());
      int index = number(ctx.pathParam("number"), "question number") - 1;
      int vote = number(ctx.pathParam("vote"), "vote");
      Response response = ResponseCodec.fromJson(body(ctx));
      LiveService.Answered done = service.answer(s, p, index, vote, response);
      if (done == LiveService.Answered.STORED) {
        announce(s.id(), LiveStore.Change.ANSWER);
      }
      ctx.json(Map.of("stored", true, "counted", done == LiveService.Answered.STORED ? "now" : "before"));
    });
  }

  /** The countdown typed in the start form: blank or 0 for none, else whole seconds. */
  private static Duration countdown(String typed) {
    String text = typed == null ? "" : typed.strip();
    return text.isEmpty() ? Duration.ZERO : Duration.ofSeconds(number(text, "countdown in seconds"));
  }

  /**
   * The questions picked in the form, in the order to ask them: those ticked ({@code question}), ordered by the
   * position typed beside each ({@code position-ID}, a whole number), ticked ones without a position after those
   * with one, each group in the order listed.
   */
  private static List<String> picked(Context ctx) {
    List<String> ticked = ctx.formParams("question");
    record Pick(String id, int position, int listed) {}
    List<Pick> picks = new ArrayList<>();
    for (int i = 0; i < ticked.size(); i++) {
      String typed = Optional.ofNullable(ctx.formParam("position-" + ticked.get(i))).orElse("").strip();
      int position = typed.isEmpty() ? Integer.MAX_VALUE : number(typed, "position of question " + (i + 1));
      picks.add(new Pick(ticked.get(i), position, i));
    }
    picks.sort(java.util.Comparator.comparingInt(Pick::position).thenComparingInt(Pick::listed));
    return picks.stream().map(Pick::id).toList();
  }

  private void choose(Context ctx) {
    String bankKey = Optional.ofNullable(ctx.queryParam("bank")).orElse("staff");
    Audience audience = Keyed.fromKey(Audience.class, bankKey).orElseThrow(() ->
        HttpProblem.badRequest("bank '" + (bankKey.length() > 20 ? bankKey.substring(0, 20) : bankKey)
            + "' is unknown: give patient or staff"));
    String topic = Optional.ofNullable(ctx.queryParam("topic")).orElse("");
    String kind = Optional.ofNullable(ctx.queryParam("kind")).orElse("");
    Map<String, String> topicNames = new LinkedHashMap<>();
    service.topics().forEach(t -> topicNames.put(t.id(), t.label().in(audience)));
    List<Question> bank = service.bank(audience);
    List<LiveViews.Choice> topics = new ArrayList<>(List.of(new LiveViews.Choice("", Ui.t("live.choose.topic.every"),
        topic.isEmpty())));
    bank.stream().map(Question::topic).distinct().forEach(t -> topics.add(new LiveViews.Choice(t,
        topicNames.getOrDefault(t, t), t.equals(topic))));
    List<LiveViews.Choice> kinds = new ArrayList<>(List.of(new LiveViews.Choice("", Ui.t("live.choose.kind.every"),
        kind.isEmpty())));
    bank.stream().map(q -> Keyed.key(q.kind())).distinct().forEach(k -> kinds.add(new LiveViews.Choice(k,
        kindName(k), k.equals(kind))));
    List<LiveViews.BankQuestion> questions = bank.stream()
        .filter(q -> topic.isEmpty() || q.topic().equals(topic))
        .filter(q -> kind.isEmpty() || Keyed.key(q.kind()).equals(kind))
        .map(q -> new LiveViews.BankQuestion(q.id(), kindName(Keyed.key(q.kind())),
            topicNames.getOrDefault(q.topic(), q.topic()), q.stem())).toList();
    List<LiveViews.PresetChoice> presets = service.presets().stream().filter(p -> p.audience() == audience)
        .map(p -> new LiveViews.PresetChoice(p.id(), p.title().in(p.audience()), p.questions())).toList();
    List<LiveViews.Choice> banks = java.util.Arrays.stream(Audience.values()).map(a -> new LiveViews.Choice(a.key(),
        a == Audience.STAFF ? Ui.t("live.choose.bank.staff") : Ui.t("live.choose.bank.patient"), a == audience))
        .toList();
    ctx.html(Templates.html("live-choose.jte", new LiveViews.Choose(audience.key(), banks, topics, kinds, questions,
        presets, Web.csrfToken(ctx, secureCookies))));
  }

  /** A question kind's key in words; an unknown key as it is. */
  private static String kindName(String key) {
    return switch (key) {
      case "single-choice" -> Ui.t("live.choose.kind.single-choice");
      case "multiple-response" -> Ui.t("live.choose.kind.multiple-response");
      case "true-false" -> Ui.t("live.choose.kind.true-false");
      case "matching" -> Ui.t("live.choose.kind.matching");
      case "text-entry" -> Ui.t("live.choose.kind.text-entry");
      case "scenario" -> Ui.t("live.choose.kind.scenario");
      default -> key;
    };
  }

  /** The open vote's countdown as pages show it, if the session counts down and a vote is open. */
  private Optional<LiveViews.Countdown> countdown(LiveSession s) {
    if (s.state().phase() != LivePhase.OPEN || s.voteEnds().isEmpty()) {
      return Optional.empty();
    }
    Instant ends = s.voteEnds().get();
    long left = Math.max(0, Duration.between(service.now(), ends).toMillis());
    return Optional.of(new LiveViews.Countdown(ends.toString(), format(Ui.t("live.format.clock"), ends), left));
  }

  /** The hash of the instructor login making the request (the guard has checked it is valid). */
  private static String instructor(Context ctx) {
    String token = ctx.cookie(Web.SESSION_COOKIE);
    if (token == null) {
      throw HttpProblem.unauthorized("sign in as an instructor first");
    }
    return Secrets.hash(token);
  }

  private static void requireJson(Context ctx) {
    String type = ctx.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
      throw new HttpProblem(415, "Unsupported media type", "unsupported-media-type",
          "send this request with Content-Type: application/json");
    }
  }

  private static JsonNode body(Context ctx) {
    try {
      String body = ctx.body();
      return body.isBlank() ? JsonBodies.MAPPER.createObjectNode() : JsonBodies.MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw HttpProblem.badRequest("the body is not valid JSON");
    }
  }

  private static int number(String text, String what) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest("the " + what + " '" + (text.length() > 12 ? text.substring(0, 12) : text)
          + "' is not a whole number");
    }
  }

  private LiveSession move(Context ctx) {
    String key = ctx.pathParam("move");
    LiveMove move = LiveMove.parse(key).orElseThrow(() -> HttpProblem.notFound("there is no move '"
        + (key.length() > 20 ? key.substring(0, 20) : key) + "'; moves are open, close, second-vote, reveal, next, end"));
    LiveSession moved = service.move(ctx.pathParam("id"), instructor(ctx), move);
    // This node's streams get the stored state at once, without reading it back; on PostgreSQL the other nodes
    // hear of it by notification (and this node's own notification finds the revision already pushed).
    hub.moved(moved.id(), stateJson(moved));
    return moved;
  }

  /** On SQLite (one node) this node pushes its own writes; on PostgreSQL every node hears them by notification. */
  private void announce(String sessionId, LiveStore.Change change) {
    if (!service.store().postgres()) {
      hub.changed(sessionId, change);
    }
  }

  private LiveParticipant participant(Context ctx, String sessionId) {
    String token = Web.bearer(ctx).orElseGet(() -> ctx.cookie(participantCookie(sessionId)));
    return service.participant(sessionId, token);
  }

  private void home(Context ctx) {
    List<LiveViews.PresetChoice> presets = service.presets().stream().map(p -> new LiveViews.PresetChoice(p.id(),
        p.title().in(p.audience()), p.questions())).toList();
    List<LiveViews.SessionRow> rows = service.sessionsOf(instructor(ctx)).stream().map(s ->
        new LiveViews.SessionRow(s.id(), JoinCodes.display(s.joinCode()), title(service.preset(s)),
            status(s.state()), format(Ui.t("live.format.started"), s.created()))).toList();
    ctx.html(Templates.html("live-home.jte", new LiveViews.Home(presets, rows, Web.csrfToken(ctx, secureCookies))));
  }

  /** {@code time} in the server's zone, by a java.time {@code pattern} of the interface's language. */
  private String format(String pattern, Instant time) {
    return DateTimeFormatter.ofPattern(pattern, Ui.text().language()).format(time.atZone(zone));
  }

  private static String title(QuizPreset preset) {
    return preset.title().in(preset.audience());
  }

  /** The state in words, in the language of the request being served ({@link Ui}). */
  static String status(LiveState st) {
    int number = st.current() + 1;
    String vote = st.vote() == 2 ? "second" : "first";
    return switch (st.phase()) {
      case LOBBY -> Ui.t("live.status.lobby");
      case OPEN -> Ui.t("live.status.open", "number", number, "total", st.questions(), "vote", vote);
      case CLOSED -> Ui.t("live.status.closed", "number", number, "total", st.questions(), "vote", vote);
      case REVEALED -> Ui.t("live.status.revealed", "number", number, "total", st.questions());
      case ENDED -> Ui.t("live.status.ended");
    };
  }

  private static String label(LiveMove move) {
    return switch (move) {
      case OPEN -> Ui.t("live.projector.move.open");
      case CLOSE -> Ui.t("live.projector.move.close");
      case SECOND_VOTE -> Ui.t("live.projector.move.second-vote");
      case REVEAL -> Ui.t("live.projector.move.reveal");
      case NEXT -> Ui.t("live.projector.move.next");
      case END -> Ui.t("live.projector.move.end");
    };
  }

  private String joinUrl(Context ctx, LiveSession s) {
    String host = Optional.ofNullable(ctx.host()).orElse("localhost");
    return ctx.scheme() + "://" + host + "/live?code=" + URLEncoder.encode(s.joinCode(), StandardCharsets.UTF_8);
  }

  /**
   * The QR code of a join link, drawn once per link and language of its label (the projector view is rendered
   * after every move).
   */
  private String qr(String url) {
    String label = Ui.t("live.projector.qr", "url", url);
    String svg = qrCodes.get(label);
    if (svg == null) {
      svg = QrSvg.of(url, label);
      if (qrCodes.size() >= MAX_QR_CODES) {
        qrCodes.clear();
      }
      qrCodes.put(label, svg);
    }
    return svg;
  }

  private LiveViews.Projector projector(Context ctx, LiveSession s) {
    LiveState st = s.state();
    List<LiveViews.MoveButton> moves = new ArrayList<>();
    for (LiveMove m : LiveMove.values()) {
      if (st.allows(m)) {
        moves.add(new LiveViews.MoveButton(m.key(), label(m), m != LiveMove.END));
      }
    }
    Optional<LiveViews.Asked> asked = Optional.empty();
    List<Distribution> distributions = new ArrayList<>();
    Optional<FeedbackBox> key = Optional.empty();
    int answered = 0;
    if (st.current() >= 0) {
      Question q = service.questions(s).get(st.current());
      asked = Optional.of(asked(q, st, Optional.empty()));
      for (int vote = 1; vote <= st.vote(); vote++) {
        Distribution d = Distribution.of(q, vote, service.store().answers(s.id(), st.current(), vote));
        // typed and matched answers show right/wrong only with the key
        if (!d.byVerdict() || st.keyShown()) {
          distributions.add(d);
        }
        if (vote == st.vote()) {
          answered = d.answers();
        }
      }
      if (st.keyShown()) {
        key = Optional.of(key(q, service.preset(s).audience()));
      }
    }
    String url = joinUrl(ctx, s);
    return new LiveViews.Projector(s.id(), JoinCodes.display(s.joinCode()), url,
        qr(url), title(service.preset(s)), st.phase().key(), status(st),
        st.revision(), service.store().participantCount(s.id()), answered, asked,
        !"hidden".equals(ctx.queryParam("chart")), distributions, key, moves, Web.csrfToken(ctx, secureCookies),
        s.recordsParticipation(), countdown(s));
  }

  private static LiveViews.Asked asked(Question q, LiveState st, Optional<Response> given) {
    List<QuestionPage.OptionRow> options = new ArrayList<>();
    for (Option o : q.options()) {
      boolean checked = given.filter(r -> r instanceof Response.Choice c && c.selected().contains(o.id())).isPresent();
      options.add(new QuestionPage.OptionRow(o.id(), "option-" + o.id(), o.text(), checked));
    }
    List<QuestionPage.PairRow> pairs = new ArrayList<>();
    if (q instanceof Matching m) {
      for (Item left : m.left()) {
        List<QuestionPage.Choice> choices = m.right().stream()
            .map(right -> new QuestionPage.Choice(right.id(), right.text(), false)).toList();
        pairs.add(new QuestionPage.PairRow(left.id(), "pair-" + left.id(), left.text(), choices));
      }
    }
    return new LiveViews.Asked(st.current() + 1, st.questions(), q.stem(), Views.form(q), options, pairs);
  }

  /** The key in words and every option's explanation with its source paragraph. */
  private static FeedbackBox key(Question q, Audience audience) {
    FeedbackBox marked = Views.feedback(q, Optional.of(q.key()), new Mark(1, 1, 1), audience);
    // One explanation per option (or pair), naming it: the room sees why each is right or not, with its source.
    List<FeedbackBox.Explanation> items = new java.util.ArrayList<>(marked.items());
    for (FeedbackBox.Row row : marked.rows()) {
      if (!row.explanation().isEmpty()) {
        items.add(new FeedbackBox.Explanation(row.right() ? Ui.t("live.key.verdict.right")
            : Ui.t("live.key.verdict.wrong"), row.right() ? "right" : "wrong",
            row.label() + " — " + row.explanation(), row.citation()));
      }
    }
    return new FeedbackBox(Ui.t("live.key.heading"), "right", "", Views.key(q), items);
  }

  private void joinForm(Context ctx) {
    Web.checkCsrf(ctx);
    String code = Optional.ofNullable(ctx.formParam("code")).orElse("");
    Optional<String> name = Optional.ofNullable(ctx.formParam("name"));
    LiveService.Joined joined;
    try {
      joined = service.join(code, name, ctx.ip());
    } catch (HttpProblem p) {
      if (p.status() == 429) {
        ctx.header("Retry-After", "600");
      }
      ctx.status(p.status()).html(Templates.html("live-join.jte", new LiveViews.Join(code, name.orElse(""),
          Web.csrfToken(ctx, secureCookies), Optional.of(p.getMessage()), p.type().equals("name-needed"))));
      return;
    }
    String sessionId = joined.participant().sessionId();
    hub.changed(sessionId, LiveStore.Change.JOIN);
    Web.cookie(ctx, participantCookie(sessionId), joined.token(), "/", LiveService.LIFETIME.getSeconds(),
        secureCookies);
    ctx.redirect("/live/s/" + sessionId, HttpStatus.SEE_OTHER);
  }

  private void answerForm(Context ctx) {
    Web.checkCsrf(ctx);
    LiveSession s = service.session(ctx.pathParam("id"));
    LiveParticipant p = participant(ctx, s.id());
    int index = number(Optional.ofNullable(ctx.formParam("question")).orElse(""), "question number") - 1;
    int vote = number(Optional.ofNullable(ctx.formParam("vote")).orElse(""), "vote");
    if (index < 0 || index >= s.questionIds().size()) {
      throw HttpProblem.badRequest("question " + (index + 1) + " is outside 1 to " + s.questionIds().size());
    }
    Question q = service.questions(s).get(index);
    try {
      Response response = AttemptPages.formResponse(ctx, q);
      if (service.answer(s, p, index, vote, response) == LiveService.Answered.STORED) {
        announce(s.id(), LiveStore.Change.ANSWER);
      }
    } catch (InvalidResponseException e) {
      ctx.status(400).html(Templates.html("live-participant.jte", participantPage(ctx, s, p,
          Optional.of(e.getMessage()))));
      return;
    } catch (HttpProblem e) {
      if (e.status() != 409) {
        throw e;
      }
      // the vote closed meanwhile, or the first answer counts: the page shows where the session is now
      ctx.status(409).html(Templates.html("live-participant.jte", participantPage(ctx, service.session(s.id()), p,
          Optional.of(e.getMessage()))));
      return;
    }
    ctx.redirect("/live/s/" + s.id(), HttpStatus.SEE_OTHER);
  }

  private LiveViews.Participant participantPage(Context ctx, LiveSession s, LiveParticipant p,
      Optional<String> error) {
    LiveState st = s.state();
    Optional<LiveViews.Asked> asked = Optional.empty();
    Optional<String> yours = Optional.empty();
    List<Distribution> distributions = new ArrayList<>();
    Optional<FeedbackBox> key = Optional.empty();
    boolean canAnswer = false;
    if (st.current() >= 0 && st.phase() != LivePhase.ENDED) {
      Question q = service.questions(s).get(st.current());
      Optional<LiveAnswer> mine = service.store().answerOf(s.id(), p.id(), st.current(), st.vote());
      Optional<Response> given = mine.map(a -> ResponseCodec.parse(a.response()));
      yours = given.map(r -> Views.describe(q, Optional.of(r)));
      canAnswer = st.phase() == LivePhase.OPEN && mine.isEmpty() && !s.countdownOver(service.now());
      asked = Optional.of(asked(q, st, given));
      if (st.phase() == LivePhase.CLOSED || st.phase() == LivePhase.REVEALED) {
        for (int vote = 1; vote <= st.vote(); vote++) {
          Distribution d = Distribution.of(q, vote, service.store().answers(s.id(), st.current(), vote));
          if (!d.byVerdict() || st.keyShown()) {
            distributions.add(d);
          }
        }
      }
      if (st.keyShown()) {
        key = Optional.of(key(q, service.preset(s).audience()));
      }
    }
    return new LiveViews.Participant(s.id(), title(service.preset(s)), st.phase().key(), status(st), st.revision(),
        asked, st.vote(), canAnswer, yours, distributions, key, Web.csrfToken(ctx, secureCookies), error,
        countdown(s));
  }

  /** What a participant's API call sees: the question without key; distributions once closed; the key once shown. */
  private Map<String, Object> participantJson(LiveSession s, LiveParticipant p) {
    LiveState st = s.state();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sessionId", s.id());
    json.put("revision", st.revision());
    json.put("phase", st.phase().key());
    json.put("questions", st.questions());
    json.put("vote", st.vote());
    json.put("recordsParticipation", s.recordsParticipation());
    countdown(s).ifPresent(c -> json.put("voteEnds", c.iso()));
    p.name().ifPresent(n -> json.put("name", n));
    if (st.current() >= 0 && st.phase() != LivePhase.ENDED) {
      Question q = service.questions(s).get(st.current());
      Map<String, Object> question = new LinkedHashMap<>();
      question.put("number", st.current() + 1);
      question.put("id", q.id());
      question.put("kind", Views.form(q));
      question.put("stem", q.stem());
      question.put("options", q.options().stream().map(o -> Map.of("id", o.id(), "text", o.text())).toList());
      if (q instanceof Matching m) {
        question.put("left", m.left().stream().map(i -> Map.of("id", i.id(), "text", i.text())).toList());
        question.put("right", m.right().stream().map(i -> Map.of("id", i.id(), "text", i.text())).toList());
      }
      json.put("question", question);
      service.store().answerOf(s.id(), p.id(), st.current(), st.vote()).ifPresent(a ->
          json.put("yourAnswer", JsonBodies.MAPPER.valueToTree(ResponseCodec.parse(a.response()))));
      if (st.phase() == LivePhase.CLOSED || st.phase() == LivePhase.REVEALED) {
        List<Map<String, Object>> ds = new ArrayList<>();
        for (int vote = 1; vote <= st.vote(); vote++) {
          Distribution d = Distribution.of(q, vote, service.store().answers(s.id(), st.current(), vote));
          if (d.byVerdict() && !st.keyShown()) {
            continue;
          }
          Map<String, Object> one = new LinkedHashMap<>();
          one.put("vote", vote);
          one.put("answers", d.answers());
          one.put("bars", d.bars().stream().map(b -> Map.of("id", b.id(), "count", b.count(), "percent",
              b.percent())).toList());
          ds.add(one);
        }
        json.put("distributions", ds);
      }
      if (st.keyShown()) {
        FeedbackBox box = key(q, service.preset(s).audience());
        json.put("key", Map.of("response", JsonBodies.MAPPER.valueToTree(q.key()), "inWords", box.key(),
            "explanations", box.items().stream().map(i -> Map.of("verdict", i.verdict(), "text", i.text(),
                "source", i.citation())).toList()));
      }
    }
    return json;
  }

  /** What the instructor's API sees: the whole state, the join code and link, distributions and the key. */
  private Map<String, Object> instructorJson(Context ctx, LiveSession s) {
    LiveViews.Projector view = projector(ctx, s);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sessionId", s.id());
    json.put("joinCode", s.joinCode());
    json.put("joinUrl", view.joinUrl());
    json.put("preset", s.presetId());
    json.put("chosen", s.chosen());
    json.put("questionIds", s.questionIds());
    json.put("countdownSeconds", s.countdown().getSeconds());
    view.countdown().ifPresent(c -> json.put("voteEnds", c.iso()));
    json.put("recordsParticipation", s.recordsParticipation());
    json.put("revision", s.state().revision());
    json.put("phase", s.state().phase().key());
    json.put("question", s.state().current() + 1);
    json.put("questions", s.state().questions());
    json.put("vote", s.state().vote());
    json.put("joined", view.joined());
    json.put("answered", view.answered());
    json.put("moves", view.moves().stream().map(LiveViews.MoveButton::key).toList());
    json.put("distributions", view.distributions());
    view.key().ifPresent(k -> json.put("key", Map.of("inWords", k.key(), "explanations", k.items())));
    return json;
  }

  private static Map<String, Object> reportJson(LiveViews.Report r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("sessionId", r.sessionId());
    json.put("quiz", r.quiz());
    json.put("phase", r.phase());
    json.put("joined", r.joined());
    json.put("recordsParticipation", r.records());
    json.put("questions", r.questions());
    json.put("participants", r.participants().stream().map(p -> {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("name", p.name());
      one.put("answered", p.answered());
      one.put("right", p.right());
      one.put("attemptId", p.attemptId().orElse(null));
      return one;
    }).toList());
    return json;
  }

  private LiveViews.Report report(LiveSession s) {
    return LiveReport.of(s, title(service.preset(s)), service.questions(s), service.store().participants(s.id()),
        service.store().answers(s.id()));
  }
}
