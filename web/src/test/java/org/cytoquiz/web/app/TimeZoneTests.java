package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.app.TestApp.json;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instructor pages, filters and CSV in a configured time zone. Kiritimati (UTC+14) and Pago Pago (UTC−11) are 25
 * hours apart, so their dates always differ: a filter read in any other zone than the configured one shows it.
 */
class TimeZoneTests {

  static final ZoneId KIRITIMATI = ZoneId.of("Pacific/Kiritimati");
  static final ZoneId PAGO_PAGO = ZoneId.of("Pacific/Pago_Pago");

  @TempDir Path dir;
  TestApp app;

  String attemptId;
  String token;

  @BeforeEach
  void start() {
    app = TestApp.sqlite(dir, new WebApp.Settings(false, KIRITIMATI));
    HttpResponse<String> started = app.send("POST", "/api/v1/attempts", null,
        "{\"quiz\": \"staff-certification\", \"learner\": \"RN 7\"}");
    attemptId = json(started).path("attemptId").asText();
    token = json(started).path("token").asText();
    String csrf = TestApp.csrf(app.get("/instructor/login").body());
    assertThat(app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD)).statusCode())
        .isEqualTo(303);
  }

  @AfterEach
  void stop() {
    app.close();
  }

  int found(String query) {
    return json(app.get("/api/v1/instructor/results?" + query)).path("results").size();
  }

  @Test
  void dateFiltersAreDaysInTheConfiguredZone() {
    LocalDate today = LocalDate.now(KIRITIMATI);
    assertThat(found("from=" + today + "&to=" + today)).isEqualTo(1);
    assertThat(found("to=" + LocalDate.now(PAGO_PAGO))).as("Pago Pago's today is before Kiritimati's").isZero();
    assertThat(found("from=" + today.plusDays(1))).isZero();
  }

  @Test
  void pagesAndCsvSayWhichZoneTheirTimesAreIn() throws Exception {
    assertThat(app.get("/instructor").body()).contains("Times in Pacific/Kiritimati");
    assertThat(json(app.get("/api/v1/instructor/results")).path("timeZone").asText()).isEqualTo("Pacific/Kiritimati");
    HttpResponse<String> csv = app.get("/instructor/results.csv");
    java.util.List<org.apache.commons.csv.CSVRecord> rows = org.apache.commons.csv.CSVFormat.RFC4180.builder()
        .setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(csv.body().substring(1)))
        .getRecords();
    assertThat(rows.get(0).get("time_zone")).isEqualTo("Pacific/Kiritimati");
    // The local date-time in the configured zone, in the form a spreadsheet reads as a date: it lies within the
    // minute of now as Kiritimati reads its clocks (UTC+14), whatever the machine's zone.
    java.time.LocalDateTime started = java.time.LocalDateTime.parse(rows.get(0).get("started").replace(' ', 'T'));
    assertThat(java.time.Duration.between(started, java.time.LocalDateTime.now(KIRITIMATI)).abs())
        .isLessThan(java.time.Duration.ofMinutes(2));
  }

  @Test
  void theResultPageGivesTheDayInTheConfiguredZone() throws Exception {
    app.send("POST", "/api/v1/attempts/" + attemptId + "/submit", token, null);
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    HttpResponse<String> page = client.send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(app.base() + "/attempts/" + attemptId + "/result"))
        .header("Cookie", "cq_a_" + attemptId + "=" + token).build(), HttpResponse.BodyHandlers.ofString());
    String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
        .format(LocalDate.now(KIRITIMATI));
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("submitted on " + day);
  }
}
