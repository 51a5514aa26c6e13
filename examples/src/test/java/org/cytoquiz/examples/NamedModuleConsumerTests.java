package org.cytoquiz.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer outside the reactor: a portal's own named module ({@code src/test/resources/consumer/portal}) is
 * compiled with {@code javac --module-path} against the built cytoquiz jars and run with {@code java --module-path}.
 * It proves the jars are modules a named consumer can require ({@code org.cytoquiz.core}, {@code .teaching}, {@code .content},
 * {@code .quiz}) and that Guava and Jackson come along without the consumer naming them.
 *
 * <p>Runs in {@code mvn verify}, where the cytoquiz modules reach this module as jars; under {@code mvn test} they
 * are class folders without their module descriptors, and the test is skipped saying so.
 */
class NamedModuleConsumerTests {

  /** Jars that only the tests here use; the portal does not get them. */
  private static final List<String> TEST_ONLY = List.of("junit-", "assertj-", "opentest4j", "apiguardian",
      "byte-buddy", "quicktheories", "slf4j-simple");

  @TempDir Path temp;

  @Test
  void aNamedModuleRequiringTheCytoquizModulesCompilesAndRuns() throws Exception {
    List<String> path = new ArrayList<>();
    List<String> cytoquiz = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      if (name.matches("cytoquiz-(core|teaching|content|quiz)-.*\\.jar")) {
        cytoquiz.add(name);
        path.add(entry);
      } else if (name.endsWith(".jar") && TEST_ONLY.stream().noneMatch(name::startsWith)) {
        path.add(entry);
      }
    }
    assumeTrue(cytoquiz.size() == 4,
        "the cytoquiz modules are class folders here, not jars (run mvn verify): " + cytoquiz);
    String modulePath = String.join(File.pathSeparator, path);

    Path sources = Path.of(getClass().getResource("/consumer/portal/module-info.java").toURI()).getParent();
    Path classes = temp.resolve("classes");
    List<String> javac = new ArrayList<>(List.of("-d", classes.toString(), "--module-path", modulePath,
        "-Xlint:all", "-Werror"));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> javac.add(f.toString()));
    }
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    java.io.StringWriter errors = new java.io.StringWriter();
    int compiled = compiler.getTask(errors, null, null, javac.subList(0, 6), null,
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
            .getJavaFileObjectsFromStrings(javac.subList(6, javac.size()))).call() ? 0 : 1;
    assertThat(compiled).as("javac: %s", errors).isZero();

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run = new ProcessBuilder(java, "--module-path", classes + File.pathSeparator + modulePath,
        "--module", "org.example.portal/org.example.portal.Main")
        .redirectErrorStream(true).start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output)
        .contains("module org.cytoquiz.core")
        .containsPattern("therapies [1-9]")
        .contains("peginterferon peginterferon-alfa-2b")
        .containsPattern("questions [1-9]")
        .contains("warnings 1");
  }
}
