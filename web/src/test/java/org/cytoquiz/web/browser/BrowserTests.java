package org.cytoquiz.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.web.app.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

/**
 * A patient quiz and a staff quiz taken end to end in Debian's Chromium, by keyboard only. Every page is
 * checked with axe-core (WCAG 2.0/2.1/2.2 A and AA) in the browser, and saved with a screenshot under
 * {@code target/pages} for the HTML checker.
 */
class BrowserTests {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path AXE = Path.of(System.getProperty("cytoquiz.axe",
      "../target/validators/node_modules/axe-core/axe.min.js"));
  static final Path OUT = Path.of("target/pages");

  @TempDir Path dir;
  @TempDir Path profile;
  TestApp app;
  WebDriver driver;
  int page;

  @BeforeEach
  void start() throws IOException {
    boolean required = "1".equals(System.getenv("CYTOQUIZ_REQUIRE_BROWSER"));
    boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM) && Files.isRegularFile(AXE);
    if (required) {
      assertThat(present).as("chromium, chromium-driver and axe-core (run .ci/run) are needed").isTrue();
    }
    Assumptions.assumeTrue(present, "browser tests need Debian's chromium and chromium-driver and axe-core: "
        + "apt-get install -y chromium chromium-driver, then ../shared/tools/validators/install.sh target/validators");
    Files.createDirectories(OUT);
    app = TestApp.sqlite(dir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
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

  @Test
  void aPatientTakesTheQuizOnAPhoneByKeyboard() throws IOException {
    driver.manage().window().setSize(new Dimension(412, 915));
    takeQuiz("patient", "patient-basics", false);
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your result");
    assertThat(driver.getPageSource()).contains("100%");
  }

  @Test
  void aNurseTakesTheCertificationQuizByKeyboardAndPrintsTheCertificate() throws IOException {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    takeQuiz("staff", "staff-certification", true);
    assertThat(driver.getPageSource()).contains("Passed: the pass mark is 80%");
    WebElement certificate = driver.findElement(By.linkText("Print your certificate"));
    tabTo(certificate);
    navigate();
    check("certificate");
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Certificate of completion");
    assertThat(driver.getPageSource()).contains("Nurse Keyboard");
  }

  @Test
  void anInstructorSignsInAndReadsResultsAndStatisticsByKeyboard() throws IOException {
    driver.manage().window().setSize(new Dimension(1280, 1000));
    takeQuiz("practice", "staff-practice", true);
    driver.get(app.base() + "/no-such-page");
    check("not-found");
    driver.get(app.base() + "/instructor");
    check("instructor-login");
    tabTo(driver.findElement(By.id("password")));
    type(TestApp.PASSWORD);
    tabTo(driver.findElement(By.cssSelector("form button[type=submit]")));
    navigate();
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Quiz results");
    check("instructor-results");
    tabTo(driver.findElement(By.partialLinkText("Attempt ")));
    navigate();
    check("instructor-attempt");
    driver.get(app.base() + "/instructor/quizzes/staff-practice/statistics");
    check("instructor-statistics");
    assertThat(driver.getPageSource()).contains("Score distribution");
  }

  private void takeQuiz(String flow, String quizId, boolean staff) throws IOException {
    org.cytoquiz.core.teaching.QuizPreset preset = BundledCourse.knowledgeBase().preset(quizId);
    boolean certainty = preset.certaintyBased();
    boolean immediate = preset.feedback() == org.cytoquiz.core.teaching.FeedbackMode.IMMEDIATE;
    driver.get(app.base() + "/");
    check(flow + "-catalog");
    tabTo(driver.findElement(By.cssSelector("a[href='/quizzes/" + quizId + "']")));
    navigate();
    check(flow + "-start");
    if (staff) {
      tabTo(driver.findElement(By.id("learner")));
      type("Nurse Keyboard");
    }
    tabTo(driver.findElement(By.cssSelector("button[type=submit]")));
    navigate();
    // Each attempt has its own form: draw it again from the seed the attempt recorded.
    String attemptId = driver.getCurrentUrl().replaceAll(".*/attempts/([^/]+)/.*", "$1");
    long seed = app.store().find(attemptId).orElseThrow().seed();
    List<Question> questions = org.cytoquiz.quiz.delivery.Form.draw(
        org.cytoquiz.quiz.generate.ItemBank.build(BundledCourse.knowledgeBase(), preset.audience()), preset, seed)
        .questions();
    for (int n = 1; n <= questions.size(); n++) {
      Question q = questions.get(n - 1);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Question " + n + " of " + questions.size());
      check(flow + "-question-" + n);
      answer(q);
      if (certainty) {
        chooseRadio(driver.findElement(By.id("certainty-3")));
      }
      tabTo(driver.findElement(By.cssSelector("form button[type=submit]")));
      navigate();
      if (immediate) {
        assertThat(driver.findElement(By.id("feedback-heading")).getText()).matches("(Right!|Correct).*");
        check(flow + "-feedback-" + n);
        if (n < questions.size()) {
          tabTo(driver.findElement(By.linkText("Next question")));
          navigate();
        }
      }
    }
    if (immediate) {
      tabTo(driver.findElement(By.linkText("Finish and see my score")));
      navigate();
    }
    assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Finish the quiz");
    check(flow + "-finish");
    tabTo(driver.findElement(By.cssSelector("form button[type=submit]")));
    navigate();
    check(flow + "-result");
  }

  /** Gives the keyed answer with the keyboard alone. */
  private void answer(Question q) {
    Response key = q.key();
    if (q instanceof TextEntry text) {
      tabTo(driver.findElement(By.id("answer")));
      type(text.accepted().get(0));
    } else if (q instanceof Matching matching) {
      for (Map.Entry<String, String> pair : matching.answer().entrySet()) {
        WebElement select = driver.findElement(By.id("pair-" + pair.getKey()));
        tabTo(select);
        String wanted = matching.right().stream().filter(i -> i.id().equals(pair.getValue())).findFirst().orElseThrow().text();
        for (int i = 0; i < 10 && !selectedText(select).equals(wanted); i++) {
          press(Keys.ARROW_DOWN);
        }
        assertThat(selectedText(select)).isEqualTo(wanted);
      }
    } else {
      List<String> selected = ((Response.Choice) key).selected();
      boolean radios = driver.findElements(By.cssSelector("input[type=radio][name=selected]")).size() > 0;
      for (String id : selected) {
        WebElement input = driver.findElement(By.id("option-" + id));
        if (radios) {
          chooseRadio(input);
        } else {
          tabTo(input);
          press(Keys.SPACE);
        }
        assertThat(input.isSelected()).as("option %s", id).isTrue();
      }
    }
  }

  /** Tabs into a radio group, then moves within it with the arrow keys, as keyboard users do. */
  private void chooseRadio(WebElement target) {
    String name = target.getAttribute("name");
    tabTo(driver.findElement(By.cssSelector("input[type=radio][name='" + name + "']")));
    if (driver.switchTo().activeElement().equals(target)) {
      press(Keys.SPACE);
    }
    for (int i = 0; i < 10 && !target.isSelected(); i++) {
      press(Keys.ARROW_DOWN);
    }
    assertThat(target.isSelected()).as("radio %s", target.getAttribute("id")).isTrue();
  }

  private String selectedText(WebElement select) {
    return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].selectedOptions[0].text;", select);
  }

