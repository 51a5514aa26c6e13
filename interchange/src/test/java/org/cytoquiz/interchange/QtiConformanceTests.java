package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.generate.ItemBank;
import org.junit.jupiter.api.Test;

/**
 * Every QTI file cytoquiz exports validates against the official XSDs, through the validator kit's
 * {@code qti-check.sh}: QTI 3.0.1 items and manifests, QTI 2.1 items, for both banks, every preset's quiz, and the
 * staff bank under every marking (which changes the response processing).
 */
class QtiConformanceTests {

  private static final Path OUT = Path.of("target/interchange-conformance");

  private static final java.util.Map<Format, List<Path>> UNPACKED = new java.util.EnumMap<>(Format.class);

  @Test
  void everyQti3ItemValidatesAgainstQti301() throws Exception {
    List<Path> items = unpackAll(Format.QTI3).stream().filter(f -> !f.endsWith("imsmanifest.xml")).toList();
    check("v3p0/imsqti_asiv3p0p1_v1p0.xsd", items);
  }

  @Test
  void everyQti3ManifestValidatesAgainstTheQti3PackageSchema() throws Exception {
    List<Path> manifests = unpackAll(Format.QTI3).stream().filter(f -> f.endsWith("imsmanifest.xml")).toList();
    assertThat(manifests).hasSize(sets().size());
    check("v3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd", manifests);
  }

  @Test
  void everyQti21ItemValidatesAgainstQti21() throws Exception {
    List<Path> items = unpackAll(Format.QTI21).stream().filter(f -> !f.endsWith("imsmanifest.xml")).toList();
    check("v2p1/qtiv2p1/imsqti_v2p1.xsd", items);
  }

  @Test
  void theKitsOwnScriptAcceptsAManifestAndAnItemOfEachVersion() throws Exception {
    List<Path> files = new ArrayList<>();
    for (Format format : List.of(Format.QTI3, Format.QTI21)) {
      List<Path> unpacked = unpack(Fixtures.export(format, Fixtures.sets().get(2)),
          OUT.resolve("script").resolve(format.key()));
      files.add(unpacked.get(1));
      if (format == Format.QTI3) {
        files.add(unpacked.get(0));
      }
    }
    Validators.kit();
    Validators.Run run = Validators.run("qti-check.sh", args(files));
    assertThat(run.output()).doesNotContain("fails to validate").doesNotContain("INVALID");
    assertThat(run.exitCode()).as(run.output()).isZero();
  }

  /**
   * Checks {@code files} against the kit's {@code schema} with the kit's JDK engine ({@code XsdCheck.java}, the
   * engine behind {@code qti-check.sh --engine java}) in one JVM, as {@code qti-check.sh} starts one per file.
   */
  private static void check(String schema, List<Path> files) throws Exception {
    Path kit = Validators.kit();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        kit.resolve("XsdCheck.java").toString(), kit.resolve("schemas/qti").resolve(schema).toString()));
    command.addAll(args(files));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    int exit = process.waitFor();
    assertThat(output.lines().filter(l -> !l.endsWith(": valid")).limit(20).toList()).as("checker output").isEmpty();
    assertThat(output.lines().filter(l -> l.endsWith(": valid")).count()).isEqualTo(files.size());
    assertThat(exit).isZero();
  }

  private static List<String> args(List<Path> files) {
    List<String> args = new ArrayList<>();
    files.forEach(f -> args.add(f.toAbsolutePath().toString()));
    return args;
  }

  /** The sets to check: the shipped ones, and the staff bank under every other marking. */
  private static List<QuestionSet> sets() {
    List<QuestionSet> sets = new ArrayList<>(Fixtures.sets());
    for (Marking marking : EnumSet.complementOf(EnumSet.of(Marking.PARTIAL_CREDIT))) {
      QuestionSet bank = QuestionSet.bank(Audience.STAFF, ItemBank.of(Fixtures.CURRICULUM, Audience.STAFF));
      sets.add(new QuestionSet(bank.id() + "-" + marking.name().toLowerCase().replace('_', '-'), bank.title(),
          marking, bank.questions()));
    }
    return sets;
  }

  private static List<Path> unpackAll(Format format) throws IOException {
    Validators.kit();
    if (UNPACKED.containsKey(format)) {
      return UNPACKED.get(format);
    }
    List<Path> files = new ArrayList<>();
    for (QuestionSet set : sets()) {
      Path dir = OUT.resolve(format.key()).resolve(set.id());
      files.addAll(unpack(Fixtures.export(format, set), dir));
    }
    UNPACKED.put(format, List.copyOf(files));
    return files;
  }

  /** Unzips {@code zip} into {@code dir} and returns the files written. */
  static List<Path> unpack(byte[] zip, Path dir) throws IOException {
    List<Path> files = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        Path file = dir.resolve(entry.getName()).normalize();
        assertThat(file.startsWith(dir)).as("entry %s stays inside the package", entry.getName()).isTrue();
        Files.createDirectories(file.getParent());
        Files.write(file, in.readAllBytes());
        files.add(file);
      }
    }
    return files;
  }
}
