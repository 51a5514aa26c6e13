package org.cytoquiz.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cytoquiz.content.format.ContentFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema is published once (jar and docs alike), and every shipped course file points at it and obeys it. */
class PublishedSchemaTests {

  /** The bundled course in the source tree (tests run in the module's folder). */
  private static final Path COURSE = Path.of("src/main/resources", BundledCourse.LOCATION);

  static Stream<String> shippedFiles() throws IOException {
    try (Stream<Path> files = Files.walk(COURSE)) {
      return files.filter(p -> p.toString().endsWith(".yaml"))
          .map(p -> COURSE.relativize(p).toString().replace('\\', '/')).sorted().toList().stream();
    }
  }

  @Test
  void theDocsCopyOfEachSchemaIsTheOneInTheJar() throws IOException {
    for (String schema : ContentFormat.SCHEMAS) {
      assertThat(Files.readString(Path.of("../docs/schema", schema), StandardCharsets.UTF_8)).as(schema)
          .isEqualTo(ContentFormat.schema(schema));
    }
  }

  @Test
  void theBundledCourseShipsEveryFile() throws IOException {
    assertThat(shippedFiles()).hasSizeGreaterThan(10).contains("course.yaml", "relations.yaml");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedFiles")
  void eachShippedFileNamesItsSchemaOnItsFirstLineByAPathThatResolves(String file) throws IOException {
    String expected = file.equals(ContentFiles.COURSE_FILE) ? ContentFormat.COURSE_SCHEMA : ContentFormat.CONTENT_SCHEMA;
    String firstLine = Files.readAllLines(COURSE.resolve(file), StandardCharsets.UTF_8).get(0);
    assertThat(firstLine).startsWith(ContentFormat.SCHEMA_LINE_PREFIX).endsWith("/" + expected);
    String relative = firstLine.substring(ContentFormat.SCHEMA_LINE_PREFIX.length());

    Path inSourceTree = COURSE.resolve(file).getParent().resolve(relative).normalize();
    assertThat(inSourceTree).as("in the source tree").exists();
    assertThat(Files.readString(inSourceTree, StandardCharsets.UTF_8)).isEqualTo(ContentFormat.schema(expected));

    String inJar = Path.of(BundledCourse.LOCATION).resolve(file).getParent().resolve(relative).normalize()
        .toString().replace('\\', '/');
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(inJar)) {
      assertThat(in).as("on the class path at %s", inJar).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(ContentFormat.schema(expected));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedFiles")
  void eachShippedFileObeysItsSchema(String file) throws Exception {
    YamlDocument doc = new YamlReader().read(Files.readAllBytes(COURSE.resolve(file))).orElseThrow();
    ContentSchema.Kind kind = file.equals(ContentFiles.COURSE_FILE) ? ContentSchema.Kind.COURSE : ContentSchema.Kind.CONTENT;
    assertThat(ContentSchema.instance().check(file, doc, kind).problems()).isEmpty();
  }

  @Test
  void aCourseFileThatBreaksTheSchemaIsCaughtByIt() throws Exception {
    YamlDocument doc = new YamlReader().read("facts: {}\n".getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertThat(ContentSchema.instance().check("x.yaml", doc, ContentSchema.Kind.CONTENT).problems())
        .extracting(p -> p.format()).containsExactly("x.yaml:1: facts: expected a list but found a mapping");
    assertThat(ContentSchema.instance().check("x.yaml", doc, ContentSchema.Kind.COURSE).problems())
        .extracting(p -> p.field()).containsAll(List.of("id", "title", "source", "include", "facts"));
  }
}
