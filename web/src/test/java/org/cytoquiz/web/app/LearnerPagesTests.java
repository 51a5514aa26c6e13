package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.Form;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.web.attempt.ResumeCode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The learner's day over HTTP, on the real app and a real SQLite database: feedback in terms of what the learner
 * chose, coming back to an attempt (same browser and, with the resume code, another device), answers that never
 * vanish, certainty-based marks that add up, the result summary, and the catalog's groups.
 */
class LearnerPagesTests {

  @RegisterExtension final TestApp app = TestApp.perTest();

  /** A browser of its own: its own cookies, following no redirects. */
  final class Device {
    final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) {
      return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : app.base() + path)).GET().build());
    }

    HttpResponse<String> post(String path, List<Map.Entry<String, String>> form) {
      String body = form.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
      return send(HttpRequest.newBuilder(URI.create(app.base() + path))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> post(String path, Map<String, String> form) {
      return post(path, new ArrayList<>(form.entrySet()));
    }

    private HttpResponse<String> send(HttpRequest request) {
      return TestApp.exchange(client, request, HttpResponse.BodyHandlers.ofString());
    }

    String csrf() {
      return TestApp.csrf(get("/").body());
    }

    /** Starts the quiz from its start page (a new attempt even if one is under way); returns the attempt id. */
    String start(String quizId, String learner) {
      HttpResponse<String> r = post("/quizzes/" + quizId + "/attempts",
          Map.of("csrf", csrf(), "learner", learner, "fresh", "1"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
      return r.headers().firstValue("Location").orElseThrow().replaceAll(".*/attempts/([^/]+)/.*", "$1");
    }
  }

  private List<Question> form(String quizId, String attemptId) {
    QuizPreset preset = BundledCourse.curriculum().preset(quizId);
    long seed = app.store().find(attemptId).orElseThrow().seed();
    return Form.draw(ItemBank.build(BundledCourse.curriculum(), preset.audience()), preset, seed).questions();
  }

  /** The form fields that give {@code response} to {@code q}. */
  private static List<Map.Entry<String, String>> fields(Question q, Response response) {
    List<Map.Entry<String, String>> fields = new ArrayList<>();
    if (response instanceof Response.Choice c) {
      c.selected().forEach(id -> fields.add(Map.entry("selected", id)));
    } else if (response instanceof Response.Text t) {
      fields.add(Map.entry("text", t.text()));
    } else {
      ((Response.Pairs) response).pairs().forEach((l, r) -> fields.add(Map.entry("pair." + l, r)));
    }
    return fields;
  }

  /** A wrong response to {@code q}: a wrong option, a wrong text, or every pair shifted by one. */
  private static Response wrong(Question q) {
    if (q instanceof Matching m) {
      Map<String, String> pairs = new LinkedHashMap<>();
      for (Item left : m.left()) {
        String right = m.answer().get(left.id());
        pairs.put(left.id(), m.right().stream().map(Item::id).filter(id -> !id.equals(right)).findFirst().orElseThrow());
      }
      return new Response.Pairs(pairs);
    }
    if (q instanceof TextEntry) {
      return new Response.Text("zzzz");
    }
    return new Response.Choice(List.of(q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id()));
  }

  private static String text(String html) {
    return html.replaceAll("<[^>]+>", " ").replaceAll("&nbsp;", " ").replaceAll("\\s+", " ");
  }

  @Nested
  class Feedback {

    @Test
    void aWrongTrueOrFalseChoiceWithNoExplanationOfItsOwnEndsItsStatusWithAFullStop() {
      // True and false explain the one statement on the right option; the chosen wrong one must not end in ":".
      Device device = new Device();
      for (int round = 0; round < 40; round++) {
        String id = device.start("patient-basics", "");
        List<Question> questions = form("patient-basics", id);
        for (int n = 1; n <= questions.size(); n++) {
          if (questions.get(n - 1) instanceof org.cytoquiz.quiz.question.TrueFalse q) {
            Option chosen = q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
            assertThat(device.post("/attempts/" + id + "/questions/" + n, List.of(Map.entry("csrf", device.csrf()),
                Map.entry("selected", chosen.id()))).statusCode()).isEqualTo(303);
            String page = device.get("/attempts/" + id + "/questions/" + n).body();
            String feedback = text(page.substring(page.indexOf("id=\"feedback\"")));
            assertThat(feedback).contains(chosen.text() + " You chose this — not right. ")
                .doesNotContain("not right:");
            assertThat(page).doesNotContainPattern(":\\s*</strong>\\s*</p>");
            return;
          }
        }
      }
      throw new AssertionError("no patient form had a true/false question");
    }

    @Test
    void aMultipleResponseAnswerIsExplainedOptionByOptionInTermsOfWhatWasTicked() {
      // Start patient attempts until one has a multiple-response question with at least two right options.
      Device device = new Device();
      for (int round = 0; round < 40; round++) {
        String id = device.start("patient-basics", "");
        List<Question> questions = form("patient-basics", id);
        for (int n = 1; n <= questions.size(); n++) {
          if (questions.get(n - 1) instanceof MultipleResponse q && q.options().stream().filter(Option::correct).count() >= 2) {
            Option ticked = q.options().stream().filter(Option::correct).findFirst().orElseThrow();
            Option missed = q.options().stream().filter(o -> o.correct() && o != ticked).findFirst().orElseThrow();
            List<Map.Entry<String, String>> form = new ArrayList<>(List.of(Map.entry("csrf", device.csrf()),
                Map.entry("selected", ticked.id())));
            assertThat(device.post("/attempts/" + id + "/questions/" + n, form).statusCode()).isEqualTo(303);
            String page = device.get("/attempts/" + id + "/questions/" + n).body();
            String feedback = text(page.substring(page.indexOf("id=\"feedback\"")));
            assertThat(feedback).contains("Your answer: " + ticked.text())
                .contains(missed.text() + " True — you missed this one.")
                .contains(ticked.text() + " You chose this — it is right.")
                .doesNotContain("Yes, that's right").doesNotContain("Right!");
            for (Option o : q.options()) {
              if (!o.correct()) {
                assertThat(feedback).contains(o.text() + " Not true — you were right to leave it out.");
              }
            }
            return;
          }
        }
      }
      throw new AssertionError("no patient form had a multiple-response question with two right options");
    }

    @Test
    void aWrongSingleChoiceSaysWhatWasChosenAndWhichIsRight() {
      Device device = new Device();
      for (int round = 0; round < 40; round++) {
        String id = device.start("staff-practice", "Nurse Test");
        List<Question> questions = form("staff-practice", id);
        for (int n = 1; n <= questions.size(); n++) {
          Question q = questions.get(n - 1);
          if (q.options().size() >= 3 && !(q instanceof MultipleResponse)) {
            Option chosen = q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
            Option right = q.options().stream().filter(Option::correct).findFirst().orElseThrow();
            assertThat(device.post("/attempts/" + id + "/questions/" + n, List.of(Map.entry("csrf", device.csrf()),
                Map.entry("selected", chosen.id()))).statusCode()).isEqualTo(303);
            String page = device.get("/attempts/" + id + "/questions/" + n).body();
            String feedback = text(page.substring(page.indexOf("id=\"feedback\"")));
            assertThat(feedback).contains("✗ Incorrect (0 of 1 mark)")
                .contains(chosen.text() + " Your answer — incorrect: " + chosen.feedback().text())
                .contains(right.text() + " The correct answer — not selected.")
                .doesNotContain("Correct.");
            assertThat(page).contains("class=\"answer wrong chosen\"");
            return;
          }
        }
      }
      throw new AssertionError("no staff practice form had a single-choice question");
    }
  }

  @Nested
  class Resume {

    @Test
    void theAttemptCookieReachesTheCatalogWhichOffersToContinue() {
      Device device = new Device();
      String id = device.start("patient-basics", "");
      HttpResponse<String> catalog = device.get("/");
      assertThat(catalog.body()).contains("Continue the quiz you started").contains("href=\"/attempts/" + id + "\"");
      assertThat(new Device().get("/").body()).doesNotContain("Continue the quiz you started");
    }

    @Test
    void startingAQuizUnderWayOffersToContinueAndStartsAgainOnlyWhenAsked() {
      Device device = new Device();
      String first = device.start("patient-basics", "");
      String startPage = device.get("/quizzes/patient-basics").body();
      assertThat(startPage).contains("You have already started this quiz").contains("href=\"/attempts/" + first + "\"")
          .contains("Start again from the beginning").doesNotContain(">Start the quiz<");
      HttpResponse<String> again = device.post("/quizzes/patient-basics/attempts", Map.of("csrf", device.csrf()));
      assertThat(again.statusCode()).isEqualTo(409);
      assertThat(again.body()).contains("Continue where you left off");
      assertThat(app.store().list(org.cytoquiz.web.attempt.AttemptFilter.all(100))).hasSize(1);
      HttpResponse<String> fresh = device.post("/quizzes/patient-basics/attempts",
          Map.of("csrf", device.csrf(), "fresh", "1"));
      assertThat(fresh.statusCode()).isEqualTo(303);
      assertThat(fresh.headers().firstValue("Location").orElseThrow()).doesNotContain(first);
    }

    @Test
    void aResumeCodeOpensThatAttemptAloneOnASecondDevice() throws Exception {
      Device phone = new Device();
      String id = phone.start("patient-basics", "");
      String other = new Device().start("patient-basics", "");
      List<Question> questions = form("patient-basics", id);
      Question first = questions.get(0);
      List<Map.Entry<String, String>> answer = new ArrayList<>(fields(first, first.key()));
      answer.add(Map.entry("csrf", phone.csrf()));
      assertThat(phone.post("/attempts/" + id + "/questions/1", answer).statusCode()).isEqualTo(303);
      String page = phone.get("/attempts/" + id + "/questions/2").body();
      Matcher m = Pattern.compile("<strong class=\"code\">([0-9A-Z]{4}-[0-9A-Z]{4})</strong>").matcher(page);
      assertThat(m.find()).as("a resume code on the question page").isTrue();
      String code = m.group(1);
      assertThat(page).contains("href=\"/resume/" + code + "\"");
      assertThat(phone.get("/attempts/" + id + "/finish").body()).contains(code);

      // Stored only as a hash.
      try (Connection c = app.database().dataSource().getConnection(); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT code_hash, attempt_id FROM resume_code")) {
        List<String> hashes = new ArrayList<>();
        while (r.next()) {
          hashes.add(r.getString(1));
          assertThat(r.getString(1)).doesNotContain(code.replace("-", ""));
        }
        assertThat(hashes).contains(ResumeCode.hash(code.replace("-", "")));
      }

      Device laptop = new Device();
      assertThat(laptop.get("/attempts/" + id + "/questions/1").statusCode()).isEqualTo(404);
      HttpResponse<String> resumed = laptop.post("/resume",
          Map.of("csrf", laptop.csrf(), "code", code.toLowerCase().replace("-", " ")));
      assertThat(resumed.statusCode()).isEqualTo(303);
      assertThat(resumed.headers().firstValue("Location").orElseThrow()).isEqualTo("/attempts/" + id);
      assertThat(laptop.get("/attempts/" + id).headers().firstValue("Location").orElseThrow()).endsWith("/questions/2");
      String onLaptop = laptop.get("/attempts/" + id + "/questions/1").body();
      assertThat(onLaptop).contains(code).contains("1 of " + questions.size() + " answered");
      // The code opens that attempt only.
      assertThat(laptop.get("/attempts/" + other + "/questions/1").statusCode()).isEqualTo(404);
      HttpResponse<String> forged = app.get("/attempts/" + other + "/questions/1",
          org.cytoquiz.web.http.Web.attemptCookie(other), code.replace("-", ""));
      assertThat(forged.statusCode()).isEqualTo(404);
      // And the laptop can answer and submit it.
      Question second = questions.get(1);
      List<Map.Entry<String, String>> next = new ArrayList<>(fields(second, second.key()));
      next.add(Map.entry("csrf", laptop.csrf()));
      assertThat(laptop.post("/attempts/" + id + "/questions/2", next).statusCode()).isEqualTo(303);
      assertThat(app.store().answers(id)).hasSize(2);
    }

    @Test
    void wrongCodesAreToldApartAndLimitedPerAddress() {
      Device guesser = new Device();
      String csrf = guesser.csrf();
      HttpResponse<String> malformed = guesser.post("/resume", Map.of("csrf", csrf, "code", "abc"));
      assertThat(malformed.statusCode()).isEqualTo(400);
      assertThat(malformed.body()).contains("A resume code has 8 letters and digits");
      int refused = 0;
      for (int i = 0; i < 12; i++) {
        HttpResponse<String> r = guesser.post("/resume", Map.of("csrf", csrf, "code", String.format("ZZZZ%04d", i)));
        if (r.statusCode() == 429) {
          refused++;
          assertThat(r.headers().firstValue("Retry-After")).isPresent();
          assertThat(r.body()).contains("Too many codes");
        } else {
          assertThat(r.statusCode()).isEqualTo(400);
          assertThat(r.body()).contains("No quiz has that code");
        }
      }
      assertThat(refused).isEqualTo(2);
      // Even the right code waits once the address is over its limit.
      String id = new Device().start("patient-basics", "");
      assertThat(id).isNotEmpty();
      assertThat(guesser.post("/resume", Map.of("csrf", csrf, "code", "0000-0000")).statusCode()).isEqualTo(429);
    }
  }

  @Nested
  class AnswersKept {

    @Test
    void nextQuestionSavesTheChoiceAndMovingOnWithNothingSavesNothing() {
      Device device = new Device();
      String id = device.start("staff-certification", "Nurse Next");
      List<Question> questions = form("staff-certification", id);
      Question first = questions.get(0);
      List<Map.Entry<String, String>> form = new ArrayList<>(fields(first, first.key()));
      form.add(Map.entry("certainty", "2"));
      form.add(Map.entry("go", "next"));
      form.add(Map.entry("csrf", device.csrf()));
      HttpResponse<String> r = device.post("/attempts/" + id + "/questions/1", form);
      assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/questions/2?saved=1");
      assertThat(app.store().answers(id)).singleElement().satisfies(a -> assertThat(a.certainty()).hasValue(2));
      assertThat(device.get("/attempts/" + id + "/questions/2?saved=1").body())
          .contains("Your answer to question 1 is saved.");
      HttpResponse<String> skip = device.post("/attempts/" + id + "/questions/2",
          Map.of("csrf", device.csrf(), "go", "next"));
      assertThat(skip.headers().firstValue("Location").orElseThrow()).endsWith("/questions/3");
      assertThat(app.store().answers(id)).hasSize(1);
    }

    @Test
    void aMissingCertaintyKeepsEveryMatchingChoiceAndSaysWhatToDoInTheWordsOnScreen() {
      Device device = new Device();
      for (int round = 0; round < 40; round++) {
        String id = device.start("staff-certification", "Nurse Matching");
        List<Question> questions = form("staff-certification", id);
        for (int n = 1; n <= questions.size(); n++) {
          if (questions.get(n - 1) instanceof Matching q) {
            List<Map.Entry<String, String>> form = new ArrayList<>(fields(q, q.key()));
            form.add(Map.entry("csrf", device.csrf()));
            HttpResponse<String> r = device.post("/attempts/" + id + "/questions/" + n, form);
            assertThat(r.statusCode()).isEqualTo(400);
            String page = r.body();
            for (Map.Entry<String, String> pair : q.answer().entrySet()) {
              Matcher select = Pattern.compile("<select id=\"pair-" + Pattern.quote(pair.getKey())
                  + "\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(page);
              assertThat(select.find()).isTrue();
              assertThat(select.group(1)).contains("<option value=\"" + pair.getValue() + "\" selected>");
            }
            assertThat(page).contains("Choose how sure you are: “Not sure”, “Fairly sure” or “Sure”.")
                .doesNotContain("choose 1, 2 or 3");
            int certaintyField = page.indexOf("<legend>How sure are you?</legend>");
            int message = page.indexOf("id=\"certainty-error\"");
            assertThat(message).isGreaterThan(certaintyField).isLessThan(page.indexOf("id=\"certainty-1\""));
            assertThat(page).contains("aria-describedby=\"certainty-hint certainty-error\"");
            assertThat(app.store().answers(id)).isEmpty();
            return;
          }
        }
      }
      throw new AssertionError("no certification form had a matching question");
    }

    @Test
    void aRefusedAnswerIsNotCalledSavedInTheComeBackLaterBox() {
      Device device = new Device();
      String id = device.start("staff-certification", "Nurse Refused");
      String fresh = device.get("/attempts/" + id + "/questions/1").body();
      assertThat(fresh).contains("Each answer is kept as soon as you save it.").doesNotContain("Your answers are saved.");
      Question q = form("staff-certification", id).get(0);
      List<Map.Entry<String, String>> fields = new ArrayList<>(fields(q, q.key()));
      fields.add(Map.entry("csrf", device.csrf()));
      HttpResponse<String> refused = device.post("/attempts/" + id + "/questions/1", fields);
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.body()).contains("Your answer is not saved yet")
          .contains("The answers you saved before are kept; this one is not saved yet.")
          .doesNotContain("Your answers are saved.");
      fields.add(Map.entry("certainty", "2"));
      assertThat(device.post("/attempts/" + id + "/questions/1", fields).statusCode()).isEqualTo(303);
      assertThat(device.get("/attempts/" + id + "/questions/2").body()).contains("Your answers are saved.");
    }

    @Test
    void aMissingAnswerKeepsTheCertaintyAndPointsAtTheAnswers() {
      Device device = new Device();
      String id = device.start("staff-certification", "Nurse Blank");
      HttpResponse<String> r = device.post("/attempts/" + id + "/questions/1",
          Map.of("csrf", device.csrf(), "certainty", "3"));
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("id=\"answer-error\"").contains("<title>Error: Question 1 of")
          .containsPattern("id=\"certainty-3\" name=\"certainty\" value=\"3\" checked");
    }
  }

  @Nested
  class CertaintyAndResult {

    @Test
    void aNegativeTotalIsShownAsSuchWithTheRuleThatMakesItZeroPercentAndAFail() {
      Device device = new Device();
      String id = device.start("staff-certification", "Nurse Sure");
      List<Question> questions = form("staff-certification", id);
      for (int n = 1; n <= questions.size(); n++) {
        Question q = questions.get(n - 1);
        List<Map.Entry<String, String>> form = new ArrayList<>(fields(q, wrong(q)));
        form.add(Map.entry("certainty", "3"));
        form.add(Map.entry("csrf", device.csrf()));
        assertThat(device.post("/attempts/" + id + "/questions/" + n, form).statusCode()).isEqualTo(303);
      }
      assertThat(device.post("/attempts/" + id + "/submit", Map.of("csrf", device.csrf())).statusCode())
          .isEqualTo(303);
      String result = text(device.get("/attempts/" + id + "/result").body());
      int max = 3 * questions.size();
      assertThat(result).contains("−" + 6 * questions.size() + " of " + max + " marks")
          .contains("a total below zero counts as 0%").contains("0%")
          .contains("Not passed: the pass mark is 80%").contains("so this attempt did not pass.")
          .contains("How sure you said you were: Sure (right +3, wrong −6)")
          .contains("−6 of a possible 3 marks");
    }

    @Test
    void theResultSummarisesByTopicOffersTheWrongOnesAndATryAgainButton() {
      Device device = new Device();
      String id = device.start("patient-basics", "");
      List<Question> questions = form("patient-basics", id);
      for (int n = 1; n <= questions.size(); n++) {
        Question q = questions.get(n - 1);
        List<Map.Entry<String, String>> form = new ArrayList<>(fields(q, n == 1 ? wrong(q) : q.key()));
        form.add(Map.entry("csrf", device.csrf()));
        assertThat(device.post("/attempts/" + id + "/questions/" + n, form).statusCode()).isEqualTo(303);
      }
      device.post("/attempts/" + id + "/submit", Map.of("csrf", device.csrf()));
      String result = device.get("/attempts/" + id + "/result").body();
      assertThat(text(result)).contains("How you did on each topic")
          .contains("Review the one I got wrong").contains("Try again with new questions");
      assertThat(result).contains("action=\"/quizzes/patient-basics/attempts\"");
      // The next steps come right after the score, before the topic table, within a phone's first screen.
      assertThat(result.indexOf("Try again with new questions")).isLessThan(result.indexOf("id=\"topics-heading\""));
      assertThat(result.indexOf("I got wrong</a>")).isGreaterThan(result.indexOf("class=\"summary-card"))
          .isLessThan(result.indexOf("id=\"topics-heading\""));
      String onlyWrong = device.get("/attempts/" + id + "/result?show=wrong").body();
      assertThat(onlyWrong).contains("Question 1: ").doesNotContain("Question 2: ");
      HttpResponse<String> again = device.post("/quizzes/patient-basics/attempts",
          Map.of("csrf", TestApp.csrf(result), "fresh", "1", "learner", ""));
      assertThat(again.statusCode()).isEqualTo(303);
      String second = again.headers().firstValue("Location").orElseThrow().replaceAll(".*/attempts/([^/]+)/.*", "$1");
      assertThat(second).isNotEqualTo(id);
      assertThat(app.store().find(second).orElseThrow().seed()).isNotEqualTo(app.store().find(id).orElseThrow().seed());
    }

    @Test
    void theStaffStartPageExplainsCertaintyMarksBeforeTheQuizBegins() {
      String page = text(new Device().get("/quizzes/staff-certification").body());
      assertThat(page).contains("How the marks work").contains("Sure +3 −6").contains("Fairly sure +2 −2")
          .contains("a total below zero counts as 0%");
      assertThat(text(new Device().get("/quizzes/patient-basics").body())).doesNotContain("How the marks work");
    }
  }

  @Test
  void theCatalogGroupsPatientAndStaffQuizzesUnderHeadingsWithWholeCardLinks() {
    String page = new Device().get("/").body();
    int patients = page.indexOf(">For patients and families</h2>");
    int staff = page.indexOf(">For hospital staff</h2>");
    assertThat(patients).isPositive();
    assertThat(staff).isGreaterThan(patients);
    assertThat(page.indexOf("href=\"/quizzes/patient-basics\"")).isBetween(patients, staff);
    assertThat(page.indexOf("href=\"/quizzes/staff-certification\"")).isGreaterThan(staff);
    assertThat(page).contains("class=\"card-link\" href=\"/quizzes/patient-basics\"");
  }
}
