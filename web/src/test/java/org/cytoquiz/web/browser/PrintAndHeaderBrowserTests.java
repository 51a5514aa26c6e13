package org.cytoquiz.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.web.app.TestApp;
import org.cytoquiz.web.app.WebApp;
import org.cytoquiz.web.attempt.ResponseJson;
import org.cytoquiz.web.instructor.Organisation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * In Chromium: every page's header shows the organisation's logo, with its name as the image's text, and the page
 * does not move whether the logo arrives or not; printed (print media, and Chromium's own PDF), the result page
 * and the certificate drop navigation, buttons and forms, the result keeps its ✓/✗ marks in ink that reads in
 * black and white, and the certificate fits one A4 page and one US Letter page; the instructor's tables keep
 * numbers, dates and words whole on a laptop.
 */
class PrintAndHeaderBrowserTests {

  static final String HOSPITAL = "St Elsewhere Hospital";

  /** A4 and US Letter, width × height in inches, as Chromium's printToPDF takes them. */
  static final Map<String, double[]> PAPER = Map.of("A4", new double[] {8.27, 11.69}, "Letter",
      new double[] {8.5, 11.0});

  /**
   * For every element shown with text of its own: its tag and class, its colour's contrast against white paper
   * (printers leave backgrounds out), and whether it is inside something the print styles should hide.
   */
  static final String INK = "function lum(c) { var m = c.match(/[\\d.]+/g).map(Number);"
      + " var a = m.length > 3 ? m[3] : 1; var v = m.slice(0, 3).map(function (x) {"
      + "   x = (x * a + 255 * (1 - a)) / 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
      + " return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
      + "var faint = []; document.querySelectorAll('body *').forEach(function (e) {"
      + "  var own = Array.prototype.some.call(e.childNodes, function (n) { return n.nodeType === 3 && n.textContent.trim(); });"
      + "  if (!own || e.getClientRects().length === 0 || getComputedStyle(e).visibility === 'hidden') { return; }"
      + "  if (e.closest('.visually-hidden')) { return; }"
      + "  var ratio = 1.05 / (lum(getComputedStyle(e).color) + 0.05);"
      + "  if (ratio < 4.5) { faint.push(e.tagName.toLowerCase() + '.' + e.className + ' \"' + e.textContent.trim().slice(0, 30)"
      + "    + '\" ' + ratio.toFixed(2)); } });"
      + "return faint.join('; ');";

  /** The shown elements that printing must hide: site header and footer, navigation, buttons, forms. */
  static final String SHOWN_CONTROLS = "var shown = [];"
      + "document.querySelectorAll('header.site, footer.site, nav, button, form, input, select, .button, .actions,"
      + " .skip').forEach(function (e) { if (e.getClientRects().length > 0) {"
      + "  shown.push(e.tagName.toLowerCase() + '.' + e.className + ' \"' + e.textContent.trim().slice(0, 30) + '\"'); } });"
      + "return shown.join('; ');";

  @TempDir Path dir;
  @TempDir Path profile;
  TestApp app;
  Browser browser;
  ChromeDriver driver;

  @BeforeEach
  void start() throws IOException {
    browser = Browser.open(profile, "print");
    driver = (ChromeDriver) browser.driver();
    Path logo = dir.resolve("logo.svg");
    // A wide logo (10:1) whose shape the page cannot know before it arrives.
    Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"40\">"
        + "<rect width=\"400\" height=\"40\" fill=\"#0b4f8a\"/></svg>");
    app = TestApp.sqlite(dir.resolve("db"), new WebApp.Settings(false, ZoneId.of("Europe/London"),
        Organisation.of(HOSPITAL, Optional.of(logo))));
  }

  @AfterEach
  void stop() {
    if (browser != null) {
      browser.close();
    }
    if (app != null) {
      app.close();
    }
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Where the header ends and where the page's h1 begins, in CSS px from the top. */
  private List<Long> layout() {
    @SuppressWarnings("unchecked")
    List<Number> edges = (List<Number>) js("return [document.querySelector('header.site').getBoundingClientRect().bottom,"
        + " document.querySelector('h1').getBoundingClientRect().top,"
        + " document.querySelector('nav[aria-label=Site]').getBoundingClientRect().left];");
    return edges.stream().map(n -> Math.round(n.doubleValue() * 10)).toList();
  }

  @Test
  void theHeaderShowsTheLogoNamedByTheOrganisationAndNothingMovesWhetherItLoadsOrNot() throws IOException {
    for (int[] size : new int[][] {{320, 640}, {390, 844}, {1366, 900}}) {
      browser.size(size[0], size[1]);
      for (String path : List.of("/", "/quizzes/staff-certification", "/verify")) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        browser.get(app.base() + path);
        var logo = driver.findElement(By.cssSelector("header.site img.organisation-logo"));
        assertThat(logo.getAttribute("alt")).isEqualTo(HOSPITAL);
        assertThat(((Number) js("return arguments[0].naturalWidth;", logo)).intValue()).as("the logo loaded")
            .isEqualTo(400);
        List<Long> loaded = layout();
        // The layout-shift entries Chromium recorded while the page loaded.
        Object shift = ((JavascriptExecutor) driver).executeAsyncScript("var done = arguments[arguments.length - 1];"
            + "var sum = 0; new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) {"
            + " sum += e.value; }); }).observe({type: 'layout-shift', buffered: true});"
            + "setTimeout(function () { done(sum); }, 200);");
        assertThat(((Number) shift).doubleValue()).as("layout shift on %s at %d px", path, size[0]).isZero();

        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*" + Organisation.LOGO_PATH)));
        browser.get(app.base() + path);
        logo = driver.findElement(By.cssSelector("header.site img.organisation-logo"));
        assertThat(((Number) js("return arguments[0].naturalWidth;", logo)).intValue()).as("the logo was blocked")
            .isZero();
        assertThat(layout()).as("header and heading with and without the logo on %s at %d px", path, size[0])
            .isEqualTo(loaded);
      }
    }
    driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    browser.size(390, 844);
    browser.get(app.base() + "/");
    browser.check("header-organisation-logo");
  }

  @Test
  void theResultPagePrintsWithoutControlsAndKeepsItsMarksInInkThatReadsInBlackAndWhite() throws IOException {
    browser.size(1366, 900);
    browser.get(app.base() + "/quizzes/patient-basics");
    browser.click(driver.findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(browser.h1()).startsWith("Question 1 of");
    String base = driver.getCurrentUrl().replaceAll("/questions/.*", "");
    // Choose the first option of every question that has options: some right, most not.
    int total = Integer.parseInt(browser.h1().replaceAll("Question 1 of (\\d+).*", "$1"));
    for (int n = 1; n <= total; n++) {
      browser.get(base + "/questions/" + n);
      var options = driver.findElements(By.cssSelector(".option label"));
      if (!options.isEmpty()) {
        options.get(0).click();
        browser.click(driver.findElement(By.cssSelector("button[name=go][value=save]")));
      }
    }
    browser.get(base + "/finish");
    browser.click(driver.findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(browser.h1()).isEqualTo("Your result");
    assertThat(js("return document.querySelectorAll('.answer .mark').length;")).as("option rows with marks")
        .isNotEqualTo(0L);

    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(js(SHOWN_CONTROLS)).as("controls shown in print").isEqualTo("");
      assertThat(js(INK)).as("text too faint on white paper").isEqualTo("");
      @SuppressWarnings("unchecked")
      List<String> marks = (List<String>) js("return Array.prototype.filter.call(document.querySelectorAll('.mark'),"
          + " function (e) { return e.getClientRects().length > 0; }).map(function (e) { return e.textContent.trim(); });");
      assertThat(marks).as("marks shown in print").contains("✓", "✗").allMatch(m -> List.of("✓", "✗", "◐").contains(m));
      // Each option row's mark is drawn in ink with an ink ring, not as white on a coloured disc.
      assertThat(js("var bad = []; document.querySelectorAll('.answer .mark').forEach(function (e) {"
          + " var s = getComputedStyle(e); if (s.color !== 'rgb(23, 33, 43)' || s.borderTopStyle === 'none') {"
          + " bad.push(s.color + ' ' + s.borderTopStyle); } }); return bad.join('; ');")).isEqualTo("");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    String text = pdfText(pdf("A4"));
    assertThat(text).contains("Your result").contains("Review your answers")
        .doesNotContain("Try again with new questions").doesNotContain("Skip to main content")
        .doesNotContain("Back to the quizzes");
  }

  @Test
  void theCertificatePrintsOnOneA4AndOneLetterPageWithoutControls() throws Exception {
    String id = passedCertification("Zoë Ångström-Łukasz, RN 1042");
    browser.size(1366, 900);
    browser.get(app.base() + "/instructor/login");
    driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
    browser.click(driver.findElement(By.cssSelector("main form button[type=submit]")));
    browser.get(app.base() + "/instructor/attempts/" + id + "/certificate");
    assertThat(browser.h1()).isEqualTo("Certificate of completion");

    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    try {
      assertThat(js(SHOWN_CONTROLS)).as("controls shown in print").isEqualTo("");
      assertThat(js(INK)).as("text too faint on white paper").isEqualTo("");
      assertThat(js("return getComputedStyle(document.querySelector('.certificate-actions')).display;"))
          .isEqualTo("none");
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    for (String paper : List.of("A4", "Letter")) {
      byte[] pdf = pdf(paper);
      try (PDDocument document = Loader.loadPDF(pdf)) {
        assertThat(document.getNumberOfPages()).as("pages of the certificate on %s", paper).isEqualTo(1);
        String text = new PDFTextStripper().getText(document);
        assertThat(text).contains("Certificate of completion").contains(HOSPITAL)
            .contains("Zoë Ångström-Łukasz, RN 1042").contains("Verification code")
            .doesNotContain("Back to the attempt").doesNotContain("Check this certificate on the verify page")
            .doesNotContain("Live sessions");
      }
    }
  }

  @Test
  void theResultsAndStatisticsTablesKeepNumbersDatesAndWordsWholeOnALaptop() throws Exception {
    passedCertification("Nurse Zoë");
    passedCertification("RN 7");
    browser.size(1366, 900);
    browser.get(app.base() + "/instructor/login");
    driver.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
    browser.click(driver.findElement(By.cssSelector("main form button[type=submit]")));
    for (String path : List.of("/instructor", "/instructor/quizzes/staff-certification/statistics")) {
      browser.get(app.base() + path);
      // A cell holding one word (a number, a date part, "Submitted") must show it on one line.
      Object broken = js("var bad = []; document.querySelectorAll('table.results td').forEach(function (td) {"
          + " var t = td.textContent.trim(); if (!t || /\\s/.test(t)) { return; }"
          + " var r = document.createRange(); r.selectNodeContents(td);"
          + " var lines = new Set(Array.prototype.map.call(r.getClientRects(), function (c) { return Math.round(c.top); }));"
          + " if (lines.size > 1) { bad.push(td.getAttribute('data-label') + ' \"' + t + '\"'); } });"
          + " return bad.join('; ');");
      assertThat(broken).as("words broken across lines on %s", path).isEqualTo("");
      browser.check("tables" + path.replaceAll("[^a-z]+", "-"));
    }
  }

  /** The current page printed by Chromium on {@code paper} with its default margins and no backgrounds. */
  private byte[] pdf(String paper) {
    double[] size = PAPER.get(paper);
    Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", Map.of("paperWidth", size[0],
        "paperHeight", size[1], "printBackground", false, "preferCSSPageSize", false));
    return Base64.getDecoder().decode((String) result.get("data"));
  }

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** A staff certification attempt answered with every key at full certainty and submitted, through the API. */
  private String passedCertification(String learner) throws IOException {
    var r = app.send("POST", "/api/v1/attempts", null, "{\"quiz\": \"staff-certification\", \"learner\": \""
        + learner + "\"}");
    String id = TestApp.json(r).path("attemptId").asText();
    String token = TestApp.json(r).path("token").asText();
    Map<String, Question> bank = new HashMap<>();
    for (Audience a : Audience.values()) {
      ItemBank.build(BundledCourse.curriculum(), a).questions().forEach(q -> bank.put(q.id(), q));
    }
    for (JsonNode q : TestApp.json(app.send("GET", "/api/v1/attempts/" + id, token, null)).path("questions")) {
      Map<String, Object> key = new HashMap<>(ResponseJson.toMap(bank.get(q.path("id").asText()).key()));
      key.put("certainty", 3);
      assertThat(app.send("PUT", "/api/v1/attempts/" + id + "/answers/" + q.path("id").asText(), token,
          new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(key)).statusCode()).isEqualTo(200);
    }
    assertThat(app.send("POST", "/api/v1/attempts/" + id + "/submit", token, null).statusCode()).isEqualTo(200);
    return id;
  }
}
