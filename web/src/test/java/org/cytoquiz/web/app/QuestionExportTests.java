package org.cytoquiz.web.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Question export from the instructor area, through HTTP: behind the login, a page of links, and the downloads. */
class QuestionExportTests {

  @RegisterExtension final TestApp app = TestApp.perTest();

  void signIn() {
    String csrf = TestApp.csrf(app.get("/instructor/login").body());
    assertThat(app.post("/instructor/login", Map.of("csrf", csrf, "password", TestApp.PASSWORD)).statusCode())
        .isEqualTo(303);
  }

  @Test
  void theExportIsForSignedInInstructorsOnly() {
    assertThat(app.get("/instructor/export").statusCode()).isEqualTo(303);
    HttpResponse<byte[]> download = app.getBytes("/instructor/export/download?format=gift&bank=staff");
    assertThat(download.statusCode()).isEqualTo(303);
    assertThat(download.headers().firstValue("Location")).hasValue("/instructor/login");
  }

  @Test
  void theResultsPageLinksToTheExportPageWhichLinksEveryQuizAndBankInEveryFormat() {
    signIn();
    assertThat(app.get("/instructor").body()).contains("href=\"/instructor/export\"");
    String page = app.get("/instructor/export").body();
    for (String set : List.of("quiz=patient-basics", "quiz=staff-certification", "quiz=staff-practice",
        "bank=patient", "bank=staff")) {
      for (String format : List.of("qti3", "qti21", "gift", "moodle-xml")) {
        assertThat(page).contains("/instructor/export/download?format=" + format + "&amp;" + set);
      }
    }
  }

  @Test
  void aQuizDownloadsAsAQti3PackageWithOneItemPerQuestion() throws Exception {
    signIn();
    HttpResponse<byte[]> download = app.getBytes("/instructor/export/download?format=qti3&quiz=staff-certification");
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/zip"));
    assertThat(download.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"staff-certification-qti3.zip\"");
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        names.add(e.getName());
      }
    }
    assertThat(names).first().isEqualTo("imsmanifest.xml");
    // The staff certification has twenty questions.
    assertThat(names.stream().filter(n -> n.startsWith("items/"))).hasSize(20);
  }

  @Test
  void aBankDownloadsAsGiftAndMoodleXml() {
    signIn();
    HttpResponse<byte[]> gift = app.getBytes("/instructor/export/download?format=gift&bank=patient");
    assertThat(gift.statusCode()).isEqualTo(200);
    assertThat(new String(gift.body(), StandardCharsets.UTF_8)).startsWith("// cytoquiz:")
        .contains("$CATEGORY: $course$/cytoquiz/patient-bank");
    HttpResponse<byte[]> moodle = app.getBytes("/instructor/export/download?format=moodle-xml&bank=staff");
    assertThat(moodle.statusCode()).isEqualTo(200);
    assertThat(new String(moodle.body(), StandardCharsets.UTF_8)).contains("<quiz>").contains("type=\"truefalse\"");
  }

  @Test
  void aQuizDownloadIsTheFileTheCommandWritesWithThePresetsSeed() throws Exception {
    signIn();
    HttpResponse<byte[]> download = app.getBytes("/instructor/export/download?format=gift&quiz=staff-practice");
    var kb = org.cytoquiz.content.load.BundledCourse.curriculum();
    var preset = kb.preset("staff-practice");
    var set = org.cytoquiz.interchange.QuestionSet.of(preset, org.cytoquiz.quiz.generate.QuizAssembler.assemble(kb,
        org.cytoquiz.quiz.generate.QuizSpec.of(preset)));
    java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
    org.cytoquiz.interchange.Interchange.write(org.cytoquiz.interchange.Format.GIFT, set, expected);
    assertThat(download.body()).isEqualTo(expected.toByteArray());
  }

  @Test
  void badRequestsNameWhatIsWrong() {
    signIn();
    HttpResponse<String> noFormat = app.get("/instructor/export/download?bank=staff");
    assertThat(noFormat.statusCode()).isEqualTo(400);
    assertThat(noFormat.body()).contains("format");
    HttpResponse<String> badFormat = app.get("/instructor/export/download?format=docx&bank=staff");
    assertThat(badFormat.statusCode()).isEqualTo(400);
    assertThat(badFormat.body()).contains("docx").contains("qti3");
    HttpResponse<String> both = app.get("/instructor/export/download?format=gift&bank=staff&quiz=staff-practice");
    assertThat(both.statusCode()).isEqualTo(400);
    HttpResponse<String> unknownQuiz = app.get("/instructor/export/download?format=gift&quiz=no-such-quiz");
    assertThat(unknownQuiz.statusCode()).isEqualTo(404);
    assertThat(unknownQuiz.body()).contains("no-such-quiz");
    HttpResponse<String> unknownBank = app.get("/instructor/export/download?format=gift&bank=doctors");
    assertThat(unknownBank.statusCode()).isEqualTo(400);
    assertThat(unknownBank.body()).contains("doctors");
  }
}
