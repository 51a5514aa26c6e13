package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Course;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.web.app.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web interface speaks its course's language, read from files alone: the test-only pseudo-language
 * {@code qps} ({@code src/test/resources/org/cytoquiz/web/text/common_qps.properties}) translates a few phrases,
 * and a course whose language is {@code qps} shows them, English where the file leaves a key out; two applications
 * in one process, rendering at the same time, each keep their own language.
 */
class CourseLanguageTests {

  static final Locale PSEUDO = Locale.forLanguageTag("qps");

  @TempDir Path dir;

  /** The bundled course, said to be written in {@code language}. */
  static Curriculum courseIn(Locale language) {
    Curriculum bundled = BundledCourse.curriculum();
    KnowledgeBase kb = bundled.knowledgeBase();
    Course course = kb.course();
    return Curriculum.of(KnowledgeBase.of(new Course(course.id(), course.title(), course.source(), language),
        kb.entities(), kb.relations(), kb.facts()), bundled.teaching());
  }

  @Test
  void aLanguagesFileIsReadKeyByKeyWithEnglishForWhatItLeavesOut() {
    UiText pseudo = UiText.of(PSEUDO);
    assertThat(pseudo.t("common.nav.quizzes")).isEqualTo("⟦Qüíżżéš⟧");
    assertThat(pseudo.t("common.nav.instructors")).isEqualTo("Instructors");
    assertThat(pseudo.t("common.page.title", "title", "x")).isEqualTo("x – cytoquiz");
    assertThat(pseudo.day(LocalDate.of(2026, 11, 30))).isEqualTo("2026-11-30");
  }

  @Test
  void everyPageOfACourseInTheLanguageSpeaksItAndEnglishPagesStayEnglishAtTheSameTime() throws Exception {
    try (TestApp pseudo = TestApp.sqlite(dir.resolve("qps"), courseIn(PSEUDO));
        TestApp english = TestApp.sqlite(dir.resolve("en"), BundledCourse.curriculum())) {
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        for (int round = 0; round < 20; round++) {
          CyclicBarrier start = new CyclicBarrier(8);
          List<Future<HttpResponse<String>>> pseudoPages = new ArrayList<>();
          List<Future<HttpResponse<String>>> englishPages = new ArrayList<>();
          for (int i = 0; i < 4; i++) {
            String path = i % 2 == 0 ? "/" : "/no-such-page";
            pseudoPages.add(pool.submit(() -> {
              start.await(10, TimeUnit.SECONDS);
              return pseudo.get(path);
            }));
            englishPages.add(pool.submit(() -> {
              start.await(10, TimeUnit.SECONDS);
              return english.get(path);
            }));
          }
          for (Future<HttpResponse<String>> page : pseudoPages) {
            String body = page.get(20, TimeUnit.SECONDS).body();
            assertThat(body).contains("<html lang=\"qps\">").contains("⟦Qüíżżéš⟧")
                .contains("⟦Šķíƥ ţö màíñ ċöñţéñţ⟧")
                .contains(">Instructors<").doesNotContain(">Quizzes<");
          }
          for (Future<HttpResponse<String>> page : englishPages) {
            String body = page.get(20, TimeUnit.SECONDS).body();
            assertThat(body).contains("<html lang=\"en\">").contains(">Quizzes<").doesNotContain("⟦");
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
