package org.cytoquiz.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.web.app.TestApp;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A whole live session in Debian's Chromium: the instructor in one browser, three participants on phone-sized
 * browsers, a peer-instruction double vote, the reveal and the report. Phones follow the session by themselves
 * (event stream); the projector and phone views are checked with axe-core and for no horizontal scrolling at
 * 320 CSS px.
 */
class LiveBrowserTests {

  @TempDir Path dir;
  @TempDir Path profiles;
  TestApp app;
  final List<WebDriver> drivers = new ArrayList<>();
  int page;

  @BeforeEach
  void start() {
    boolean required = "1".equals(System.getenv("CYTOQUIZ_REQUIRE_BROWSER"));
    boolean present = Files.isExecutable(Browser.CHROMEDRIVER) && Files.isExecutable(Browser.CHROMIUM)
        && Files.isRegularFile(Browser.AXE);
    if (required) {
      assertThat(present).as("chromium, chromium-driver and axe-core are needed").isTrue();
    }
    Assumptions.assumeTrue(present, "browser tests need Debian's chromium and chromium-driver and axe-core");
    app = TestApp.sqlite(dir);
  }

  private WebDriver browser(String name, int width, int height) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(Browser.CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--user-data-dir=" + profiles.resolve(name).toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Browser.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(width, height));
    drivers.add(driver);
    return driver;
  }

  @AfterEach
  void stop() {
    drivers.forEach(WebDriver::quit);
    if (app != null) {
      app.close();
    }
  }

  @Test
  void anInstructorRunsAPeerInstructionSessionForThreePhones() throws IOException {
    WebDriver instructor = browser("instructor", 1280, 900);
    instructor.get(app.base() + "/instructor/login");
    instructor.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
    // Signed in before the next address is opened: otherwise that request can overtake the login's cookie.
    Browser.clickAndWait(instructor, instructor.findElement(By.cssSelector("form button[type=submit]")));
    instructor.get(app.base() + "/instructor/live");
    new Select(instructor.findElement(By.id("preset"))).selectByValue("staff-practice");
    instructor.findElement(By.id("records")).click();
    instructor.findElement(By.cssSelector("form.live-start button")).click();
    waitFor(instructor, By.cssSelector(".join-code"));
    String code = instructor.findElement(By.cssSelector(".join-code")).getText().replace("-", "");
    check(instructor, "projector-lobby");

    List<WebDriver> phones = new ArrayList<>();
    for (String name : List.of("Nurse A", "Nurse B", "Doctor C")) {
      WebDriver phone = browser(name.replace(' ', '-'), 360, 740);
      phone.get(app.base() + "/live?code=" + code);
      phone.findElement(By.id("name")).sendKeys(name);
      phone.findElement(By.cssSelector("form button[type=submit]")).click();
      waitForText(phone, "You are in");
      phones.add(phone);
    }
    check(phones.get(0), "phone-lobby");

    press(instructor, "Show the first question");
    for (WebDriver phone : phones) {
      answer(phone);
    }
    waitUntil(instructor, d -> d.findElement(By.id("live-answered")).getText().equals("3"));
    if (!instructor.findElements(By.id("vote-1-caption")).isEmpty()) {
      // the script rewrites the chart's caption from the plural forms the page gave it
      waitUntil(instructor, d -> d.findElement(By.id("vote-1-caption")).getText().equals("First vote: 3 answers"));
    }
    check(instructor, "projector-vote-1");
    press(instructor, "Close voting");
    for (WebDriver phone : phones) {
      waitForText(phone, "First vote: 3 answers");
    }
    assertThat(phones.get(0).getPageSource()).doesNotContain("Right answer");
    check(phones.get(0), "phone-closed");

    press(instructor, "Discuss, then vote again");
    for (WebDriver phone : phones) {
      answer(phone);
    }
    waitUntil(instructor, d -> d.findElement(By.id("live-answered")).getText().equals("3"));
    press(instructor, "Close voting");
    press(instructor, "Reveal the answer");
    assertThat(instructor.findElements(By.cssSelector(".live-bars"))).hasSize(2);
    assertThat(instructor.getPageSource()).contains("Right answer", "paragraph");
    check(instructor, "projector-revealed");
    for (WebDriver phone : phones) {
      waitForText(phone, "Right answer");
    }
    check(phones.get(1), "phone-revealed");

    press(instructor, "End the session");
    for (WebDriver phone : phones) {
      waitForText(phone, "The session has ended");
    }
    instructor.findElement(By.linkText("See the report")).click();
    waitForText(instructor, "Live session report");
    assertThat(instructor.getPageSource()).contains("Nurse A", "Nurse B", "Doctor C");
    check(instructor, "report");
  }

