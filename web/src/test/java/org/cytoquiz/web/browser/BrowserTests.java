package org.cytoquiz.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.web.app.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A patient quiz and a staff quiz taken end to end in Debian's Chromium, by keyboard only. Every page is
 * checked with {@link Browser#check}: axe-core (WCAG 2.0/2.1/2.2 A and AA), a reflow check at 320 CSS px, and
 * saved with a screenshot under {@code target/pages} for the HTML checker.
 */
class BrowserTests {

  @TempDir Path dir;
  @TempDir Path profile;
  TestApp app;
  Browser browser;
  WebDriver driver;

  @BeforeEach
  void start() {
    browser = Browser.open(profile, "flow");
    driver = browser.driver();
    app = TestApp.sqlite(dir);
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
    org.cytoquiz.teaching.QuizPreset preset = BundledCourse.curriculum().preset(quizId);
    boolean certainty = preset.certaintyBased();
    boolean immediate = preset.feedback() == org.cytoquiz.teaching.FeedbackMode.IMMEDIATE;
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
        org.cytoquiz.quiz.generate.ItemBank.build(BundledCourse.curriculum(), preset.audience()), preset, seed)
        .questions();
    for (int n = 1; n <= questions.size(); n++) {
      Question q = questions.get(n - 1);
      assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Question " + n + " of " + questions.size());
      check(flow + "-question-" + n);
      answer(q);
      if (certainty) {
        chooseRadio(driver.findElement(By.id("certainty-3")));
      }
      tabTo(driver.findElement(By.cssSelector("form button[name=go][value=save]")));
      navigate();
      if (immediate) {
        assertThat(driver.findElement(By.id("feedback-heading")).getText()).matches("✓ (Right!|Correct) .*");
        // Every part the learner chose is marked right, in words and with a tick, and nothing chosen says otherwise.
        List<WebElement> chosen = driver.findElements(By.cssSelector("#feedback .answer.chosen"));
        assertThat(chosen).isNotEmpty().allSatisfy(row -> {
          assertThat(row.getAttribute("class")).contains("right");
          assertThat(row.getText()).startsWith("✓").doesNotContainIgnoringCase("not right")
              .doesNotContainIgnoringCase("incorrect").doesNotContain("Not quite");
        });
        check(flow + "-feedback-" + n);
        if (n < questions.size()) {
          tabTo(driver.findElement(By.cssSelector("button[name=go][value=next]")));
          navigate();
        }
      }
    }
    if (immediate) {
      tabTo(driver.findElement(By.cssSelector("button[name=go][value=finish]")));
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

  private void chooseRadio(WebElement target) {
    browser.chooseRadio(target);
  }

  private String selectedText(WebElement select) {
    return browser.selectedText(select);
  }

  private void tabTo(WebElement target) {
    browser.tabTo(target);
  }

  private void navigate() {
    browser.navigate();
  }

  private void press(CharSequence key) {
    browser.press(key);
  }

  private void type(String text) {
    browser.type(text);
  }

  private void check(String name) throws IOException {
    browser.check(name);
  }
}
