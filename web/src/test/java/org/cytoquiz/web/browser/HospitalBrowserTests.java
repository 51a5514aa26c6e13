package org.cytoquiz.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.web.app.TestApp;
import org.cytoquiz.web.app.WebApp;
import org.cytoquiz.web.attempt.ResponseJson;
import org.cytoquiz.web.instructor.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The instructor's and the hospital's pages in Debian's Chromium, at 1366 px and at 320 CSS px: results (sorted,
 * paged, filtered), attempt detail, statistics, review status, the certificate and the public verify page. Each
 * page passes axe-core (WCAG 2.2 AA), fits its width without sideways scrolling (WCAG 1.4.10), and is saved with a
 * screenshot under {@code target/pages} for the HTML checker. A certificate is verified through its code.
 */
class HospitalBrowserTests {

  static final Path CHROMEDRIVER = Browser.CHROMEDRIVER;
  static final Path CHROMIUM = Browser.CHROMIUM;
  static final Path AXE = Browser.AXE;
  static final Path OUT = Browser.OUT;

  @TempDir Path dir;
  @TempDir Path profile;
  TestApp app;
  ChromeDriver driver;
  int page;

  @BeforeEach
  void start() throws IOException {
    boolean required = "1".equals(System.getenv("CYTOQUIZ_REQUIRE_BROWSER"));
    boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM) && Files.isRegularFile(AXE);
    if (required) {
      assertThat(present).as("chromium, chromium-driver and axe-core (run .ci/run) are needed").isTrue();
    }
    Assumptions.assumeTrue(present, "browser tests need Debian's chromium and chromium-driver and axe-core");
    Files.createDirectories(OUT);
    Path logo = dir.resolve("logo.svg");
    Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
        + "<rect width=\"120\" height=\"40\" fill=\"#0b4f8a\"/></svg>");
    app = TestApp.sqlite(dir.resolve("db"), new WebApp.Settings(false, ZoneId.of("Europe/London"),
        Organisation.of("St Elsewhere Hospital", Optional.of(logo))));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath());
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build(), options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (app != null) {
      app.close();
    }
  }

  /** Starts an attempt through the API; answers every question with its key when {@code pass}; submits if asked. */
  String attempt(String quiz, String learner, boolean pass, boolean submit) throws IOException {
    HttpResponse<String> r = app.send("POST", "/api/v1/attempts", null, learner == null
        ? "{\"quiz\": \"" + quiz + "\"}" : "{\"quiz\": \"" + quiz + "\", \"learner\": \"" + learner + "\"}");
    String id = TestApp.json(r).path("attemptId").asText();
    String token = TestApp.json(r).path("token").asText();
    if (pass) {
      Map<String, Question> bank = new HashMap<>();
      for (Audience a : Audience.values()) {
        ItemBank.build(BundledCourse.curriculum(), a).questions().forEach(q -> bank.put(q.id(), q));
      }
      for (JsonNode q : TestApp.json(app.send("GET", "/api/v1/attempts/" + id, token, null)).path("questions")) {
        Map<String, Object> key = new HashMap<>(ResponseJson.toMap(bank.get(q.path("id").asText()).key()));
        if (quiz.startsWith("staff")) {
          key.put("certainty", 3);
        }
        app.send("PUT", "/api/v1/attempts/" + id + "/answers/" + q.path("id").asText(), token,
            new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(key));
      }
    }
    if (submit) {
      app.send("POST", "/api/v1/attempts/" + id + "/submit", token, null);
    }
    return id;
  }

  @Test
  void anInstructorAndAHospitalUseThePagesOnADesktopAndOnA320PixelPhone() throws Exception {
    String passed = attempt("staff-certification", "Zoë Ångström-Łukasz, RN 1042", true, true);
    attempt("staff-certification", "RN 7", false, true);
    attempt("patient-basics", null, true, true);
    String open = attempt("staff-certification", "RN 9", false, false);
    for (int i = 0; i < 11; i++) {
      attempt("staff-practice", "Nurse " + i, false, false);
    }

    driver.manage().window().setSize(new Dimension(1366, 900));
    driver.get(app.base() + "/instructor/login");
    driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
    Browser.clickAndWait(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
    assertThat(driver.getCurrentUrl()).endsWith("/instructor");

    List<String> pages = List.of("/instructor", "/instructor?sort=learner&dir=asc&size=10&page=2",
        "/instructor?quiz=patient-basics", "/instructor/attempts/" + passed, "/instructor/attempts/" + open,
        "/instructor/quizzes/staff-certification/statistics", "/instructor/review",
        "/instructor/attempts/" + passed + "/certificate", "/verify");
    for (String width : List.of("desktop", "phone")) {
      if (width.equals("phone")) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 320, "height", 740,
            "deviceScaleFactor", 1, "mobile", true));
      }
      for (String path : pages) {
        driver.get(app.base() + path);
        check(width + path.replaceAll("[^a-z0-9]+", "-"));
      }
    }
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());

    // The passed attempt's certificate verifies through its code on the public page, typed into the form.
    driver.get(app.base() + "/instructor/attempts/" + passed + "/certificate");
    String code = driver.findElement(By.className("certificate-code")).getText();
    assertThat(driver.getPageSource()).contains("St Elsewhere Hospital").contains("Medical review overdue");
    driver.manage().deleteAllCookies();
    driver.get(app.base() + "/verify");
    driver.findElement(By.id("code")).sendKeys(code.toLowerCase());
    driver.findElement(By.cssSelector(".verify-form button")).click();
    // The form's GET redirects to the code's page: wait for that page, not for the form page still showing.
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(
        org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(By.className("verify-result")));
    assertThat(driver.getCurrentUrl()).endsWith("/verify/" + code.replace("-", ""));
    assertThat(driver.findElement(By.id("verify-found")).getText()).contains("Certificate confirmed");
    assertThat(driver.findElement(By.className("verify-result")).getText()).contains("Zoë Ångström-Łukasz, RN 1042")
        .contains("Passed").doesNotContain("%");
    check("verified");
  }

  /** Runs axe-core, checks the page fits its width, saves its HTML and a screenshot. */
  private void check(String name) throws IOException {
    page++;
    String file = String.format("hospital-%02d-%s", page, name);
    String html = serverHtml();
    Files.writeString(OUT.resolve(file + ".html"), html, StandardCharsets.UTF_8);
    Files.write(OUT.resolve(file + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    JavascriptExecutor js = driver;
    Object overflow = js.executeScript("var w = document.documentElement.clientWidth;"
        + "var wide = []; document.querySelectorAll('body *').forEach(function (e) {"
        + "  var r = e.getBoundingClientRect(); if (r.width > 0 && (r.right > w + 1 || r.left < -1)) {"
        + "    wide.push(e.tagName + '.' + e.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right)); } });"
        + "return document.documentElement.scrollWidth > w ? 'page ' + document.documentElement.scrollWidth + ' > ' + w"
        + "  + ': ' + wide.slice(0, 5).join('; ') : '';");
    assertThat(overflow).as("no sideways scrolling on %s", name).isEqualTo("");
    String axe = Files.readString(AXE, StandardCharsets.UTF_8);
    Object violations = js.executeAsyncScript(axe
        + "\nvar done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}})"
        + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
        + "  return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })));"
        + "}).catch(function (e) { done('axe failed: ' + e); });");
    assertThat(violations).as("axe on %s (%s)", name, driver.getCurrentUrl()).isEqualTo("[]");
  }

  private String serverHtml() {
    String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
    try {
      HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(driver.getCurrentUrl().replaceAll("#.*$", "")))
              .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isIn(200, 404);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