  @Test
  void anInstructorPicksQuestionsFromTheBankAndEachVoteCountsDown() throws IOException {
    WebDriver instructor = browser("instructor", 1280, 900);
    instructor.get(app.base() + "/instructor/login");
    instructor.findElement(By.id("password")).sendKeys(TestApp.PASSWORD);
    // Signed in before the next address is opened: otherwise that request can overtake the login's cookie.
    Browser.clickAndWait(instructor, instructor.findElement(By.cssSelector("form button[type=submit]")));
    instructor.get(app.base() + "/instructor/live");
    instructor.findElement(By.linkText("pick the questions from the item bank")).click();
    waitForText(instructor, "Pick the questions of a live session");
    check(instructor, "choose");
    List<WebElement> ticks = instructor.findElements(By.cssSelector("input[name=question]"));
    List<WebElement> positions = instructor.findElements(By.cssSelector("input.position"));
    ticks.get(0).click();
    positions.get(0).sendKeys("2");
    ticks.get(2).click();
    positions.get(2).sendKeys("1");
    new Select(instructor.findElement(By.id("preset"))).selectByValue("staff-practice");
    instructor.findElement(By.id("records")).click();
    WebElement countdown = instructor.findElement(By.id("countdown"));
    countdown.clear();
    countdown.sendKeys("600");
    instructor.findElement(By.xpath("//button[normalize-space()='Start the session']")).click();
    waitFor(instructor, By.cssSelector(".join-code"));
    String code = instructor.findElement(By.cssSelector(".join-code")).getText().replace("-", "");

    WebDriver phone = browser("Nurse-D", 360, 740);
    phone.get(app.base() + "/live?code=" + code);
    phone.findElement(By.id("name")).sendKeys("Nurse D");
    phone.findElement(By.cssSelector("form button[type=submit]")).click();
    waitForText(phone, "You are in");

    press(instructor, "Show the first question");
    assertThat(instructor.getPageSource()).contains("Question 1 of 2", "Voting closes at");
    waitForText(phone, "Voting closes at");
    // with script the phone also counts the seconds down
    waitUntil(phone, d -> d.findElement(By.cssSelector("#live-countdown .countdown-left")).getText()
        .matches("\\(\\d+ s left\\)"));
    check(phone, "phone-countdown");
    check(instructor, "projector-countdown");
    answer(phone);
    press(instructor, "Close voting");
    press(instructor, "Reveal the answer");
    press(instructor, "Next question");
    assertThat(instructor.getPageSource()).contains("Question 2 of 2");
    answer(phone);
    press(instructor, "Close voting");
    press(instructor, "Reveal the answer");
    press(instructor, "End the session");
    instructor.findElement(By.linkText("See the report")).click();
    waitForText(instructor, "Live session report");
    assertThat(instructor.getPageSource()).contains("Nurse D");
  }

  /** Answers the question on a phone: its first option, a word, or its first pair, then sends it. */
  private void answer(WebDriver phone) {
    waitFor(phone, By.xpath("//button[normalize-space()='Send my answer']"));
    List<WebElement> choices = phone.findElements(By.cssSelector("input[name=selected]"));
    if (!choices.isEmpty()) {
      choices.get(0).click();
    } else if (!phone.findElements(By.id("answer")).isEmpty()) {
      phone.findElement(By.id("answer")).sendKeys("interferon");
    } else {
      new Select(phone.findElements(By.cssSelector("select")).get(0)).selectByIndex(1);
    }
    phone.findElement(By.xpath("//button[normalize-space()='Send my answer']")).click();
    waitForText(phone, "Your answer");
  }

  private void press(WebDriver driver, String label) {
    String before = driver.findElement(By.tagName("main")).getAttribute("data-revision");
    driver.findElement(By.xpath("//button[normalize-space()='" + label + "']")).click();
    waitUntil(driver, d -> !before.equals(d.findElement(By.tagName("main")).getAttribute("data-revision")));
  }

  private static void waitFor(WebDriver driver, By by) {
    waitUntil(driver, d -> !d.findElements(by).isEmpty());
  }

  private static void waitForText(WebDriver driver, String text) {
    waitUntil(driver, d -> d.getPageSource().contains(text));
  }

  private static void waitUntil(WebDriver driver, java.util.function.Function<WebDriver, Boolean> condition) {
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class).until(condition::apply);
  }

  /** Runs axe-core, saves the page and a screenshot, and checks that 320 CSS px need no horizontal scrolling. */
  private void check(WebDriver driver, String name) throws IOException {
    page++;
    Files.createDirectories(Browser.OUT);
    String file = String.format("live-%02d-%s", page, name);
    // What the server sent (the HTML checker reads the markup, not the browser's live DOM).
    Files.writeString(Browser.OUT.resolve(file + ".html"), Browser.serverHtml(driver), StandardCharsets.UTF_8);
    Files.write(Browser.OUT.resolve(file + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    String axe = Files.readString(Browser.AXE, StandardCharsets.UTF_8);
    Object violations = ((JavascriptExecutor) driver).executeAsyncScript(axe
        + "\nvar done = arguments[arguments.length - 1];"
        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']}})"
        + ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) {"
        + "  return v.id + ': ' + v.help + ' at ' + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })));"
        + "}).catch(function (e) { done('axe failed: ' + e); });");
    assertThat(violations).as("axe on %s (%s)", name, driver.getCurrentUrl()).isEqualTo("[]");
    Dimension size = driver.manage().window().getSize();
    driver.manage().window().setSize(new Dimension(320, 700));
    Object overflow = ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
    assertThat(((Number) overflow).intValue()).as("horizontal overflow of %s at 320 px", name).isLessThanOrEqualTo(0);
    driver.manage().window().setSize(size);
  }
}
