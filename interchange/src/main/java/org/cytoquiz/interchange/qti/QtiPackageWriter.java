package org.cytoquiz.interchange.qti;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cytoquiz.interchange.QuestionSet;
import org.cytoquiz.quiz.question.Question;

/**
 * Writes a {@link QuestionSet} as a QTI content package: a zip holding {@code imsmanifest.xml}, which lists one
 * item resource per question in the set's order, and {@code items/<identifier>.xml} for each question. Entries
 * carry a fixed time so that the same set always gives the same bytes.
 */
public final class QtiPackageWriter {

  /** The time stamped on every zip entry. */
  private static final FileTime ENTRY_TIME = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));

  private final QtiVersion version;

  /** A writer of packages in {@code version}. */
  public QtiPackageWriter(QtiVersion version) {
    this.version = version;
  }

  /** The path inside the package of {@code question}'s item file. */
  public static String itemPath(Question question) {
    return "items/" + QtiItemWriter.itemIdentifier(question) + ".xml";
  }

  /**
   * Writes the package of {@code set} to {@code out}, which is left open.
   *
   * @throws IOException if {@code out} fails
   */
  public void write(QuestionSet set, OutputStream out) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    QtiItemWriter items = new QtiItemWriter(version, set.language());
    for (Question question : set.questions()) {
      files.put(itemPath(question), items.write(question, set.marking()));
    }
    ZipOutputStream zip = new ZipOutputStream(out);
    put(zip, "imsmanifest.xml", manifest(set));
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      put(zip, file.getKey(), file.getValue());
    }
    zip.finish();
    zip.flush();
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setLastModifiedTime(ENTRY_TIME);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }

  /** The manifest of {@code set}'s package, as UTF-8 XML. */
  byte[] manifest(QuestionSet set) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("manifest");
      xml.writeDefaultNamespace(version.manifestNamespace());
      xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
      xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
          version.manifestNamespace() + " " + version.manifestSchemaLocation());
      xml.writeAttribute("identifier", "MANIFEST-" + set.id());
      xml.writeStartElement("metadata");
      text(xml, "schema", version.manifestSchema());
      text(xml, "schemaversion", version.manifestSchemaVersion());
      xml.writeEndElement();
      xml.writeEmptyElement("organizations");
      xml.writeStartElement("resources");
      for (Question question : set.questions()) {
        xml.writeStartElement("resource");
        xml.writeAttribute("identifier", "RES-" + QtiItemWriter.itemIdentifier(question));
        xml.writeAttribute("type", version.itemResourceType());
        xml.writeAttribute("href", itemPath(question));
        xml.writeEmptyElement("file");
        xml.writeAttribute("href", itemPath(question));
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the manifest of " + set.id() + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static void text(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }
}
