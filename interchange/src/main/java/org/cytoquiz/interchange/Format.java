package org.cytoquiz.interchange;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** An interchange format cytoquiz writes questions in. */
public enum Format {
  /** 1EdTech QTI 3.0 content package: a zip of {@code imsmanifest.xml} and one item file per question. */
  QTI3("qti3", "zip", "application/zip"),
  /** IMS QTI 2.1 content package: a zip of {@code imsmanifest.xml} and one item file per question. */
  QTI21("qti21", "zip", "application/zip"),
  /** Moodle's GIFT text format, one question per paragraph. */
  GIFT("gift", "gift", "text/plain; charset=utf-8"),
  /** Moodle XML, the question bank's own import format. */
  MOODLE_XML("moodle-xml", "xml", "application/xml");

  private final String key;
  private final String extension;
  private final String mediaType;

  Format(String key, String extension, String mediaType) {
    this.key = key;
    this.extension = extension;
    this.mediaType = mediaType;
  }

  /** The name on the command line and in URLs, such as {@code moodle-xml}. */
  public String key() {
    return key;
  }

  /** The file name extension of an export, without the dot, such as {@code zip}. */
  public String extension() {
    return extension;
  }

  /** The media type of an export, for an HTTP download. */
  public String mediaType() {
    return mediaType;
  }

  /** The format named {@code key}, if any. */
  public static Optional<Format> fromKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }

  /** Every format's key, comma-separated, for messages. */
  public static String keys() {
    return Arrays.stream(values()).map(Format::key).collect(Collectors.joining(", "));
  }
}
