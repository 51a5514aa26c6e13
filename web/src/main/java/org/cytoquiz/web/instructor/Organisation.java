package org.cytoquiz.web.instructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation that issues certificates: its name, and optionally a logo served by the application at
 * {@link #LOGO_PATH}.
 *
 * @param name the name printed on certificates, 1 to 200 characters
 * @param logo the logo, if one is configured
 */
public record Organisation(String name, Optional<Logo> logo) {

  /** Where the application serves the logo. */
  public static final String LOGO_PATH = "/organisation-logo";
  /** The largest logo file accepted, in bytes. */
  public static final int MAX_LOGO_BYTES = 1024 * 1024;

  /** The organisation named when none is configured. */
  public static final Organisation DEFAULT = new Organisation("cytoquiz", Optional.empty());

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is blank or longer than 200 characters
   */
  public Organisation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(logo, "logo");
    name = name.strip();
    if (name.isEmpty() || name.length() > 200) {
      throw new IllegalArgumentException("the organisation name must have 1 to 200 characters");
    }
  }

  /**
   * A logo image.
   *
   * @param bytes the file's content
   * @param contentType its media type, such as {@code image/png}
   */
  public record Logo(byte[] bytes, String contentType) {

    /** Checks that nothing is missing. */
    public Logo {
      Objects.requireNonNull(bytes, "bytes");
      Objects.requireNonNull(contentType, "contentType");
    }
  }

  /**
   * An organisation with the logo read from {@code logoFile}, if given.
   *
   * @throws IllegalArgumentException if the name is blank or too long, or the logo file is missing, unreadable,
   *     larger than {@link #MAX_LOGO_BYTES}, or not a .png, .jpg, .jpeg, .gif, .webp or .svg file
   */
  public static Organisation of(String name, Optional<Path> logoFile) {
    if (logoFile.isEmpty()) {
      return new Organisation(name, Optional.empty());
    }
    Path file = logoFile.get();
    String type = contentType(file).orElseThrow(() -> new IllegalArgumentException("--organisation-logo " + file
        + ": use a .png, .jpg, .jpeg, .gif, .webp or .svg file"));
    try {
      if (!Files.isRegularFile(file)) {
        throw new IllegalArgumentException("--organisation-logo " + file + ": there is no such file");
      }
      if (Files.size(file) > MAX_LOGO_BYTES) {
        throw new IllegalArgumentException("--organisation-logo " + file + ": the file is larger than "
            + MAX_LOGO_BYTES / 1024 + " KiB");
      }
      return new Organisation(name, Optional.of(new Logo(Files.readAllBytes(file), type)));
    } catch (IOException e) {
      throw new UncheckedIOException("--organisation-logo " + file + " cannot be read", e);
    }
  }

  private static Optional<String> contentType(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return Optional.of("image/png");
    } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return Optional.of("image/jpeg");
    } else if (name.endsWith(".gif")) {
      return Optional.of("image/gif");
    } else if (name.endsWith(".webp")) {
      return Optional.of("image/webp");
    } else if (name.endsWith(".svg")) {
      return Optional.of("image/svg+xml");
    }
    return Optional.empty();
  }
}
