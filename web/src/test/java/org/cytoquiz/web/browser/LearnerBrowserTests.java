package org.cytoquiz.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.Form;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.web.app.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The learner's day in Chromium: going on with a quiz in a second browser with the resume code, a matching
 * question on a phone whose choices survive a validation error, and screenshots of the learner's pages at phone
 * (390×844) and laptop (1366×900) sizes. Every page passes {@link Browser#check} (axe, 320 px reflow, saved for
 * the Nu checker).
 */
class LearnerBrowserTests {

  @TempDir Path dir;
  @TempDir Path phoneProfile;
  @TempDir Path laptopProfile;
  TestApp app;
  Browser phone;

  @BeforeEach
  void start() {
    phone = Browser.open(phoneProfile, "learner");
    phone.size(390, 844);
    app = TestApp.sqlite(dir);
  }

  @AfterEach
  void stop() {
    if (phone != null) {
      phone.close();
    }
    if (app != null) {
      app.close();
    }
  }

  private List<Question> form(String quizId, String url) {
    String attemptId = url.replaceAll(".*/attempts/([^/?#]+).*", "$1");
    QuizPreset preset = BundledCourse.curriculum().preset(quizId);
    long seed = app.store().find(attemptId).orElseThrow().seed();
    return Form.draw(ItemBank.build(BundledCourse.curriculum(), preset.audience()), preset, seed).questions();
  }

