package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.web.attempt.ResponseJson;
import org.cytoquiz.web.http.Web;
import org.cytoquiz.web.instructor.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructor's and the hospital's day, through HTTP against the real application on SQLite: certificates a
 * hospital accepts and their public verify page, quizzes without a pass mark, the results table (search, sort,
 * pages, hiding abandoned attempts), attempt detail, and the CSV a spreadsheet opens.
 */
class HospitalTests {

  static final String STAFF = "staff-certification";
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @TempDir Path dir;
  TestApp app;
  Map<String, Question> bank = new HashMap<>();

  record Attempt(String id, String token) {
    String api() {
      return "/api/v1/attempts/" + id;
    }
  }

  @BeforeEach
  void start() throws Exception {
    Path logo = dir.resolve("logo.svg");
    Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>");
    app = TestApp.sqlite(dir.resolve("db"), new WebApp.Settings(false, BERLIN,
        Organisation.of("St Elsewhere Hospital", Optional.of(logo))));
    var kb = BundledCourse.curriculum();
    for (var audience : org.cytoquiz.core.Audience.values()) {
      ItemBank.build(kb, audience).questions().forEach(q -> bank.put(q.id(), q));
    }
  }

  @AfterEach
  void stop() {
    app.close();
  }

  Attempt begin(String quiz, String learner) {
    String body = learner == null ? "{\"quiz\": \"" + quiz + "\"}"
        : "{\"quiz\": \"" + quiz + "\", \"learner\": \"" + learner + "\"}";
    HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null, body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return new Attempt(json(r).path("attemptId").asText(), json(r).path("token").asText());
  }

  /** Answers every question with its key at full certainty (where asked) and submits: a pass. */
  Attempt pass(String quiz, String learner) throws Exception {
    Attempt a = begin(quiz, learner);
    for (JsonNode q : json(app.send("GET", a.api(), a.token(), null)).path("questions")) {
      Map<String, Object> key = new HashMap<>(ResponseJson.toMap(bank.get(q.path("id").asText()).key()));
      if (quiz.startsWith("staff")) {
        key.put("certainty", 3);
      }
      HttpResponse<String> saved = app.send("PUT", a.api() + "/answers/" + q.path("id").asText(), a.token(),
          TestApp.JSON.writeValueAsString(key));
      assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }
    HttpResponse<String> done = app.send("POST", a.api() + "/submit", a.token(), null);
    assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
    return a;
  }

