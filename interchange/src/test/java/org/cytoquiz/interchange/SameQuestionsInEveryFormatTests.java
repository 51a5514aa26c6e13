package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cytoquiz.interchange.qti.QtiIds;
import org.cytoquiz.interchange.qti.QtiVersion;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The same quiz exported in each format carries the same questions, keys and credit: each export is read back
 * (QTI and Moodle XML with the JDK's XML parser, GIFT with the third-party gift-pegjs) into the question id, the
 * stem and the credit of every answer, and compared with the quiz model.
 */
class SameQuestionsInEveryFormatTests {

  /**
   * One question as a format carries it: id, stem, and each answer's credit in percent (an option's text; for
   * true/false {@code true} or {@code false}; for matching {@code "left -> right"} for each pair of the key; for
   * text entry each accepted form).
   */
  record Carried(String id, String stem, Map<String, BigDecimal> credits) {}

  @Test
  void qti3Qti21MoodleXmlAndGiftCarryWhatTheModelSays() throws Exception {
    for (QuestionSet set : Fixtures.sets()) {
      List<Carried> expected = expected(set);
      assertThat(qti(QtiVersion.V3P0, Fixtures.export(Format.QTI3, set))).as("qti3 %s", set.id())
          .containsExactlyElementsOf(expected);
      assertThat(qti(QtiVersion.V2P1, Fixtures.export(Format.QTI21, set))).as("qti21 %s", set.id())
          .containsExactlyElementsOf(expected);
      assertThat(moodle(Fixtures.export(Format.MOODLE_XML, set))).as("moodle-xml %s", set.id())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void giftCarriesWhatTheModelSays() throws Exception {
    Validators.kit();
    for (QuestionSet set : Fixtures.sets()) {
      List<Carried> carried = new ArrayList<>();
      for (GiftReader.GiftQuestion q : GiftReader.parse(Fixtures.export(Format.GIFT, set),
          Path.of("target/interchange-same").resolve(set.id() + ".gift"))) {
        Map<String, BigDecimal> credits = new LinkedHashMap<>();
        switch (q.type()) {
          case "TF" -> {
            boolean truth = q.answers().get(2).text().equals("key: true");
            credits.put("true", GiftReader.percent(truth ? 1 : 0));
            credits.put("false", GiftReader.percent(truth ? 0 : 1));
          }
          case "Matching" -> {
            List<String> pairs = q.answers().stream().map(GiftReader.GiftAnswer::text)
                .filter(p -> !p.startsWith(" -> ")).toList();
            pairs.forEach(p -> credits.put(p, GiftReader.percent(1.0 / pairs.size())));
          }
          default -> q.answers().stream().filter(a -> !(q.type().equals("Short") && a.text().equals("*")))
              .forEach(a -> credits.put(a.text(), a.percent()));
        }
        carried.add(new Carried(q.title(), q.stem(), credits));
      }
      assertThat(carried).as("gift %s", set.id()).containsExactlyElementsOf(expected(set));
    }
  }

  /** What every format must carry of {@code set}, from the quiz model and its credit rule. */
  static List<Carried> expected(QuestionSet set) {
    List<Carried> carried = new ArrayList<>();
    for (Question q : set.questions()) {
      Credit credit = Credit.of(q, set.marking());
      Map<String, BigDecimal> credits = new LinkedHashMap<>();
      if (q instanceof Matching m) {
        for (Item left : m.left()) {
          String right = m.right().stream().filter(r -> r.id().equals(m.answer().get(left.id()))).findFirst()
              .orElseThrow().text();
          credits.put(left.text() + " -> " + right, GiftReader.percent(credit.score(
              List.of(left.id() + " " + m.answer().get(left.id())))));
        }
      } else if (q instanceof TextEntry t) {
        t.accepted().forEach(a -> credits.put(a, GiftReader.percent(credit.score(List.of(a)))));
      } else {
        for (Option o : q.options()) {
          String text = q instanceof TrueFalse ? o.id() : o.text();
          credits.put(text, GiftReader.percent(credit instanceof Credit.Mapped mapped
              ? mapped.credits().get(o.id()) : credit.score(List.of(o.id()))));
        }
      }
      carried.add(new Carried(q.id(), q.stem(), credits));
    }
    return carried;
  }

  private static DocumentBuilder parser() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder();
  }

  /** The questions of a QTI package, in its manifest's order. */
  static List<Carried> qti(QtiVersion version, byte[] zip) throws Exception {
    Map<String, byte[]> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    Document manifest = parser().parse(new ByteArrayInputStream(files.get("imsmanifest.xml")));
    NodeList resources = manifest.getElementsByTagNameNS(version.manifestNamespace(), "resource");
    List<Carried> carried = new ArrayList<>();
    for (int r = 0; r < resources.getLength(); r++) {
      String href = ((Element) resources.item(r)).getAttribute("href");
      Document item = parser().parse(new ByteArrayInputStream(files.get(href)));
      carried.add(qtiItem(version, item.getDocumentElement()));
    }
    return carried;
  }

  private static Carried qtiItem(QtiVersion v, Element item) {
    String ns = v.namespace();
    String id = QtiIds.parse(QtiIds.ITEM, item.getAttribute("identifier"));
    Map<String, String> texts = new HashMap<>();
    for (String choice : List.of("simpleChoice", "simpleAssociableChoice")) {
      NodeList choices = item.getElementsByTagNameNS(ns, v.element(choice));
      for (int i = 0; i < choices.getLength(); i++) {
        Element c = (Element) choices.item(i);
        texts.put(c.getAttribute("identifier"), c.getTextContent());
      }
    }
    NodeList prompts = item.getElementsByTagNameNS(ns, v.element("prompt"));
    String stem = prompts.getLength() > 0 ? prompts.item(0).getTextContent()
        : item.getElementsByTagNameNS(ns, "p").item(0).getTextContent();
    Element declaration = (Element) item.getElementsByTagNameNS(ns, v.element("responseDeclaration")).item(0);
    String baseType = declaration.getAttribute(v.attribute("baseType"));
    Map<String, Double> byValue = new LinkedHashMap<>();
    NodeList entries = declaration.getElementsByTagNameNS(ns, v.element("mapEntry"));
    if (entries.getLength() > 0) {
      for (int i = 0; i < entries.getLength(); i++) {
        Element e = (Element) entries.item(i);
        byValue.put(e.getAttribute(v.attribute("mapKey")),
            Double.parseDouble(e.getAttribute(v.attribute("mappedValue"))));
      }
    } else {
      NodeList values = ((Element) declaration.getElementsByTagNameNS(ns, v.element("correctResponse")).item(0))
          .getElementsByTagNameNS(ns, v.element("value"));
      texts.keySet().stream().filter(k -> k.startsWith(QtiIds.OPTION)).forEach(k -> byValue.put(k, 0.0));
      for (int i = 0; i < values.getLength(); i++) {
        byValue.put(values.item(i).getTextContent(), 1.0);
      }
    }
    Map<String, BigDecimal> credits = new LinkedHashMap<>();
    NodeList choices = item.getElementsByTagNameNS(ns, v.element("simpleChoice"));
    if (baseType.equals("identifier")) {
      for (int i = 0; i < choices.getLength(); i++) {
        Element c = (Element) choices.item(i);
        String text = c.getTextContent();
        if (text.equals("True") || text.equals("False")) {
          text = text.toLowerCase(Locale.ROOT);
        }
        credits.put(text, GiftReader.percent(byValue.getOrDefault(c.getAttribute("identifier"), 0.0)));
      }
    } else if (baseType.equals("directedPair")) {
      byValue.forEach((pair, credit) -> {
        String[] ids = pair.split(" ");
        credits.put(texts.get(ids[0]) + " -> " + texts.get(ids[1]), GiftReader.percent(credit));
      });
    } else {
      byValue.forEach((text, credit) -> credits.put(text, GiftReader.percent(credit)));
    }
    return new Carried(id, stem, credits);
  }

  /** The questions of a Moodle XML file, in order. */
  static List<Carried> moodle(byte[] xml) throws Exception {
    Document doc = parser().parse(new ByteArrayInputStream(xml));
    NodeList questions = doc.getElementsByTagName("question");
    List<Carried> carried = new ArrayList<>();
    for (int i = 0; i < questions.getLength(); i++) {
      Element q = (Element) questions.item(i);
      String type = q.getAttribute("type");
      if (type.equals("category")) {
        continue;
      }
      String id = child(child(q, "name"), "text").getTextContent();
      String stem = child(child(q, "questiontext"), "text").getTextContent();
      Map<String, BigDecimal> credits = new LinkedHashMap<>();
      if (type.equals("matching")) {
        List<String> pairs = new ArrayList<>();
        NodeList subs = q.getElementsByTagName("subquestion");
        for (int s = 0; s < subs.getLength(); s++) {
          Element sub = (Element) subs.item(s);
          String left = child(sub, "text").getTextContent();
          if (!left.isEmpty()) {
            pairs.add(left + " -> " + child(child(sub, "answer"), "text").getTextContent());
          }
        }
        pairs.forEach(p -> credits.put(p, GiftReader.percent(1.0 / pairs.size())));
      } else {
        NodeList answers = q.getElementsByTagName("answer");
        for (int a = 0; a < answers.getLength(); a++) {
          Element answer = (Element) answers.item(a);
          String text = child(answer, "text").getTextContent();
          double fraction = Double.parseDouble(answer.getAttribute("fraction")) / 100;
          if (!(type.equals("shortanswer") && text.equals("*") && fraction == 0)) {
            credits.put(text, GiftReader.percent(fraction));
          }
        }
      }
      carried.add(new Carried(id, stem, credits));
    }
    return carried;
  }

  private static Element child(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }
}