  /** Presses Tab until {@code target} has the focus. */
  private void tabTo(WebElement target) {
    for (int i = 0; i < 120; i++) {
      if (driver.switchTo().activeElement().equals(target)) {
        return;
      }
      press(Keys.TAB);
    }
    throw new AssertionError("the keyboard never reaches " + target);
  }

  /** Presses Enter on the focused link or button and waits for the next page to load. */
  private void navigate() {
    String before = driver.getCurrentUrl();
    WebElement old = driver.findElement(By.tagName("html"));
    press(Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> (!d.getCurrentUrl().equals(before) || stale(old))
            && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
            && !d.findElements(By.tagName("h1")).isEmpty());
  }

  private static boolean stale(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    }
  }

  private void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  private void type(String text) {
    new Actions(driver).sendKeys(text).perform();
  }

  /** The page exactly as the server sent it, fetched again with the browser's cookies, for the HTML checker. */
  private String serverHtml() {
    String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
        .collect(java.util.stream.Collectors.joining("; "));
    try {
      java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(java.net.URI.create(driver.getCurrentUrl().replaceAll("#.*$", "")))
              .header("Cookie", cookies).GET().build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).isIn(200, 404);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs axe-core on the page, saves its HTML and a screenshot, and fails on any violation. */
  private void check(String name) throws IOException {
    page++;
    String file = String.format("%02d-%s", page, name);
    Files.writeString(OUT.resolve(file + ".html"), serverHtml(), StandardCharsets.UTF_8);
    Files.write(OUT.resolve(file + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    String axe = Files.readString(AXE, StandardCharsets.UTF_8);
    Object violations = ((JavascriptExecutor) driver).executeAsyncScript(axe
        + "\nvar done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}})"
        + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
        + "  return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })));"
        + "}).catch(function (e) { done('axe failed: ' + e); });");
    assertThat(violations).as("axe on %s (%s)", name, driver.getCurrentUrl()).isEqualTo("[]");
  }
}
