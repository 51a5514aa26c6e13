package org.cytoquiz.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.cli.CommandLineTests.NOV_2026;
import static org.cytoquiz.web.cli.CommandLineTests.run;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The xAPI options of {@code cytoquiz serve}: bad values are refused before anything starts. */
class XapiOptionsTests {

  @TempDir Path temp;

  @Test
  void serveRefusesAnIriBaseThatIsNoWebAddress() {
    CommandLineTests.Run run = run(NOV_2026, "serve", "--port", "0", "--data-dir", temp.toString(),
        "--xapi-iri-base", "quizzes/here");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("xAPI IRI base 'quizzes/here' must be an absolute http:// or https:// address");
  }

  @Test
  void serveRefusesAnLrsUrlThatIsNoWebAddress() {
    CommandLineTests.Run run = run(NOV_2026, "serve", "--port", "0", "--data-dir", temp.toString(),
        "--lrs-url", "ftp://lrs.example.org/");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("LRS URL 'ftp://lrs.example.org/' must be an absolute http:// or https://");
  }

  @Test
  void serveRefusesLrsCredentialsWithoutAnLrs() {
    CommandLineTests.Run run = run(NOV_2026, "serve", "--port", "0", "--data-dir", temp.toString(),
        "--lrs-user", "key");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no --lrs-url");
  }
}