  /** Starts {@code quizId} from the catalog by keyboard (starting again if an attempt is under way). */
  private void startFromCatalog(Browser b, String quizId, String learner) throws IOException {
    b.get(app.base() + "/");
    b.activate(b.driver().findElement(By.cssSelector("a[href='/quizzes/" + quizId + "']")));
    if (!learner.isEmpty()) {
      b.tabTo(b.driver().findElement(By.id("learner")));
      b.type(learner);
    }
    b.activate(b.driver().findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(b.h1()).startsWith("Question 1 of");
  }

  @Test
  void aLearnerGoesOnInASecondBrowserWithTheResumeCode() throws IOException {
    startFromCatalog(phone, "patient-basics", "");
    List<Question> questions = form("patient-basics", phone.driver().getCurrentUrl());
    Question first = questions.get(0);
    // Answer question 1 rightly by keyboard where it has options; otherwise leave it and go on.
    if (!first.options().isEmpty()) {
      for (String id : ((Response.Choice) first.key()).selected()) {
        WebElement input = phone.driver().findElement(By.id("option-" + id));
        if ("radio".equals(input.getAttribute("type"))) {
          phone.chooseRadio(input);
        } else {
          phone.tabTo(input);
          phone.press(Keys.SPACE);
        }
      }
      phone.activate(phone.driver().findElement(By.cssSelector("button[name=go][value=save]")));
      assertThat(phone.driver().findElement(By.id("feedback-heading")).getText()).contains("Right!");
    }
    phone.check("resume-phone-question");
    String code = phone.driver().findElement(By.cssSelector(".resume .code")).getText();
    assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
    String answered = phone.driver().findElement(By.id("progress-text")).getText();

    try (Browser laptop = Browser.open(laptopProfile, "learner-laptop")) {
      laptop.size(1366, 900);
      laptop.get(app.base() + "/");
      assertThat(laptop.driver().getPageSource()).doesNotContain("Continue the quiz you started");
      laptop.tabTo(laptop.driver().findElement(By.id("code")));
      laptop.type(code.toLowerCase());
      laptop.activate(laptop.driver().findElement(By.cssSelector(".resume-form button")));
      assertThat(laptop.h1()).startsWith("Question ");
      assertThat(laptop.driver().findElement(By.id("progress-text")).getText()).isEqualTo(answered);
      assertThat(laptop.driver().findElement(By.cssSelector(".resume .code")).getText()).isEqualTo(code);
      laptop.check("resume-laptop-question");
      // The catalog on the laptop now offers to go on too.
      laptop.get(app.base() + "/");
      assertThat(laptop.driver().getPageSource()).contains("Continue the quiz you started");
      laptop.check("resume-laptop-catalog");
      // A wrong code is refused with the message by its field.
      laptop.get(app.base() + "/resume");
      laptop.tabTo(laptop.driver().findElement(By.id("code")));
      laptop.type("ZZZZ-ZZZZ");
      laptop.activate(laptop.driver().findElement(By.cssSelector(".resume-form button")));
      assertThat(laptop.driver().findElement(By.id("code-error")).getText()).contains("No quiz has that code");
    }
  }

  @Test
  void aMatchingQuestionFitsAPhoneAndKeepsItsChoicesWhenTheCertaintyIsLeftOut() throws IOException {
    for (int round = 0; round < 30; round++) {
      startFromCatalog(phone, "staff-certification", "Nurse Phone");
      String url = phone.driver().getCurrentUrl();
      List<Question> questions = form("staff-certification", url);
      for (int n = 1; n <= questions.size(); n++) {
        if (questions.get(n - 1) instanceof Matching m) {
          phone.get(url.replaceAll("/questions/.*", "/questions/" + n));
          phone.check("matching");
          for (Map.Entry<String, String> pair : m.answer().entrySet()) {
            WebElement select = phone.driver().findElement(By.id("pair-" + pair.getKey()));
            String wanted = m.right().stream().filter(i -> i.id().equals(pair.getValue())).map(Item::text)
                .findFirst().orElseThrow();
            phone.tabTo(select);
            for (int i = 0; i < 12 && !phone.selectedText(select).equals(wanted); i++) {
              phone.press(Keys.ARROW_DOWN);
            }
            assertThat(phone.selectedText(select)).isEqualTo(wanted);
          }
          phone.activate(phone.driver().findElement(By.cssSelector("button[name=go][value=save]")));
          assertThat(phone.driver().findElement(By.id("certainty-error")).getText())
              .contains("Choose how sure you are: “Not sure”, “Fairly sure” or “Sure”.");
          for (Map.Entry<String, String> pair : m.answer().entrySet()) {
            WebElement select = phone.driver().findElement(By.id("pair-" + pair.getKey()));
            assertThat(select.getAttribute("value")).isEqualTo(pair.getValue());
          }
          phone.assertNoHorizontalScroll();
          phone.screenshot("matching-error", 390, 844);
          return;
        }
      }
      // No matching question on this form: start again from the beginning.
      phone.get(app.base() + "/quizzes/staff-certification");
      phone.driver().findElement(By.id("learner")).sendKeys("Nurse Phone");
      phone.activate(phone.driver().findElement(By.cssSelector(".start-over button")));
    }
    throw new AssertionError("no certification form had a matching question");
  }

  @Test
  void theLearnersPagesAtPhoneAndLaptopSizes() throws IOException {
    startFromCatalog(phone, "patient-basics", "");
    String url = phone.driver().getCurrentUrl();
    List<Question> questions = form("patient-basics", url);
    String base = url.replaceAll("/questions/.*", "");
    phone.get(app.base() + "/");
    shots("catalog");
    phone.get(app.base() + "/quizzes/staff-certification");
    shots("staff-start");
    phone.get(base + "/questions/1");
    shots("question");
    // Answer each question: the first wrongly, the rest rightly, through the page's form.
    for (int n = 1; n <= questions.size(); n++) {
      phone.get(base + "/questions/" + n);
      Question q = questions.get(n - 1);
      if (!q.options().isEmpty()) {
        List<String> ids = n == 1
            ? List.of(q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id())
            : ((Response.Choice) q.key()).selected();
        for (String id : ids) {
          phone.driver().findElement(By.cssSelector("label[for='option-" + id + "']")).click();
        }
      } else if (q instanceof Matching m) {
        for (Map.Entry<String, String> pair : m.answer().entrySet()) {
          new org.openqa.selenium.support.ui.Select(phone.driver().findElement(By.id("pair-" + pair.getKey())))
              .selectByValue(pair.getValue());
        }
      } else {
        phone.driver().findElement(By.id("answer")).sendKeys(
            ((org.cytoquiz.quiz.question.TextEntry) q).accepted().get(0));
      }
      phone.click(phone.driver().findElement(By.cssSelector("button[name=go][value=save]")));
      if (n == 1) {
        shots("feedback-wrong");
      }
    }
    phone.get(base + "/finish");
    shots("finish");
    phone.click(phone.driver().findElement(By.cssSelector("main form button[type=submit]")));
    assertThat(phone.h1()).isEqualTo("Your result");
    shots("result");
    assertThat(phone.driver().findElement(By.cssSelector(".summary-card")).getText()).contains("%");
  }

  /** Checks the page and saves screenshots at phone and laptop sizes. */
  private void shots(String name) throws IOException {
    phone.check(name);
    phone.screenshot(name, 390, 844);
    phone.screenshot(name, 1366, 900);
  }
}
