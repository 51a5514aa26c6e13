package org.cytoquiz.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.cytoquiz.interchange.gift.GiftWriter;
import org.cytoquiz.interchange.moodle.MoodleXmlWriter;
import org.cytoquiz.interchange.qti.QtiPackageWriter;
import org.cytoquiz.interchange.qti.QtiVersion;

/** Writes a question set in any {@link Format}: the one entry point for the command line and the web. */
public final class Interchange {

  private Interchange() {}

  /**
   * Writes {@code set} as {@code format} to {@code out}, which is flushed and left open.
   *
   * @throws UnsupportedMarkingException if the format cannot score a question under the set's marking as
   *     cytoquiz does (GIFT and Moodle XML only; QTI carries every marking)
   * @throws IOException if {@code out} fails
   */
  public static void write(Format format, QuestionSet set, OutputStream out) throws IOException {
    switch (format) {
      case QTI3 -> new QtiPackageWriter(QtiVersion.V3P0).write(set, out);
      case QTI21 -> new QtiPackageWriter(QtiVersion.V2P1).write(set, out);
      case GIFT -> {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        new GiftWriter().write(set, writer);
        writer.flush();
      }
      case MOODLE_XML -> new MoodleXmlWriter().write(set, out);
    }
    out.flush();
  }

  /** The file name of {@code set} exported as {@code format}, such as {@code staff-certification-qti3.zip}. */
  public static String fileName(Format format, QuestionSet set) {
    return set.id() + "-" + format.key() + "." + format.extension();
  }
}
