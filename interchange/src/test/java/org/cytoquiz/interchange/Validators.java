package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The third-party validator kit, installed in the repository's {@code target/validators}: tests that need it skip
 * themselves when it is missing, unless {@code CYTOQUIZ_REQUIRE_VALIDATORS} is set, when they fail instead.
 */
final class Validators {

  private Validators() {}

  /** The kit's folder, or a skipped (or, when required, failed) test. */
  static Path kit() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path kit = dir.resolve("target/validators");
      if (Files.isExecutable(kit.resolve("qti-check.sh")) && Files.isDirectory(kit.resolve("node_modules"))) {
        return kit;
      }
      if (Files.exists(dir.resolve("interchange/pom.xml"))) {
        break;
      }
    }
    if (System.getenv("CYTOQUIZ_REQUIRE_VALIDATORS") != null) {
      fail("CYTOQUIZ_REQUIRE_VALIDATORS is set but the validator kit is not installed in target/validators");
    }
    assumeTrue(false, "the validator kit is not installed in target/validators");
    return null;
  }

  /** What a checker printed and how it exited. */
  record Run(int exitCode, String output) {}

  /** Runs {@code script} of the kit with {@code args}, folding stderr into stdout. */
  static Run run(String script, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(kit().resolve(script).toString());
    command.addAll(args);
    // Into a file, not a pipe: Node cuts long output to a pipe short when a script exits.
    Path log = Files.createTempFile("cytoquiz-" + script, ".out");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail(script + " did not finish");
      }
      return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
