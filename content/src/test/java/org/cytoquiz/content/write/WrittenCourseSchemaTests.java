package org.cytoquiz.content.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.content.format.ContentFormat;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written course folder carries the schema, and each of its files points an editor at it. */
class WrittenCourseSchemaTests {

  @TempDir Path temp;

  @Test
  void everyWrittenFileNamesTheSchemaWrittenBesideIt() throws IOException {
    ContentWriter.write(BundledCourse.curriculum(), temp);
    List<String> files = new ArrayList<>(ContentWriter.FILES);
    files.add(ContentFiles.COURSE_FILE);
    for (String file : files) {
      String firstLine = Files.readAllLines(temp.resolve(file), StandardCharsets.UTF_8).get(0);
      String schema = file.equals(ContentFiles.COURSE_FILE) ? ContentFormat.COURSE_SCHEMA : ContentFormat.CONTENT_SCHEMA;
      assertThat(firstLine).as(file).isEqualTo(ContentFormat.SCHEMA_LINE_PREFIX + schema);
      Path resolved = temp.resolve(file).getParent().resolve(schema);
      assertThat(Files.readString(resolved, StandardCharsets.UTF_8)).isEqualTo(ContentFormat.schema(schema));
    }
    assertThat(ContentLoader.validate(ContentFiles.directory(temp), null).problems()).isEmpty();
  }
}
