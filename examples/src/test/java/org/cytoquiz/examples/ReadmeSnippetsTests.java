package org.cytoquiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's library snippets are lines of the examples, so they compile and their tests run. */
class ReadmeSnippetsTests {

  @Test
  void everyCodeLineOfTheLibrarySectionIsInTheExamples() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    int section = readme.indexOf("### Using the model as a library");
    assertThat(section).as("the README's library section").isNotNegative();
    int start = readme.indexOf("```java", section) + "```java".length();
    int end = readme.indexOf("```", start);
    List<String> lines = readme.substring(start, end).lines().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("//")).toList();
    assertThat(lines).hasSizeGreaterThan(5);

    String examples;
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      examples = files.filter(f -> f.toString().endsWith(".java")).map(ReadmeSnippetsTests::read)
          .flatMap(String::lines).map(String::strip).collect(Collectors.joining("\n"));
    }
    List<String> examplesLines = examples.lines().toList();
    for (String line : lines) {
      assertThat(examplesLines).as("README line '%s'", line).contains(line);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
