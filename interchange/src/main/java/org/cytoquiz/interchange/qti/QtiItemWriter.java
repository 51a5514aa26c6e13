package org.cytoquiz.interchange.qti;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.interchange.Credit;
import org.cytoquiz.interchange.Explanations;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.quiz.question.Verdict;

/**
 * Writes one question as a QTI assessment item: a choice interaction (single choice, scenario, true/false,
 * multiple response), a match interaction (matching) or a text-entry interaction (text entry); response
 * processing that scores as {@link Credit} says (the rules of {@code match_correct} or {@code map_response},
 * written out so that feedback can be set beside them); and modal feedback with our explanation and source for
 * each option, pair or typed answer.
 */
public final class QtiItemWriter {

  /** The outcome that names the feedback to show. */
  static final String FEEDBACK = "FEEDBACK";
  /** Feedback identifier of an accepted typed answer. */
  static final String TEXT_RIGHT = "FB_RIGHT";
  /** Feedback identifier of any other typed answer. */
  static final String TEXT_WRONG = "FB_WRONG";
  /** Prefix of the feedback identifier for a left item matched rightly. */
  static final String PAIR_RIGHT = "FR_";
  /** Prefix of the feedback identifier for a left item matched wrongly. */
  static final String PAIR_WRONG = "FW_";

  private final QtiVersion version;
  private final java.util.Locale language;
  private XMLStreamWriter xml;

  /** A writer of items in {@code version}, adding English phrases (verdicts, "Source:") to the feedback. */
  public QtiItemWriter(QtiVersion version) {
    this(version, java.util.Locale.ENGLISH);
  }

  /**
   * A writer of items in {@code version} whose feedback carries the verdicts and source sentences of
   * {@code language} (see {@link Explanations}).
   *
   * @throws NullPointerException if an argument is null
   */
  public QtiItemWriter(QtiVersion version, java.util.Locale language) {
    this.version = java.util.Objects.requireNonNull(version, "version");
    this.language = java.util.Objects.requireNonNull(language, "language");
  }

  /** The item identifier of {@code question}. */
  public static String itemIdentifier(Question question) {
    return QtiIds.of(QtiIds.ITEM, question.id());
  }

