package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statistics pages under certainty-based marking (the staff certification, marks −6..3 per question), through
 * HTTP: figures inside 0-100 %, histogram and mean in agreement, pictures inside their axes, "n/a" without data.
 */
class StatisticsPageTests {

  static final Pattern BAR = Pattern.compile(
      "<rect x=\"([-0-9.E]+)\" y=\"([-0-9.E]+)\" width=\"([-0-9.E]+)\" height=\"([-0-9.E]+)\" class=\"bar\"/>");
  static final Pattern POINT = Pattern.compile("<circle cx=\"([-0-9.E]+)\" cy=\"([-0-9.E]+)\"");

  @RegisterExtension final TestApp app = TestApp.perTest();

  void signIn() {
    String csrf = TestApp.csrf(app.get("/instructor/login").body());
    assertThat(app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD)).statusCode())
        .isEqualTo(303);
  }

  /** Starts and submits a staff attempt answering every choice question with option {@code pick} at certainty 3. */
  void submitAttempt(int pick) {
    HttpResponse<String> started = app.send("POST", "/api/v1/attempts", null,
        "{\"quiz\": \"staff-certification\", \"learner\": \"RN " + pick + "\"}");
    String id = json(started).path("attemptId").asText();
    String token = json(started).path("token").asText();
    if (pick >= 0) {
      for (JsonNode q : json(app.send("GET", "/api/v1/attempts/" + id, token, null)).path("questions")) {
        if (q.has("options") && q.path("options").size() > pick && !"multiple-response".equals(q.path("kind").asText())) {
          String option = q.path("options").get(pick).path("id").asText();
          assertThat(app.send("PUT", "/api/v1/attempts/" + id + "/answers/" + q.path("id").asText(), token,
              "{\"selected\": [\"" + option + "\"], \"certainty\": 3}").statusCode()).isEqualTo(200);
        }
      }
    }
    assertThat(app.send("POST", "/api/v1/attempts/" + id + "/submit", token, null).statusCode()).isEqualTo(200);
  }

  @Test
  void figuresStayWithinTheirRangeUnderCertaintyBasedMarking() {
    submitAttempt(0);
    submitAttempt(1);
    submitAttempt(2);
    submitAttempt(-1);
    signIn();
    JsonNode stats = json(app.get("/api/v1/instructor/quizzes/staff-certification/statistics"));
    assertThat(stats.path("attempts").asInt()).isEqualTo(4);
    double mean = stats.path("mean").asDouble();
    assertThat(mean).isBetween(0.0, 100.0);
    int counted = 0;
    double lowest = 100;
    double highest = 0;
    for (int i = 0; i < 10; i++) {
      int count = stats.path("histogram").get(i).asInt();
      counted += count;
      if (count > 0) {
        lowest = Math.min(lowest, i * 10);
        highest = Math.max(highest, i * 10 + 10);
      }
    }
    assertThat(counted).as("every attempt in the histogram").isEqualTo(4);
    assertThat(mean).as("the mean lies among the histogram's bars").isBetween(lowest, highest);
    for (JsonNode item : stats.path("items")) {
      if (!item.path("facility").isNull()) {
        assertThat(item.path("facility").asDouble()).as(item.toString()).isBetween(0.0, 100.0);
      }
    }

    String page = app.get("/instructor/quizzes/staff-certification/statistics").body();
    Matcher bars = BAR.matcher(page);
    int barCount = 0;
    while (bars.find()) {
      barCount++;
      double x = Double.parseDouble(bars.group(1));
      double y = Double.parseDouble(bars.group(2));
      double w = Double.parseDouble(bars.group(3));
      double h = Double.parseDouble(bars.group(4));
      assertThat(x).isBetween(50.0, 390.0);
      assertThat(x + w).isBetween(50.0, 390.0);
      assertThat(y).isBetween(15.0, 180.0);
      assertThat(y + h).isCloseTo(180.0, org.assertj.core.api.Assertions.within(1e-6));
    }
    assertThat(barCount).isEqualTo(10);
    Matcher points = POINT.matcher(page);
    while (points.find()) {
      assertThat(Double.parseDouble(points.group(1))).isBetween(50.0, 390.0);
      assertThat(Double.parseDouble(points.group(2))).isBetween(15.0, 180.0);
    }
  }

  @Test
  void withoutAttemptsFiguresAreNotAvailableAndNoQuestionIsWeak() {
    signIn();
    JsonNode stats = json(app.get("/api/v1/instructor/quizzes/staff-certification/statistics"));
    assertThat(stats.path("attempts").asInt()).isZero();
    assertThat(stats.path("mean").isNull()).isTrue();
    for (JsonNode item : stats.path("items")) {
      assertThat(item.path("facility").isNull()).isTrue();
      assertThat(item.path("weak").asBoolean()).isFalse();
    }
    String page = app.get("/instructor/quizzes/staff-certification/statistics").body();
    assertThat(page).contains("<dt>Mean score (0% the lowest possible total, 100% the highest)</dt><dd>n/a</dd>")
        .contains("0 questions flagged for review").doesNotContain("<circle");
    assertThat(page).contains("<td data-label=\"Facility\">n/a</td>");
  }
}