  void signIn() {
    String csrf = TestApp.csrf(app.get("/instructor/login").body());
    assertThat(app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD)).statusCode())
        .isEqualTo(303);
  }

  static String code(String certificate) {
    Matcher m = Pattern.compile("class=\"certificate-code\">([0-9A-Z-]+)<").matcher(certificate);
    assertThat(m.find()).as("a verification code on the certificate").isTrue();
    return m.group(1);
  }

  @Test
  void aCertificateNamesTheOrganisationAndVerifiesThroughItsCodeOnThePublicPage() throws Exception {
    Attempt a = pass(STAFF, "Zoë Łukasz, RN 1042");
    HttpResponse<String> cert = app.get("/attempts/" + a.id() + "/certificate", Web.attemptCookie(a.id()), a.token());
    assertThat(cert.statusCode()).isEqualTo(200);
    String page = cert.body();
    assertThat(page).contains("St Elsewhere Hospital").contains("src=\"/organisation-logo\"")
        .contains("Zoë Łukasz, RN 1042").contains("Cytokine therapy certification for staff")
        .contains("100%").contains("pass mark 80%").contains("(Europe/Berlin)")
        .contains("Valid until").contains("2 years from the day it was passed")
        // The shipped content's medical review is overdue: the certificate says so.
        .contains("Medical review overdue");
    String code = code(page);
    assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}");

    // A second print, and the instructor's reprint, carry the same code.
    assertThat(code(app.get("/attempts/" + a.id() + "/certificate", Web.attemptCookie(a.id()), a.token()).body()))
        .isEqualTo(code);
    signIn();
    HttpResponse<String> reprint = app.get("/instructor/attempts/" + a.id() + "/certificate");
    assertThat(reprint.statusCode()).isEqualTo(200);
    assertThat(code(reprint.body())).isEqualTo(code);
    assertThat(app.get("/instructor/attempts/" + a.id()).body())
        .contains("href=\"/instructor/attempts/" + a.id() + "/certificate\"");

    // The public verify page, for anyone without a session: typed loosely, it finds the certificate.
    TestApp.Anonymous anyone = app.anonymous();
    HttpResponse<String> typed = anyone.get("/verify?code=" + code.toLowerCase().replace("-", "+"));
    assertThat(typed.statusCode()).isEqualTo(303);
    String target = typed.headers().firstValue("Location").orElseThrow();
    assertThat(target).isEqualTo("/verify/" + code.replace("-", ""));
    HttpResponse<String> verified = anyone.get(target);
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(verified.body()).contains("Certificate confirmed").contains("Zoë Łukasz, RN 1042")
        .contains("Cytokine therapy certification for staff").contains("Passed")
        .contains(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
            .format(java.time.LocalDate.now(BERLIN)))
        // Nothing else: no score, no attempt id, no answers, no validity.
        .doesNotContain("100%").doesNotContain(a.id()).doesNotContain("Valid until").doesNotContain("Question 1");

    // An unknown code, and one that cannot be a code, confirm nothing.
    String other = code.charAt(0) == '7' ? "8" + code.substring(1) : "7" + code.substring(1);
    HttpResponse<String> unknown = anyone.get("/verify/" + other.replace("-", ""));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("No certificate has this code").doesNotContain("Zoë");
    assertThat(anyone.get("/verify?code=%3Cscript%3E").statusCode()).isEqualTo(400);
    assertThat(anyone.get("/verify").statusCode()).isEqualTo(200);

    // The logo is served from the app, as an image that can run nothing.
    HttpResponse<String> logo = anyone.get("/organisation-logo");
    assertThat(logo.statusCode()).isEqualTo(200);
    assertThat(logo.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
    assertThat(logo.headers().firstValue("Content-Security-Policy")).get().asString().contains("sandbox");
  }

  @Test
  void aFailedOrPatientAttemptHasNoCertificateAndTheInstructorCannotReprintOne() {
    Attempt failed = begin(STAFF, "RN 9");
    app.send("POST", failed.api() + "/submit", failed.token(), null);
    assertThat(app.get("/attempts/" + failed.id() + "/certificate", Web.attemptCookie(failed.id()), failed.token())
        .statusCode()).isEqualTo(404);
    signIn();
    assertThat(app.get("/instructor/attempts/" + failed.id() + "/certificate").statusCode()).isEqualTo(404);
    assertThat(app.get("/instructor/attempts/" + failed.id()).body()).doesNotContain("Reprint the certificate");
  }

  @Test
  void aQuizWithoutAPassMarkShowsADashAndStaysOutOfPassFilters() throws Exception {
    Attempt patient = pass("patient-basics", null);
    Attempt staff = begin(STAFF, "RN 5");
    app.send("POST", staff.api() + "/submit", staff.token(), null);
    signIn();
    JsonNode all = json(app.get("/api/v1/instructor/results"));
    JsonNode patientRow = null;
    for (JsonNode r : all.path("results")) {
      patientRow = r.path("attemptId").asText().equals(patient.id()) ? r : patientRow;
    }
    assertThat(patientRow).isNotNull();
    assertThat(patientRow.path("passed").isNull()).as("passed is null, not true").isTrue();
    assertThat(patientRow.path("passMark").isNull()).isTrue();
    assertThat(ids(json(app.get("/api/v1/instructor/results?passed=yes")))).doesNotContain(patient.id());
    assertThat(ids(json(app.get("/api/v1/instructor/results?passed=no")))).containsExactly(staff.id());
    String table = app.get("/instructor?quiz=patient-basics").body();
    assertThat(table).contains("<td data-label=\"Passed\">—</td>").contains("<td data-label=\"Pass mark\">—</td>")
        .doesNotContain("<td data-label=\"Passed\">Yes</td>");
    assertThat(app.get("/instructor/attempts/" + patient.id()).body()).contains("<dt>Passed</dt><dd>—</dd>");
  }

  static List<String> ids(JsonNode results) {
    List<String> ids = new ArrayList<>();
    results.path("results").forEach(r -> ids.add(r.path("attemptId").asText()));
    return ids;
  }

  @Test
  void theResultsTableSearchesSortsAndPagesInTheQueryString() {
    signIn();
    List<String> names = List.of("Ada", "bea", "Cy", "Dee", "Eve", "Fay", "Gus", "Hal", "Ivy", "Jo", "Kai", "Lu");
    for (String n : names) {
      begin(STAFF, "Nurse " + n);
    }
    String first = app.get("/instructor?sort=learner&dir=asc&size=10").body();
    assertThat(first).contains("12 attempts. Page 1 of 2").contains("aria-sort=\"ascending\"");
    assertThat(learners(first)).containsExactly("Nurse Ada", "Nurse bea", "Nurse Cy", "Nurse Dee", "Nurse Eve",
        "Nurse Fay", "Nurse Gus", "Nurse Hal", "Nurse Ivy", "Nurse Jo");
    String second = app.get("/instructor?sort=learner&dir=asc&size=10&page=2").body();
    assertThat(learners(second)).containsExactly("Nurse Kai", "Nurse Lu");
    assertThat(second).contains("aria-current=\"page\"").contains("Previous");
    assertThat(learners(app.get("/instructor?sort=learner&dir=desc&size=10").body()).get(0)).isEqualTo("Nurse Lu");
    assertThat(learners(app.get("/instructor?q=BEA").body())).containsExactly("Nurse bea");
    // The sort link of the column sorted by now turns the order round; other filters stay in every link.
    assertThat(first).contains("href=\"/instructor?sort=learner&amp;dir=desc&amp;size=10\"");
    assertThat(app.get("/instructor?sort=colour").statusCode()).isEqualTo(400);
    assertThat(app.get("/instructor?size=7").statusCode()).isEqualTo(400);
    assertThat(app.get("/instructor?page=0").statusCode()).isEqualTo(400);
  }

  static List<String> learners(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("<td data-label=\"Learner\">([^<]*)</td>").matcher(html);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void anAbandonedAttemptIsHiddenAndShownAgainWithARecordOfWho() throws Exception {
    Attempt abandoned = begin(STAFF, "Nurse Gone");
    Attempt done = pass(STAFF, "Nurse Done");
    signIn();
    String csrf = TestApp.csrf(app.get("/instructor/attempts/" + abandoned.id()).body());
    assertThat(app.post("/instructor/attempts/" + abandoned.id() + "/hide", Map.of("csrf", csrf, "by", " "))
        .statusCode()).isEqualTo(400);
    assertThat(app.post("/instructor/attempts/" + done.id() + "/hide", Map.of("csrf", csrf, "by", "Dr Who"))
        .statusCode()).as("a submitted attempt is a result, not abandoned").isEqualTo(400);
    assertThat(app.post("/instructor/attempts/" + abandoned.id() + "/hide", Map.of("csrf", "wrong", "by", "Dr Who"))
        .statusCode()).isEqualTo(403);
    assertThat(app.post("/instructor/attempts/" + abandoned.id() + "/hide", Map.of("csrf", csrf, "by", "Dr Who"))
        .statusCode()).isEqualTo(303);
    assertThat(ids(json(app.get("/api/v1/instructor/results")))).containsExactly(done.id());
    assertThat(ids(json(app.get("/api/v1/instructor/results?hidden=only")))).containsExactly(abandoned.id());
    assertThat(app.get("/instructor?hidden=yes").body()).contains("Hidden by Dr Who on");
    assertThat(app.get("/instructor/results.csv").body()).doesNotContain(abandoned.id());
    // Still stored: the detail page shows it, with who hid it.
    String detail = app.get("/instructor/attempts/" + abandoned.id()).body();
    assertThat(detail).contains("Hidden by Dr Who").contains("Show this attempt in the results again");

    assertThat(app.post("/instructor/attempts/" + abandoned.id() + "/show", Map.of("csrf", csrf, "by", "Nurse Lead"))
        .statusCode()).isEqualTo(303);
    assertThat(ids(json(app.get("/api/v1/instructor/results")))).containsExactlyInAnyOrder(done.id(), abandoned.id());
    assertThat(app.get("/instructor/attempts/" + abandoned.id()).body()).contains("Hidden by Dr Who on")
        .contains("Shown again by Nurse Lead on");
  }

  @Test
  void theAttemptDetailShowsEachAnswersOptionTextCertaintyAndMark() throws Exception {
    Attempt a = pass(STAFF, "RN 77");
    signIn();
    String detail = app.get("/instructor/attempts/" + a.id()).body();
    assertThat(detail).contains("<dt>Certainty</dt><dd>Sure (3)</dd>").contains("<dt>Mark</dt><dd>3 of 3</dd>")
        .contains("<dt>Duration</dt>");
    // The answer is given by the options' text, never by their internal ids.
    JsonNode questions = json(app.send("GET", a.api(), a.token(), null)).path("questions");
    for (JsonNode q : questions) {
      for (JsonNode o : q.path("options")) {
        assertThat(detail).doesNotContain("<dd>" + o.path("id").asText() + "</dd>");
      }
    }
    Question first = bank.get(questions.get(0).path("id").asText());
    first.options().stream().filter(o -> o.correct()).findFirst().ifPresent(o ->
        assertThat(detail).contains(o.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\"", "&#34;").replace("'", "&#39;")));
  }

  @Test
  void statisticsShowOptionTextAndTheCertaintyChosenPerQuestion() throws Exception {
    Attempt a = pass(STAFF, "RN 12");
    signIn();
    String stats = app.get("/instructor/quizzes/staff-certification/statistics").body();
    assertThat(stats).contains("<th scope=\"col\">Certainty chosen</th>")
        .contains("<td data-label=\"Certainty chosen\">Sure: 1</td>");
    // Choices are counted by the options' text with a mark for the right ones, not by internal ids.
    for (JsonNode q : json(app.send("GET", a.api(), a.token(), null)).path("questions")) {
      Question question = bank.get(q.path("id").asText());
      question.options().stream().filter(o -> o.correct()).findFirst().ifPresent(o -> assertThat(stats)
          .contains("✓ " + o.text().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
              .replace("\"", "&#34;").replace("'", "&#39;")));
      for (JsonNode o : q.path("options")) {
        assertThat(stats).doesNotContain(">" + o.path("id").asText() + ":");
      }
    }
    String patient = app.get("/instructor/quizzes/patient-basics/statistics").body();
    assertThat(patient).contains("<td data-label=\"Certainty chosen\">—</td>");
  }

  @Test
  void theCsvHasABomGuardedCellsLocalDateTimesDurationPassMarkAndAColumnPerQuestionMark() throws Exception {
    Attempt zoe = pass(STAFF, "Zoë");
    pass(STAFF, "Łukasz");
    begin(STAFF, "Ångström");
    begin(STAFF, "-2+3");
    begin(STAFF, "@SUM(A1)");
    signIn();
    HttpResponse<String> csv = app.get("/instructor/results.csv");
    assertThat(csv.headers().firstValue("Content-Type")).get().asString().contains("charset=utf-8");
    String body = csv.body();
    assertThat(body).startsWith("\uFEFF");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(body.substring(1))).getRecords();
    assertThat(rows).hasSize(5);
    assertThat(rows.get(0).getParser().getHeaderNames()).contains("duration", "pass_mark", "q1_mark", "q20_mark");
    Map<String, CSVRecord> byLearner = new HashMap<>();
    rows.forEach(r -> byLearner.put(r.get("learner"), r));
    assertThat(byLearner).containsKeys("Zoë", "Łukasz", "Ångström", "'-2+3", "'@SUM(A1)");
    CSVRecord z = byLearner.get("Zoë");
    assertThat(z.get("attempt_id")).isIn(zoe.id(), "'" + zoe.id());
    assertThat(z.get("started")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
    assertThat(z.get("duration")).matches("\\d+:\\d{2}:\\d{2}");
    assertThat(z.get("pass_mark")).isEqualTo("80");
    assertThat(z.get("passed")).isEqualTo("yes");
    assertThat(z.get("q1_mark")).isEqualTo("3");
    assertThat(byLearner.get("Ångström").get("q1_mark")).isEmpty();
    // Every cell that a spreadsheet could take for a formula is guarded.
    for (CSVRecord r : rows) {
      for (String cell : r) {
        if (!cell.matches("-?[0-9]+(\\.[0-9]+)?")) {
          assertThat(cell).as("cell %s", cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
              .doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r");
        }
      }
    }
    assertThat(body.getBytes(StandardCharsets.UTF_8)).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  }

  @Test
  void theReviewStatusIsAPageWithThePrintableSheetAndInstructorPagesSayWhenItIsOverdue() {
    signIn();
    String status = app.get("/instructor/review").body();
    assertThat(status).contains("Medical review overdue").contains("href=\"/instructor/review/sheet\"");
    HttpResponse<String> sheet = app.get("/instructor/review/sheet");
    assertThat(sheet.statusCode()).isEqualTo(200);
    assertThat(sheet.body()).contains("Medical review sheet");
    Attempt a = begin(STAFF, "RN 3");
    assertThat(app.get("/instructor/attempts/" + a.id()).body()).contains("Medical review overdue");
    assertThat(app.get("/instructor").body()).contains("Medical review overdue");
    // Not for anyone without a session.
    assertThat(app.anonymous().get("/instructor/review/sheet").statusCode()).isEqualTo(303);
  }
}
