package org.cytoquiz.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
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
 * Shared support for browser tests: Debian's headless Chromium driven by Selenium, keyboard helpers, and
 * {@link #check(String)}, which runs axe-core (WCAG 2.0/2.1/2.2 A and AA), checks that the page reflows at 320 CSS
 * px ({@link #assertNoHorizontalScroll()}) and saves the page as the server sent it with a screenshot under
 * {@code target/pages} for the Nu HTML checker. Each instance has its own fresh profile, so two instances are two
 * devices. Tests are skipped (not failed) where Chromium, its driver or axe-core are missing, unless the
 * environment sets {@code CYTOQUIZ_REQUIRE_BROWSER=1}.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path AXE = Path.of(System.getProperty("cytoquiz.axe",
      "../target/validators/node_modules/axe-core/axe.min.js"));
  /** Where pages and screenshots are saved. */
  public static final Path OUT = Path.of("target/pages");

  /** The narrowest width every page must fit without sideways scrolling (WCAG 1.4.10), in CSS px. */
  public static final int REFLOW_WIDTH = 320;
  /** The height of the window the reflow check uses, in CSS px. */
  public static final int REFLOW_HEIGHT = 640;

  private static int saved;

  private final WebDriver driver;
  private final String prefix;

  private Browser(WebDriver driver, String prefix) {
    this.driver = driver;
    this.prefix = prefix;
  }

  /**
   * A new headless Chromium with its own profile in {@code profile} (a fresh directory: a new device), whose saved
   * pages are named with {@code prefix}; skips the calling test when no browser is installed.
   */
  public static Browser open(Path profile, String prefix) {
    boolean required = "1".equals(System.getenv("CYTOQUIZ_REQUIRE_BROWSER"));
    boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM) && Files.isRegularFile(AXE);
    if (required) {
      assertThat(present).as("chromium, chromium-driver and axe-core (run .ci/run) are needed").isTrue();
    }
    Assumptions.assumeTrue(present, "browser tests need Debian's chromium and chromium-driver and axe-core: "
        + "apt-get install -y chromium chromium-driver, then ../shared/tools/validators/install.sh target/validators");
    try {
      Files.createDirectories(OUT);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    WebDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return new Browser(driver, prefix);
  }

  /** The Selenium driver. */
  public WebDriver driver() {
    return driver;
  }

  /** Sets the window's size in CSS px. */
  public void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Loads {@code url} and waits for it. */
  public void get(String url) {
    driver.get(url);
  }

  /** The text of the page's h1. */
  public String h1() {
    return driver.findElement(By.tagName("h1")).getText();
  }

  /**
   * Checks the page: axe-core finds no WCAG 2.2 A/AA violation, it fits {@value #REFLOW_WIDTH} CSS px without
   * sideways scrolling, and it is saved (HTML as the server sent it, and a screenshot) as {@code name}.
   */
  public void check(String name) throws IOException {
    String file = String.format("%03d-%s-%s", nextPage(), prefix, name);
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
    assertNoHorizontalScroll();
  }

  private static synchronized int nextPage() {
    return ++saved;
  }

  /**
   * Asserts that the current page fits a window {@value #REFLOW_WIDTH}×{@value #REFLOW_HEIGHT} CSS px wide
   * without sideways scrolling ({@code document.documentElement.scrollWidth <= clientWidth}), naming the widest
   * elements when it does not; then gives the window back its size. A screenshot at that width is saved.
   */
  public void assertNoHorizontalScroll() throws IOException {
    Dimension before = driver.manage().window().getSize();
    try {
      // The window's outer size includes no chrome in headless mode; the viewport is checked, not assumed.
      size(REFLOW_WIDTH, REFLOW_HEIGHT);
      JavascriptExecutor js = (JavascriptExecutor) driver;
      Object viewport = js.executeScript("return window.innerWidth;");
      assertThat(((Number) viewport).intValue()).as("viewport width").isLessThanOrEqualTo(REFLOW_WIDTH);
      Object result = js.executeScript(
          "var d = document.documentElement; if (d.scrollWidth <= d.clientWidth) { return ''; }"
          + "var wide = [];"
          + "document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
          + "  if (r.right > d.clientWidth + 0.5) { wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
          + "    + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '')"
          + "    + ' right=' + Math.round(r.right)); } });"
          + "return 'scrollWidth ' + d.scrollWidth + ' > clientWidth ' + d.clientWidth + ': ' + wide.slice(0, 8).join(', ');");
      assertThat(result).as("sideways scrolling at %s px on %s", REFLOW_WIDTH, driver.getCurrentUrl()).isEqualTo("");
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** Saves a screenshot of the whole window at {@code width}×{@code height} CSS px as {@code name}.png. */
  public Path screenshot(String name, int width, int height) throws IOException {
    Dimension before = driver.manage().window().getSize();
    try {
      size(width, height);
      Path file = OUT.resolve(String.format("%03d-%s-%s-%dx%d.png", nextPage(), prefix, name, width, height));
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } finally {
      driver.manage().window().setSize(before);
    }
  }

  /** Presses Tab until {@code target} has the focus. */
  public void tabTo(WebElement target) {
    for (int i = 0; i < 160; i++) {
      if (driver.switchTo().activeElement().equals(target)) {
        return;
      }
      press(Keys.TAB);
    }
    throw new AssertionError("the keyboard never reaches " + target);
  }

  /** Tabs into a radio group, then moves within it with the arrow keys, as keyboard users do. */
  public void chooseRadio(WebElement target) {
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

  /** Presses Enter on the focused link or button and waits for the next page to load. */
  public void navigate() {
    String before = driver.getCurrentUrl();
    WebElement old = driver.findElement(By.tagName("html"));
    press(Keys.ENTER);
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> (!d.getCurrentUrl().equals(before) || stale(old))
            && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
            && !d.findElements(By.tagName("h1")).isEmpty());
  }

  /** Clicks {@code target} (a button or link that loads a page) and waits for the next page to load. */
  public void click(WebElement target) {
    clickAndWait(driver, target);
  }

  /**
   * Clicks {@code target} in {@code driver} (a button or link that loads a page) and waits for the next page to
   * load, so that what the test does next (such as opening another address) does not overtake the request the
   * click sent, and the cookie its reply sets.
   */
  public static void clickAndWait(WebDriver driver, WebElement target) {
    WebElement old = driver.findElement(By.tagName("html"));
    target.click();
    new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(org.openqa.selenium.WebDriverException.class)
        .until(d -> stale(old)
            && "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
            && !d.findElements(By.tagName("h1")).isEmpty());
  }

  /** Tabs to {@code target} and presses Enter on it, waiting for the next page. */
  public void activate(WebElement target) {
    tabTo(target);
    navigate();
  }

  private static boolean stale(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    }
  }

  /** Presses a key. */
  public void press(CharSequence key) {
    new Actions(driver).sendKeys(key).perform();
  }

  /** Types text into the focused field. */
  public void type(String text) {
    new Actions(driver).sendKeys(text).perform();
  }

  /** The text of the option a select shows as chosen. */
  public String selectedText(WebElement select) {
    return (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].selectedOptions[0].text;", select);
  }

  /** The page exactly as the server sent it, fetched again with the browser's cookies, for the HTML checker. */
  public String serverHtml() {
    return serverHtml(driver);
  }

  /** The page {@code driver} shows, exactly as the server sent it, fetched again with the browser's cookies. */
  public static String serverHtml(WebDriver driver) {
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

  @Override
  public void close() {
    driver.quit();
  }
}
