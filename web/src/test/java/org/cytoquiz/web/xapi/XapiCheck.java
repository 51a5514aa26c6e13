package org.cytoquiz.web.xapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the validator kit's {@code xapi-check.sh} (Learning Locker's xAPI validator) on statements. When the kit is
 * not installed the calling test is skipped, unless {@code CYTOQUIZ_REQUIRE_VALIDATORS} is set, when it fails.
 */
public final class XapiCheck {

  /** The kit's script, from the {@code web} module's folder (where Maven runs the tests). */
  static final Path SCRIPT = Path.of(System.getProperty("cytoquiz.validators", "../target/validators"))
      .resolve("xapi-check.sh");

  private XapiCheck() {}

  /** The checker's verdict: its exit code and what it printed. */
  public record Verdict(int exitCode, String output) {}

  /** Skips the calling test when the kit is absent (fails instead if validators are required). */
  public static void assumeInstalled() {
    boolean present = Files.isExecutable(SCRIPT)
        && Files.isDirectory(SCRIPT.resolveSibling("node_modules/@learninglocker/xapi-validation"));
    if (System.getenv("CYTOQUIZ_REQUIRE_VALIDATORS") != null) {
      assertThat(present).as("the validator kit at %s (run ../shared/tools/validators/install.sh target/validators)",
          SCRIPT.getParent()).isTrue();
    }
    Assumptions.assumeTrue(present, "the xAPI checker is not installed at " + SCRIPT
        + ": run ../shared/tools/validators/install.sh target/validators");
  }

  /** Checks one JSON file (a statement or an array of them) with the kit's checker. */
  public static Verdict check(Path json) {
    assumeInstalled();
    try {
      Process process = new ProcessBuilder("sh", SCRIPT.toString(), json.toString()).redirectErrorStream(true)
          .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("xapi-check.sh finished").isTrue();
      return new Verdict(process.exitValue(), output);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code statements} as one JSON array into {@code dir} and checks it. */
  public static Verdict check(Path dir, List<String> statements) {
    try {
      Path file = Files.createTempFile(dir, "statements", ".json");
      Files.writeString(file, "[" + String.join(",", statements) + "]");
      return check(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
