package org.cytoquiz.content.load;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files of one course: a folder on disk, a folder on the class path, or files held in memory.
 *
 * <p>Paths are relative to the course folder and use {@code /}; the course always starts at
 * {@value #COURSE_FILE}.
 */
public interface ContentFiles {

  /** The file every course starts from: it names the course, its source and its other files. */
  String COURSE_FILE = "course.yaml";

  /** Where the files come from, for messages. */
  String describe();

  /**
   * The bytes of the file at {@code path}, or empty if there is no such file.
   *
   * @throws IOException if the file exists but cannot be read
   */
  Optional<byte[]> read(String path) throws IOException;

  /** Every YAML file the source can list, for the warning about files no course includes; may be empty. */
  List<String> listYaml() throws IOException;

  /** The files of the course folder {@code dir}. */
  static ContentFiles directory(Path dir) {
    Path root = checkNotNull(dir, "dir").toAbsolutePath().normalize();
    return new ContentFiles() {
      @Override
      public String describe() {
        return root.toString();
      }

      @Override
      public Optional<byte[]> read(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
          return Optional.empty();
        }
        try {
          return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
          return Optional.empty();
        }
      }

      @Override
      public List<String> listYaml() throws IOException {
        try (Stream<Path> files = Files.walk(root, 8)) {
          return files
              .filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .filter(p -> p.endsWith(".yaml") || p.endsWith(".yml"))
              .sorted()
              .toList();
        }
      }
    };
  }

  /** The files under {@code base} on the class path of {@code loader}, such as the bundled course. */
  static ContentFiles classpath(ClassLoader loader, String base) {
    checkNotNull(loader, "loader");
    String prefix = base.endsWith("/") ? base : base + "/";
    return new ContentFiles() {
      @Override
      public String describe() {
        return "classpath:" + prefix;
      }

      @Override
      public Optional<byte[]> read(String path) throws IOException {
        if (path.contains("..")) {
          return Optional.empty();
        }
        try (InputStream in = loader.getResourceAsStream(prefix + path)) {
          return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
      }

      @Override
      public List<String> listYaml() {
        return List.of();
      }
    };
  }

  /** Files held in memory, keyed by path: for tests and for tools that build content on the fly. */
  static ContentFiles inMemory(Map<String, byte[]> files) {
    Map<String, byte[]> copy = ImmutableMap.copyOf(files);
    return new ContentFiles() {
      @Override
      public String describe() {
        return "memory";
      }

      @Override
      public Optional<byte[]> read(String path) {
        return Optional.ofNullable(copy.get(path)).map(byte[]::clone);
      }

      @Override
      public List<String> listYaml() {
        return copy.keySet().stream().filter(p -> p.endsWith(".yaml") || p.endsWith(".yml")).sorted().toList();
      }
    };
  }
}