  /**
   * The item for {@code question} scored under {@code marking}, as UTF-8 XML.
   *
   * @throws IllegalStateException if the JDK's XML writer fails (it writes to memory, so it should not)
   */
  public byte[] write(Question question, Marking marking) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      item(question, Credit.of(question, marking));
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write item " + question.id() + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private void item(Question q, Credit credit) throws XMLStreamException {
    xml.writeStartElement(version.element("assessmentItem"));
    xml.writeDefaultNamespace(version.namespace());
    xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
    xml.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
        version.namespace() + " " + version.schemaLocation());
    attr("identifier", itemIdentifier(q));
    attr("title", title(q.stem()));
    attr("adaptive", "false");
    attr("timeDependent", "false");
    xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");

    Map<String, String> values = qtiValues(q);
    responseDeclaration(q, credit, values);
    outcome("SCORE", "single", "float", "0");
    outcome("MAXSCORE", "single", "float", "1");
    outcome(FEEDBACK, "multiple", "identifier", null);

    start("itemBody");
    interaction(q);
    end();

    start("responseProcessing");
    scoreRules(credit);
    feedbackRules(q);
    end();

    for (Map.Entry<String, Feedback> feedback : feedbacks(q).entrySet()) {
      modalFeedback(feedback.getKey(), feedback.getValue(), q.audience());
    }
    end();
  }

  /** Our id of each value a response can hold, to its QTI spelling: option identifiers or directed pairs. */
  private static Map<String, String> qtiValues(Question q) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Option option : q.options()) {
      values.put(option.id(), QtiIds.of(QtiIds.OPTION, option.id()));
    }
    if (q instanceof Matching m) {
      for (Item left : m.left()) {
        for (Item right : m.right()) {
          values.put(left.id() + " " + right.id(),
              QtiIds.of(QtiIds.LEFT, left.id()) + " " + QtiIds.of(QtiIds.RIGHT, right.id()));
        }
      }
    }
    if (q instanceof TextEntry t) {
      t.accepted().forEach(a -> values.put(a, a));
    }
    return values;
  }

  private void responseDeclaration(Question q, Credit credit, Map<String, String> values) throws XMLStreamException {
    start("responseDeclaration");
    attr("identifier", "RESPONSE");
    attr("cardinality", q instanceof MultipleResponse || q instanceof Matching ? "multiple" : "single");
    attr("baseType", q instanceof Matching ? "directedPair" : q instanceof TextEntry ? "string" : "identifier");
    start("correctResponse");
    for (String value : Credit.values(q.key())) {
      element("value", values.get(value));
    }
    end();
    if (credit instanceof Credit.Mapped mapped) {
      start("mapping");
      if (mapped.hasLowerBound()) {
        attr("lowerBound", number(mapped.lowerBound()));
      }
      if (mapped.hasUpperBound()) {
        attr("upperBound", number(mapped.upperBound()));
      }
      attr("defaultValue", "0");
      for (Map.Entry<String, Double> entry : mapped.credits().entrySet()) {
        start("mapEntry");
        attr("mapKey", values.get(entry.getKey()));
        attr("mappedValue", number(entry.getValue()));
        attr("caseSensitive", Boolean.toString(mapped.caseSensitive()));
        end();
      }
      end();
    }
    end();
  }

  private void outcome(String id, String cardinality, String baseType, String defaultValue) throws XMLStreamException {
    start("outcomeDeclaration");
    attr("identifier", id);
    attr("cardinality", cardinality);
    attr("baseType", baseType);
    if (defaultValue != null) {
      start("defaultValue");
      element("value", defaultValue);
      end();
    }
    end();
  }

  private void interaction(Question q) throws XMLStreamException {
    if (q instanceof TextEntry t) {
      element("p", q.stem());
      start("p");
      start("textEntryInteraction");
      attr("responseIdentifier", "RESPONSE");
      attr("expectedLength", Integer.toString(Math.max(15, t.accepted().stream().mapToInt(String::length).max()
          .orElse(15) + 5)));
      end();
      end();
      return;
    }
    if (q instanceof Matching m) {
      start("matchInteraction");
      attr("responseIdentifier", "RESPONSE");
      attr("shuffle", "true");
      attr("maxAssociations", Integer.toString(m.left().size()));
      element("prompt", q.stem());
      matchSet(m.left(), QtiIds.LEFT, 1);
      matchSet(m.right(), QtiIds.RIGHT, m.left().size());
      end();
      return;
    }
    start("choiceInteraction");
    attr("responseIdentifier", "RESPONSE");
    attr("shuffle", Boolean.toString(!(q instanceof TrueFalse)));
    attr("maxChoices", q instanceof MultipleResponse ? "0" : "1");
    element("prompt", q.stem());
    for (Option option : q.options()) {
      start("simpleChoice");
      attr("identifier", QtiIds.of(QtiIds.OPTION, option.id()));
      if (q instanceof TrueFalse) {
        attr("fixed", "true");
      }
      xml.writeCharacters(option.text());
      end();
    }
    end();
  }

  private void matchSet(List<Item> items, String prefix, int matchMax) throws XMLStreamException {
    start("simpleMatchSet");
    for (Item item : items) {
      start("simpleAssociableChoice");
      attr("identifier", QtiIds.of(prefix, item.id()));
      attr("matchMax", Integer.toString(matchMax));
      xml.writeCharacters(item.text());
      end();
    }
    end();
  }

  /** SCORE as {@code match_correct} or {@code map_response} set it (plus a base under every-decision marking). */
  private void scoreRules(Credit credit) throws XMLStreamException {
    start("responseCondition");
    if (credit instanceof Credit.Mapped mapped) {
      start("responseIf");
      start("isNull");
      variable("RESPONSE");
      end();
      setScore("0");
      end();
      start("responseElse");
      start("setOutcomeValue");
      attr("identifier", "SCORE");
      if (mapped.base() != 0) {
        start("sum");
        baseValue("float", number(mapped.base()));
      }
      start("mapResponse");
      attr("identifier", "RESPONSE");
      end();
      if (mapped.base() != 0) {
        end();
      }
      end();
      end();
    } else {
      start("responseIf");
      start("match");
      variable("RESPONSE");
      start("correct");
      attr("identifier", "RESPONSE");
      end();
      end();
      setScore("1");
      end();
      start("responseElse");
      setScore("0");
      end();
    }
    end();
  }

  /** FEEDBACK names what the learner chose, as cytoquiz's own {@code Question.feedback} does. */
  private void feedbackRules(Question q) throws XMLStreamException {
    if (q instanceof TextEntry) {
      start("responseCondition");
      start("responseIf");
      start("gt");
      variable("SCORE");
      baseValue("float", "0");
      end();
      setOnlyFeedback(TEXT_RIGHT);
      end();
      start("responseElseIf");
      notNull();
      setOnlyFeedback(TEXT_WRONG);
      end();
      end();
      return;
    }
    if (q instanceof Matching m) {
      for (Item left : m.left()) {
        String leftId = QtiIds.of(QtiIds.LEFT, left.id());
        start("responseCondition");
        start("responseIf");
        member(leftId + " " + QtiIds.of(QtiIds.RIGHT, m.answer().get(left.id())));
        setFeedback(PAIR_RIGHT + leftId);
        end();
        start("responseElseIf");
        start("or");
        for (Item right : m.right()) {
          member(leftId + " " + QtiIds.of(QtiIds.RIGHT, right.id()));
        }
        end();
        setFeedback(PAIR_WRONG + leftId);
        end();
        end();
      }
      return;
    }
    // A single choice is wrapped in a container; the picks of a multiple response already are one. (Players such
    // as @citolab/qti-components join a container nested in qti-multiple into one string, so none is nested.)
    start("responseCondition");
    start("responseIf");
    notNull();
    start("setOutcomeValue");
    attr("identifier", FEEDBACK);
    if (q instanceof MultipleResponse) {
      variable("RESPONSE");
    } else {
      start("multiple");
      variable("RESPONSE");
      end();
    }
    end();
    end();
    end();
  }

  /** Each feedback identifier to the feedback it shows, in the question's order. */
  static Map<String, Feedback> feedbacks(Question q) {
    Map<String, Feedback> feedbacks = new LinkedHashMap<>();
    if (q instanceof TextEntry t) {
      feedbacks.put(TEXT_RIGHT, t.right());
      feedbacks.put(TEXT_WRONG, t.wrong());
    } else if (q instanceof Matching m) {
      for (Item left : m.left()) {
        String leftId = QtiIds.of(QtiIds.LEFT, left.id());
        Feedback feedback = m.feedback().get(left.id());
        feedbacks.put(PAIR_RIGHT + leftId, feedback.withVerdict(Verdict.RIGHT));
        feedbacks.put(PAIR_WRONG + leftId, feedback.withVerdict(Verdict.WRONG));
      }
    } else {
      for (Option option : q.options()) {
        feedbacks.put(QtiIds.of(QtiIds.OPTION, option.id()), option.feedback());
      }
    }
    return feedbacks;
  }

  private void modalFeedback(String identifier, Feedback feedback, Audience audience) throws XMLStreamException {
    start("modalFeedback");
    attr("outcomeIdentifier", FEEDBACK);
    attr("identifier", identifier);
    attr("showHide", "show");
    if (version.wrapsFeedbackContent()) {
      start("contentBody");
    }
    element("p", feedback.verdict().word(audience, language) + " " + feedback.text().strip());
    element("p", Explanations.source(feedback.source(), audience, language));
    if (version.wrapsFeedbackContent()) {
      end();
    }
    end();
  }

  private void setScore(String value) throws XMLStreamException {
    start("setOutcomeValue");
    attr("identifier", "SCORE");
    baseValue("float", value);
    end();
  }

  /** Sets FEEDBACK to {@code identifier} alone (a typed answer has one feedback, so nothing is kept). */
  private void setOnlyFeedback(String identifier) throws XMLStreamException {
    start("setOutcomeValue");
    attr("identifier", FEEDBACK);
    start("multiple");
    baseValue("identifier", identifier);
    end();
    end();
  }

  /** Adds {@code identifier} to the feedback already named in FEEDBACK (matching: one per left item). */
  private void setFeedback(String identifier) throws XMLStreamException {
    start("setOutcomeValue");
    attr("identifier", FEEDBACK);
    start("multiple");
    variable(FEEDBACK);
    baseValue("identifier", identifier);
    end();
    end();
  }

  private void notNull() throws XMLStreamException {
    start("not");
    start("isNull");
    variable("RESPONSE");
    end();
    end();
  }

  private void member(String pair) throws XMLStreamException {
    start("member");
    baseValue("directedPair", pair);
    variable("RESPONSE");
    end();
  }

  private void variable(String identifier) throws XMLStreamException {
    start("variable");
    attr("identifier", identifier);
    end();
  }

  private void baseValue(String baseType, String value) throws XMLStreamException {
    start("baseValue");
    attr("baseType", baseType);
    xml.writeCharacters(value);
    end();
  }

  private void start(String qti21Name) throws XMLStreamException {
    xml.writeStartElement(version.element(qti21Name));
  }

  private void end() throws XMLStreamException {
    xml.writeEndElement();
  }

  private void attr(String qti21Name, String value) throws XMLStreamException {
    xml.writeAttribute(version.attribute(qti21Name), value);
  }

  private void element(String qti21Name, String text) throws XMLStreamException {
    start(qti21Name);
    xml.writeCharacters(text);
    end();
  }

  /** A credit as QTI writes a float: plain decimal, full precision. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }

  /** A short title for LMS lists: the stem, cut at a word before 80 characters. */
  static String title(String stem) {
    String s = stem.strip().replaceAll("\\s+", " ");
    if (s.length() <= 80) {
      return s;
    }
    int cut = s.lastIndexOf(' ', 77);
    return s.substring(0, cut > 20 ? cut : 77) + "...";
  }
}
