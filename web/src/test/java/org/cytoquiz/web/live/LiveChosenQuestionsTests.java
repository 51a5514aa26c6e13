package org.cytoquiz.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.live.Live.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cytoquiz.web.app.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Live sessions on questions the instructor picks from an item bank, through HTTP on the real app and SQLite. */
class LiveChosenQuestionsTests {

  private static final Pattern PICKABLE = Pattern.compile("name=\"question\" value=\"([^\"]+)\"");

  @TempDir
  Path dir;

  /** The ids of the questions the pick page lists, in its order. */
  private static List<String> pickable(String html) {
    List<String> ids = new ArrayList<>();
    Matcher m = PICKABLE.matcher(html);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** Posts a form whose fields may repeat (pairs of name and value). */
  private static HttpResponse<String> postForm(Live.Client client, String path, List<String[]> fields) {
    String body = fields.stream().map(f -> URLEncoder.encode(f[0], StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(f[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    return client.send(HttpRequest.newBuilder(URI.create(client.base + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private static JsonNode startChosen(Live.Client instructor, String preset, List<String> ids, boolean records) {
    HttpResponse<String> r = instructor.json("POST", "/api/v1/instructor/live", null, "{\"preset\": \"" + preset
        + "\", \"recordsParticipation\": " + records + ", \"questions\": [" + ids.stream().map(i -> '"' + i + '"')
        .collect(Collectors.joining(", ")) + "]}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return TestApp.json(r);
  }

  @Test
  void theFormStartsASessionOnTheTickedQuestionsInTheOrderNumbered() {
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client instructor = new Live.Client(app).signIn();
      HttpResponse<String> page = instructor.get("/instructor/live/choose?bank=staff");
      assertThat(page.statusCode()).isEqualTo(200);
      List<String> bank = pickable(page.body());
      assertThat(bank).hasSizeGreaterThan(5);
      String csrf = TestApp.csrf(page.body());
      // ticked: the 1st (numbered 2), the 4th (no number: last) and the 6th (numbered 1)
      HttpResponse<String> started = postForm(instructor, "/instructor/live/chosen", List.of(
          new String[] {"csrf", csrf}, new String[] {"preset", "staff-practice"}, new String[] {"records", "on"},
          new String[] {"question", bank.get(0)}, new String[] {"position-" + bank.get(0), "2"},
          new String[] {"question", bank.get(3)}, new String[] {"position-" + bank.get(3), ""},
          new String[] {"question", bank.get(5)}, new String[] {"position-" + bank.get(5), "1"},
          new String[] {"position-" + bank.get(1), "3"}));
      assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
      String id = started.headers().firstValue("Location").orElseThrow().replace("/instructor/live/", "");
      JsonNode session = parse(instructor.get("/api/v1/instructor/live/" + id).body());
      assertThat(session.path("chosen").asBoolean()).isTrue();
      assertThat(session.path("questions").asInt()).isEqualTo(3);
      assertThat(session.path("questionIds").toString())
          .isEqualTo("[\"" + bank.get(5) + "\",\"" + bank.get(0) + "\",\"" + bank.get(3) + "\"]");
      assertThat(instructor.get("/instructor/live/" + id).body()).contains("Live: ");
    }
  }

  @Test
  void thePickPageFiltersByBankTopicAndKind() {
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client instructor = new Live.Client(app).signIn();
      List<String> staff = pickable(instructor.get("/instructor/live/choose?bank=staff").body());
      List<String> patient = pickable(instructor.get("/instructor/live/choose?bank=patient").body());
      assertThat(patient).isNotEmpty().doesNotContainAnyElementsOf(staff);
      String trueFalse = instructor.get("/instructor/live/choose?bank=staff&kind=true-false").body();
      assertThat(pickable(trueFalse)).isNotEmpty().hasSizeLessThan(staff.size());
      assertThat(trueFalse).contains("class=\"meta\">True or false, ").doesNotContain("class=\"meta\">Single choice, ");
      Matcher topic = Pattern.compile("<option value=\"([^\"]+)\"[^>]*>[^<]+</option>")
          .matcher(trueFalse.substring(trueFalse.indexOf("id=\"topic\"")));
      assertThat(topic.find()).isTrue();
      assertThat(topic.find()).isTrue(); // the first is "every topic"
      List<String> oneTopic = pickable(instructor.get("/instructor/live/choose?bank=staff&topic="
          + topic.group(1)).body());
      assertThat(oneTopic).isNotEmpty().hasSizeLessThan(staff.size());
      assertThat(instructor.get("/instructor/live/choose?bank=nurses").statusCode()).isEqualTo(400);
      assertThat(app.anonymous().get("/instructor/live/choose").statusCode()).isNotEqualTo(200);
    }
  }

  @Test
  void aPickedListIsCheckedAndRefusedWithAReason() {
    try (TestApp app = TestApp.sqlite(dir)) {
      Live.Client instructor = new Live.Client(app).signIn();
      List<String> staff = pickable(instructor.get("/instructor/live/choose?bank=staff").body());
      List<String> patient = pickable(instructor.get("/instructor/live/choose?bank=patient").body());
      record Refused(String body, String says) {}
      for (Refused r : List.of(
          new Refused("{\"preset\": \"staff-practice\", \"questions\": []}", "at least one question"),
          new Refused("{\"preset\": \"staff-practice\", \"questions\": [\"" + staff.get(0) + "\", \"" + staff.get(0)
              + "\"]}", "picked twice"),
          new Refused("{\"preset\": \"staff-practice\", \"questions\": [\"" + patient.get(0) + "\"]}",
              "not in the staff bank"),
          new Refused("{\"preset\": \"staff-practice\", \"questions\": [\"no-such-question\"]}", "no-such-question"),
          new Refused("{\"preset\": \"staff-practice\", \"questions\": \"" + staff.get(0) + "\"}", "list"),
          new Refused("{\"preset\": \"staff-practice\", \"questions\": [3]}", "questions[0]"),
          new Refused("{\"preset\": \"nope\", \"questions\": [\"" + staff.get(0) + "\"]}", "can run live"))) {
        HttpResponse<String> response = instructor.json("POST", "/api/v1/instructor/live", null, r.body());
        assertThat(response.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(response.body()).as(r.body()).contains(r.says());
      }
    }
  }

  @Test
  void aPickedSessionRunsSurvivesARestartAndFilesEachNamedPersonsAttempt() {
    List<String> chosen;
    String id;
    String code;
    List<String> tokens = new ArrayList<>();
    Live.Client instructor;
    Live.Client phones;
    try (TestApp app = TestApp.sqlite(dir)) {
      instructor = new Live.Client(app).signIn();
      List<String> staff = pickable(instructor.get("/instructor/live/choose?bank=staff").body());
      chosen = List.of(staff.get(staff.size() - 1), staff.get(2), staff.get(7));
      JsonNode started = startChosen(instructor, "staff-practice", chosen, true);
      id = started.path("sessionId").asText();
      code = started.path("joinCode").asText();
      phones = new Live.Client(app);
      tokens.add(phones.join(code, "Nurse A"));
      tokens.add(phones.join(code, "Nurse B"));
      instructor.moved(id, "open");
      JsonNode question = parse(phones.state(id, tokens.get(0)).body()).path("question");
      assertThat(question.path("id").asText()).isEqualTo(chosen.get(0));
      assertThat(phones.answer(id, tokens.get(0), 1, 1, Live.response(question, 0)).statusCode()).isEqualTo(200);
    }
    try (TestApp app = TestApp.sqlite(dir)) {
      instructor = instructor.on(app);
      phones = phones.on(app);
      JsonNode state = parse(phones.state(id, tokens.get(1)).body());
      assertThat(state.path("question").path("id").asText()).isEqualTo(chosen.get(0));
      assertThat(phones.answer(id, tokens.get(1), 1, 1, Live.response(state.path("question"), 1)).statusCode())
          .isEqualTo(200);
      instructor.moved(id, "close");
      instructor.moved(id, "reveal");
      for (int q = 2; q <= chosen.size(); q++) {
        instructor.moved(id, "next");
        JsonNode asked = parse(phones.state(id, tokens.get(0)).body()).path("question");
        assertThat(asked.path("id").asText()).isEqualTo(chosen.get(q - 1));
        assertThat(asked.path("number").asInt()).isEqualTo(q);
        assertThat(phones.answer(id, tokens.get(0), q, 1, Live.response(asked, 0)).statusCode()).isEqualTo(200);
        instructor.moved(id, "close");
        instructor.moved(id, "reveal");
      }
      instructor.moved(id, "end");

      JsonNode report = parse(instructor.get("/api/v1/instructor/live/" + id + "/report").body());
      assertThat(report.path("questions").size()).isEqualTo(3);
      List<String> attempts = new ArrayList<>();
      for (JsonNode p : report.path("participants")) {
        assertThat(p.path("attemptId").isTextual()).as(p.toString()).isTrue();
        attempts.add(p.path("attemptId").asText());
      }
      assertThat(attempts).hasSize(2);
      JsonNode results = parse(instructor.get("/api/v1/instructor/results").body());
      assertThat(results.toString()).contains("Nurse A", "Nurse B");
      // each attempt holds the picked questions, marked and reviewable like any attempt
      for (String attempt : attempts) {
        HttpResponse<String> detail = instructor.get("/instructor/attempts/" + attempt);
        assertThat(detail.statusCode()).as(detail.body()).isEqualTo(200);
      }
      JsonNode statistics = parse(instructor.get("/api/v1/instructor/quizzes/staff-practice/statistics").body());
      assertThat(statistics.toString()).contains(chosen.get(0), chosen.get(1), chosen.get(2));
      // ending again records nothing twice
      assertThat(instructor.move(id, "end").statusCode()).isEqualTo(409);
      assertThat(parse(instructor.get("/api/v1/instructor/results").body()).toString().split("Nurse A", -1))
          .hasSize(2);
    }
  }
}
