package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cytoquiz.web.instructor.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page's header names the configured organisation, by its logo (with the name as the image's text) or by
 * its name alone; with no organisation configured the header says cytoquiz only; two applications in one process
 * each name their own organisation, also when their pages are rendered at the same time.
 */
class OrganisationHeaderTests {

  /** Pages of every kind a visitor reaches without signing in, and one that does not exist. */
  static final List<String> PAGES = List.of("/", "/quizzes/patient-basics", "/quizzes/staff-certification",
      "/resume", "/verify", "/instructor/login", "/no-such-page");

  @TempDir Path dir;

  /** The site header of a page: everything between {@code <header class="site">} and its end. */
  static String header(String html) {
    Matcher m = Pattern.compile("<header class=\"site\">(.*?)</header>", Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as("a site header in %s", html.length() > 300 ? html.substring(0, 300) : html).isTrue();
    return m.group(1);
  }

  static TestApp app(Path dir, Organisation organisation) {
    return TestApp.sqlite(dir, new WebApp.Settings(false, ZoneId.of("UTC"), organisation));
  }

  @Test
  void everyPageShowsTheLogoWithTheOrganisationsNameAsItsTextAndTheLogoIsServed() throws Exception {
    Path logo = dir.resolve("logo.svg");
    Files.writeString(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"40\">"
        + "<rect width=\"120\" height=\"40\" fill=\"#0b4f8a\"/></svg>");
    try (TestApp app = app(dir.resolve("db"), Organisation.of("St Elsewhere Hospital", Optional.of(logo)))) {
      for (String path : PAGES) {
        HttpResponse<String> page = app.get(path);
        assertThat(page.statusCode()).as(path).isIn(200, 404);
        assertThat(header(page.body())).as(path)
            .contains("<img class=\"organisation-logo\" src=\"/organisation-logo\" alt=\"St Elsewhere Hospital\""
                + " width=\"160\" height=\"40\">")
            .doesNotContain("organisation-name");
      }
      HttpResponse<byte[]> image = app.getBytes(Organisation.LOGO_PATH);
      assertThat(image.statusCode()).isEqualTo(200);
      assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
      assertThat(image.body()).isEqualTo(Files.readAllBytes(logo));
    }
  }

  @Test
  void withoutALogoEveryPageNamesTheOrganisationEscaped() {
    try (TestApp app = app(dir.resolve("db"), new Organisation("Zoë's Clinic <Dermatology & Oncology>",
        Optional.empty()))) {
      for (String path : PAGES) {
        assertThat(header(app.get(path).body())).as(path)
            .contains("<span class=\"organisation-name\">Zoë's Clinic &lt;Dermatology &amp; Oncology&gt;</span>")
            .doesNotContain("<img");
      }
    }
  }

  @Test
  void withNoOrganisationConfiguredTheHeaderSaysCytoquizAlone() {
    try (TestApp app = app(dir.resolve("db"), Organisation.DEFAULT)) {
      for (String path : PAGES) {
        String header = header(app.get(path).body());
        assertThat(header).as(path).contains("cytoquiz</a>").doesNotContain("organisation-");
      }
      assertThat(app.get(Organisation.LOGO_PATH).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void twoApplicationsInOneProcessEachNameTheirOwnOrganisationUnderConcurrentRequests() throws Exception {
    try (TestApp north = app(dir.resolve("north"), new Organisation("North Hospital", Optional.empty()));
        TestApp south = app(dir.resolve("south"), new Organisation("South Clinic", Optional.empty()));
        TestApp plain = app(dir.resolve("plain"), Organisation.DEFAULT)) {
      int threads = 6;
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        for (int round = 0; round < 20; round++) {
          CyclicBarrier barrier = new CyclicBarrier(threads);
          List<Future<String>> results = new ArrayList<>();
          for (int t = 0; t < threads; t++) {
            TestApp app = t % 3 == 0 ? north : t % 3 == 1 ? south : plain;
            String path = PAGES.get((round + t) % PAGES.size());
            String expected = t % 3 == 0 ? "North Hospital" : t % 3 == 1 ? "South Clinic" : "";
            results.add(pool.submit(() -> {
              barrier.await(10, TimeUnit.SECONDS);
              String header = header(app.get(path).body());
              boolean right = expected.isEmpty() ? !header.contains("organisation-name")
                  : header.contains("<span class=\"organisation-name\">" + expected + "</span>");
              return right ? "" : path + " on the " + (expected.isEmpty() ? "plain" : expected) + " app: " + header;
            }));
          }
          for (Future<String> result : results) {
            assertThat(result.get(30, TimeUnit.SECONDS)).isEmpty();
          }
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
