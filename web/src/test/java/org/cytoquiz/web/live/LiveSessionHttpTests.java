package org.cytoquiz.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.live.Live.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytoquiz.web.app.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live sessions through HTTP on the real app and a real SQLite file. */
class LiveSessionHttpTests {

  @TempDir
  Path dir;

  @Test
  void aPeerInstructionSessionKeepsTheKeyBackUntilTheRevealAndRecordsAttempts() {
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client instructor = new Live.Client(app).signIn();
      JsonNode started = instructor.start("staff-practice", true);
      String id = started.path("sessionId").asText();
      String code = started.path("joinCode").asText();
      assertThat(started.path("phase").asText()).isEqualTo("lobby");
      assertThat(started.path("joinUrl").asText()).endsWith("/live?code=" + code);

      Live.Client phones = new Live.Client(app);
      List<String> tokens = new ArrayList<>();
      for (String name : List.of("Nurse A", "Nurse B", "Doctor C")) {
        tokens.add(phones.join(code.toLowerCase().substring(0, 4) + "-" + code.substring(4), name));
      }
      BlockingQueue<String> events = phones.events(id, tokens.get(0));
      BlockingQueue<String> everything = phones.events(id, tokens.get(1));
      assertThat(Live.awaitState(events, 0).path("phase").asText()).isEqualTo("lobby");

      List<String> beforeReveal = new ArrayList<>();
      JsonNode open = instructor.moved(id, "open");
      assertThat(open.path("joined").asInt()).isEqualTo(3);
      assertThat(Live.awaitState(events, 1).path("phase").asText()).isEqualTo("open");
      HttpResponse<String> seen = phones.state(id, tokens.get(0));
      beforeReveal.add(seen.body());
      JsonNode question = parse(seen.body()).path("question");
      assertThat(parse(seen.body()).has("key")).isFalse();
      assertThat(parse(seen.body()).has("distributions")).isFalse();

      // first vote: two pick one answer, one another; a re-send counts once, a change is refused
      assertThat(phones.answer(id, tokens.get(0), 1, 1, Live.response(question, 0)).statusCode()).isEqualTo(200);
      HttpResponse<String> again = phones.answer(id, tokens.get(0), 1, 1, Live.response(question, 0));
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(parse(again.body()).path("counted").asText()).isEqualTo("before");
      assertThat(phones.answer(id, tokens.get(0), 1, 1, Live.response(question, 1)).statusCode()).isEqualTo(409);
      assertThat(phones.answer(id, tokens.get(1), 1, 1, Live.response(question, 0)).statusCode()).isEqualTo(200);
      assertThat(phones.answer(id, tokens.get(2), 1, 1, Live.response(question, 1)).statusCode()).isEqualTo(200);
      assertThat(phones.answer(id, tokens.get(2), 1, 2, Live.response(question, 1)).statusCode()).isEqualTo(409);
      assertThat(instructor.get("/api/v1/instructor/live/" + id).body()).contains("\"answered\":3");

      JsonNode closed = instructor.moved(id, "close");
      assertThat(closed.path("moves").toString()).contains("second-vote", "reveal", "end").doesNotContain("next");
      String latecomer = phones.join(code, "Latecomer E");
      HttpResponse<String> late = phones.answer(id, latecomer, 1, 1, Live.response(question, 1));
      assertThat(late.statusCode()).isEqualTo(409);
      assertThat(parse(late.body()).path("type").asText()).isEqualTo("vote-closed");
      // a re-send of an answer counted before the close is still acknowledged, and still counted once
      assertThat(phones.answer(id, tokens.get(1), 1, 1, Live.response(question, 0)).statusCode()).isEqualTo(200);
      seen = phones.state(id, tokens.get(1));
      beforeReveal.add(seen.body());
      assertThat(parse(seen.body()).has("key")).isFalse();
      assertThat(parse(seen.body()).path("distributions").size()).isLessThanOrEqualTo(1);
      assertThat(instructor.move(id, "next").statusCode()).isEqualTo(409);

      instructor.moved(id, "second-vote");
      for (String token : tokens) {
        assertThat(phones.answer(id, token, 1, 2, Live.response(question, 0)).statusCode()).isEqualTo(200);
      }
      beforeReveal.add(phones.state(id, tokens.get(2)).body());
      instructor.moved(id, "close");
      beforeReveal.add(phones.state(id, tokens.get(2)).body());
      JsonNode revealed = instructor.moved(id, "reveal");
      assertThat(revealed.path("distributions").size()).isEqualTo(2);
      JsonNode shown = parse(phones.state(id, tokens.get(2)).body());
      assertThat(shown.has("key")).isTrue();
      assertThat(Live.explanations(shown).toList()).isNotEmpty().allSatisfy(text ->
          assertThat(beforeReveal).allSatisfy(body -> assertThat(body).doesNotContain(text)));
      assertThat(shown.path("key").path("explanations").get(0).path("source").asText()).contains("paragraph");
      // the event stream carries the state only, never the key, before or after the reveal
      Live.awaitState(events, revealed.path("revision").asLong());
      List<String> pushed = new ArrayList<>();
      everything.drainTo(pushed);
      assertThat(pushed).hasSizeGreaterThanOrEqualTo(2);
      assertThat(Live.explanations(shown).toList()).allSatisfy(text ->
          assertThat(pushed).allSatisfy(event -> assertThat(event).doesNotContain(text)));

      // the rest of the questions go by without votes; then the end stores each named person's attempt
      int questions = revealed.path("questions").asInt();
      for (int q = 2; q <= questions; q++) {
        instructor.moved(id, "next");
        instructor.moved(id, "close");
        instructor.moved(id, "reveal");
      }
      assertThat(instructor.move(id, "next").statusCode()).isEqualTo(409);
      JsonNode ended = instructor.moved(id, "end");
      assertThat(ended.path("phase").asText()).isEqualTo("ended");

      JsonNode report = parse(instructor.get("/api/v1/instructor/live/" + id + "/report").body());
      assertThat(report.path("participants").size()).isEqualTo(4);
      boolean firstRight = shown.path("key").path("response").equals(parse(Live.response(question, 0)));
      JsonNode q1 = report.path("questions").get(0);
      assertThat(q1.path("firstAnswers").asInt()).isEqualTo(3);
      assertThat(q1.path("secondAnswers").asInt()).isEqualTo(3);
      assertThat(q1.path("secondRight").asInt()).isEqualTo(firstRight ? 3 : 0);
      for (JsonNode p : report.path("participants")) {
        assertThat(p.path("attemptId").isTextual()).as(p.toString()).isTrue();
        assertThat(p.path("answered").asInt()).isEqualTo(p.path("name").asText().equals("Latecomer E") ? 0 : 1);
      }
      JsonNode results = parse(instructor.get("/api/v1/instructor/results").body());
      assertThat(results.toString()).contains("Nurse A", "Nurse B", "Doctor C");
      String csv = instructor.get("/instructor/live/" + id + "/report.csv").body();
      assertThat(csv).startsWith("section,question,text_or_name,vote,answers,right,share_right_percent,attempt");
      assertThat(csv).contains("participant,,Nurse A,,1,");
      assertThat(csv.lines().filter(l -> l.startsWith("question,1,")).count()).isEqualTo(2);

      // the code stops working with the session
      HttpResponse<String> rejoin = phones.json("POST", "/api/v1/live/join", null, "{\"code\": \"" + code
          + "\", \"name\": \"Late\"}");
      assertThat(rejoin.statusCode()).isEqualTo(404);
    }
  }

  @Test
  void onlyTheLoginThatStartedASessionControlsIt() {
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client owner = new Live.Client(app).signIn();
      String id = owner.start("staff-practice", false).path("sessionId").asText();
      Live.Client other = new Live.Client(app).signIn();
      assertThat(other.get("/api/v1/instructor/live/" + id).statusCode()).isEqualTo(404);
      assertThat(other.move(id, "open").statusCode()).isEqualTo(404);
      assertThat(other.get("/instructor/live/" + id).statusCode()).isEqualTo(404);
      Live.Client anonymous = new Live.Client(app);
      assertThat(anonymous.move(id, "open").statusCode()).isEqualTo(401);
      assertThat(owner.moved(id, "open").path("phase").asText()).isEqualTo("open");
    }
  }

  @Test
  void wrongCodesAreRefusedAndThenRateLimited() {
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client phone = new Live.Client(app);
      for (int i = 0; i < LiveService.MAX_FAILED_JOINS; i++) {
        assertThat(phone.json("POST", "/api/v1/live/join", null, "{\"code\": \"BCDF2345\"}").statusCode())
            .isEqualTo(404);
      }
      HttpResponse<String> limited = phone.json("POST", "/api/v1/live/join", null, "{\"code\": \"BCDF2345\"}");
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(parse(limited.body()).path("type").asText()).isEqualTo("too-many-joins");
    }
  }

  @Test
  void aSessionThatRecordsParticipationAsksForANameAndOneThatDoesNotStoresNone() {
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client instructor = new Live.Client(app).signIn();
      String recorded = instructor.start("staff-practice", true).path("joinCode").asText();
      HttpResponse<String> nameless = instructor.json("POST", "/api/v1/live/join", null, "{\"code\": \"" + recorded
          + "\"}");
      assertThat(nameless.statusCode()).isEqualTo(400);
      assertThat(parse(nameless.body()).path("type").asText()).isEqualTo("name-needed");
      JsonNode anonymous = instructor.start("staff-practice", false);
      String token = instructor.join(anonymous.path("joinCode").asText(), "Given Anyway");
      JsonNode state = parse(instructor.state(anonymous.path("sessionId").asText(), token).body());
      assertThat(state.has("name")).isFalse();
    }
  }

  @Test
  void thePhonePageWorksWithoutScriptAndShowsTheKeyOnlyAfterTheReveal() {
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client instructor = new Live.Client(app).signIn();
      JsonNode started = instructor.start("staff-practice", true);
      String id = started.path("sessionId").asText();
      String code = started.path("joinCode").asText();
      Live.Client phone = new Live.Client(app);
      String joinPage = phone.get("/live?code=" + code).body();
      assertThat(joinPage).contains(JoinCodes.display(code));
      HttpResponse<String> joined = phone.post("/live/join", Map.of("csrf", TestApp.csrf(joinPage), "code", code,
          "name", "Nurse D"));
      assertThat(joined.statusCode()).isEqualTo(303);
      assertThat(joined.headers().firstValue("Location")).hasValue("/live/s/" + id);
      assertThat(phone.get("/live/s/" + id).body()).contains("You are in", "Refresh");

      instructor.moved(id, "open");
      String page = phone.get("/live/s/" + id).body();
      assertThat(page).contains("Send my answer").doesNotContain("Right answer");
      String csrf = TestApp.csrf(page);
      Map<String, String> form = new java.util.HashMap<>(Map.of("csrf", csrf, "question", "1", "vote", "1"));
      form.putAll(formAnswer(page));
      HttpResponse<String> sent = phone.post("/live/s/" + id + "/answers", form);
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
      String after = phone.get("/live/s/" + id).body();
      assertThat(after).contains("Your answer").doesNotContain("Send my answer").doesNotContain("Right answer");
      instructor.moved(id, "close");
      assertThat(phone.get("/live/s/" + id).body()).doesNotContain("Right answer");
      instructor.moved(id, "reveal");
      assertThat(phone.get("/live/s/" + id).body()).contains("Right answer", "paragraph");

      String projector = instructor.get("/instructor/live/" + id).body();
      assertThat(projector).contains(JoinCodes.display(code), "<svg class=\"qr\"", "Next question", "Right answer");
      // the chart's caption hands live.js its phrase, one form per plural category, "{#}" for the number
      assertThat(projector).contains("<figcaption id=\"vote-1-caption\" data-phrases=\"{&#34;one&#34;:&#34;First vote: "
          + "{#} answer&#34;,&#34;other&#34;:&#34;First vote: {#} answers&#34;}\">First vote: 1 answer</figcaption>");
      assertThat(instructor.get("/instructor/live/" + id + "?chart=hidden").body())
          .contains("Show the answer chart").doesNotContain("live-bars");
      assertThat(instructor.get("/instructor/live").body()).contains(JoinCodes.display(code));
    }
  }

  /** The form fields that answer the question shown on a phone page: its first option, pair or a word. */
  static Map<String, String> formAnswer(String page) {
    Matcher option = Pattern.compile("name=\"selected\" value=\"([^\"]+)\"").matcher(page);
    if (option.find()) {
      return Map.of("selected", option.group(1));
    }
    Matcher pair = Pattern.compile("name=\"(pair\\.[^\"]+)\">\\s*<option value=\"\">[^<]*</option>\\s*"
        + "<option value=\"([^\"]+)\"").matcher(page);
    if (pair.find()) {
      return Map.of(pair.group(1), pair.group(2));
    }
    return Map.of("text", "interferon");
  }

  @Test
  void aRestartInTheMiddleLosesNothingAndTheSessionGoesOn() {
    String id;
    String token;
    String question;
    Live.Client instructor;
    try (TestApp app = TestApp.sqlite(dir)) {
      instructor = new Live.Client(app).signIn();
      JsonNode started = instructor.start("staff-practice", false);
      id = started.path("sessionId").asText();
      token = instructor.join(started.path("joinCode").asText(), null);
      instructor.moved(id, "open");
      question = parse(instructor.state(id, token).body()).path("question").toString();
      assertThat(instructor.answer(id, token, 1, 1, Live.response(parse(question), 0)).statusCode()).isEqualTo(200);
    }
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client phone = new Live.Client(app);
      JsonNode state = parse(phone.state(id, token).body());
      assertThat(state.path("phase").asText()).isEqualTo("open");
      assertThat(state.path("yourAnswer").isObject()).isTrue();
      assertThat(phone.answer(id, token, 1, 1, Live.response(parse(question), 0)).statusCode()).isEqualTo(200);
      // the instructor's login is stored too, so the same browser goes on controlling the session
      JsonNode closed = instructor.on(app).moved(id, "close");
      assertThat(closed.path("answered").asInt()).isEqualTo(1);
      assertThat(new Live.Client(app).signIn().move(id, "reveal").statusCode()).isEqualTo(404);
    }
  }
}
