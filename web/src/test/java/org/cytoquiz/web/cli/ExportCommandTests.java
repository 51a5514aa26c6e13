package org.cytoquiz.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.generate.ItemBank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code cytoquiz export}: every format for a preset and a bank, repeatable output, and errors naming the option. */
class ExportCommandTests {

  @TempDir Path temp;

  static CommandLineTests.Run run(String... args) {
    return CommandLineTests.run(CommandLineTests.NOV_2026, args);
  }

  @Test
  void aPresetExportsAsQtiPackagesWithOneItemPerQuestion() throws Exception {
    for (String format : List.of("qti3", "qti21")) {
      Path out = temp.resolve("quiz-" + format + ".zip");
      CommandLineTests.Run run = run("export", "--format", format, "--quiz", "patient-basics", "--out", out.toString());
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).contains("patient-basics").contains(format);
      List<String> names = new ArrayList<>();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(out)))) {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          names.add(e.getName());
        }
      }
      int questions = CommandLineTests.CURRICULUM.preset("patient-basics").questions();
      assertThat(names).hasSize(questions + 1).first().isEqualTo("imsmanifest.xml");
    }
  }

  @Test
  void aBankExportsAsGiftAndMoodleXmlWithEveryQuestion() throws Exception {
    int bank = ItemBank.of(CommandLineTests.CURRICULUM, Audience.STAFF).size();
    Path gift = temp.resolve("staff.gift");
    assertThat(run("export", "--format", "gift", "--bank", "--audience", "staff", "--out", gift.toString()).exitCode())
        .isZero();
    assertThat(Files.readAllLines(gift, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("::"))).hasSize(bank);
    Path moodle = temp.resolve("staff.xml");
    assertThat(run("export", "--format", "moodle-xml", "--bank", "--audience", "staff", "--out", moodle.toString())
        .exitCode()).isZero();
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(moodle.toFile());
    // One category, then the questions.
    assertThat(doc.getElementsByTagName("question").getLength()).isEqualTo(bank + 1);
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedAnotherQuiz() throws Exception {
    Path a = temp.resolve("a.gift");
    Path b = temp.resolve("b.gift");
    Path c = temp.resolve("c.gift");
    assertThat(run("export", "--format", "gift", "--quiz", "staff-practice", "--seed", "7", "--out", a.toString())
        .exitCode()).isZero();
    assertThat(run("export", "--format", "gift", "--quiz", "staff-practice", "--seed", "7", "--out", b.toString())
        .exitCode()).isZero();
    assertThat(run("export", "--format", "gift", "--quiz", "staff-practice", "--seed", "8", "--out", c.toString())
        .exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    assertThat(Files.readAllBytes(a)).isNotEqualTo(Files.readAllBytes(c));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--format docx --quiz staff-practice --out OUT | --format",
      "--format gift --quiz no-such-quiz --out OUT | --quiz",
      "--format gift --bank --out OUT | --audience",
      "--format gift --bank --audience doctors --out OUT | --audience",
      "--format gift --bank --audience staff --seed 3 --out OUT | --seed",
      "--format gift --quiz staff-practice --audience staff --out OUT | --audience",
      "--format gift --quiz staff-practice --out MISSING/x.gift | --out",
      "--format gift --quiz staff-practice | --out",
      "--format gift --out OUT | --quiz",
  })
  void badArgumentsAreRefusedNamingTheOption(String args, String option) {
    List<String> argv = new ArrayList<>(List.of("export"));
    for (String arg : args.split(" ")) {
      argv.add(arg.replace("OUT", temp.resolve("out.gift").toString())
          .replace("MISSING", temp.resolve("missing").toString()));
    }
    CommandLineTests.Run run = run(argv.toArray(String[]::new));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(option);
    assertThat(temp.resolve("out.gift")).doesNotExist();
  }
}
