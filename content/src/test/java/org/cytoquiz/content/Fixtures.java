package org.cytoquiz.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.cytoquiz.content.load.ContentFiles;

/** Test courses assembled from the files under {@code src/test/resources/broken}. */
public final class Fixtures {

  private Fixtures() {}

  /** The small course whose {@code content.yaml} is the fixture {@code name}.yaml. */
  public static ContentFiles courseWithContent(String name) {
    Map<String, byte[]> files = new HashMap<>();
    files.put("course.yaml", resource("broken/course.yaml"));
    files.put("base.yaml", resource("broken/base.yaml"));
    files.put("content.yaml", resource("broken/" + name + ".yaml"));
    return ContentFiles.inMemory(files);
  }

  /** The small valid course with {@code course.yaml} replaced by the variant {@code name}.yaml. */
  public static ContentFiles courseVariant(String name) {
    Map<String, byte[]> files = new HashMap<>();
    files.put("course.yaml", resource("broken/course-variants/" + name + ".yaml"));
    files.put("base.yaml", resource("broken/base.yaml"));
    files.put("content.yaml", resource("broken/valid.yaml"));
    return ContentFiles.inMemory(files);
  }

  /** The bytes of a class-path resource. */
  public static byte[] resource(String path) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
