package org.cytoquiz.interchange.moodle;

import java.io.OutputStream;
import java.util.LinkedHashSet;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.cytoquiz.core.Audience;
import org.cytoquiz.interchange.Credit;
import org.cytoquiz.interchange.Explanations;
import org.cytoquiz.interchange.Format;
import org.cytoquiz.interchange.QuestionSet;
import org.cytoquiz.interchange.UnsupportedMarkingException;
import org.cytoquiz.interchange.gift.GiftWriter;
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
 * Writes a {@link QuestionSet} as Moodle XML: a category, then one {@code <question>} per question, named and
 * numbered ({@code idnumber}) with its id. Single choice and scenario become {@code multichoice} with one answer,
 * multiple response {@code multichoice} with several, each answer with its fraction (a percentage, as Moodle
 * lists its grades) and our feedback; true/false becomes {@code truefalse}; matching {@code matching} (an unused
 * right item as a subquestion with no text, Moodle's distractor); text entry {@code shortanswer} with every
 * accepted form and a {@code *} answer at 0% for the feedback on any other. Texts are plain text; the general
 * feedback names the sources.
 */
public final class MoodleXmlWriter {

  private XMLStreamWriter xml;
  /** The language of the phrases added to the feedback, that of the set being written. */
  private java.util.Locale language;

  /**
   * Writes {@code set} to {@code out} as UTF-8, which is flushed and left open.
   *
   * @throws UnsupportedMarkingException if Moodle cannot score a question as cytoquiz does under the marking
   * @throws IllegalStateException if the JDK's XML writer fails
   */
  public void write(QuestionSet set, OutputStream out) {
    for (Question question : set.questions()) {
      Credit credit = Credit.of(question, set.marking());
      boolean fits = question instanceof MultipleResponse || question instanceof Matching
          ? credit instanceof Credit.Mapped m && m.base() == 0
          : !(question instanceof TrueFalse) || credit instanceof Credit.Exact;
      if (!fits) {
        throw new UnsupportedMarkingException(Format.MOODLE_XML, question, set.marking());
      }
    }
    language = set.language();
    try {
      xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("quiz");
      xml.writeComment(" cytoquiz: " + set.title().replace("--", "- -") + " ");
      xml.writeStartElement("question");
      xml.writeAttribute("type", "category");
      xml.writeStartElement("category");
      text("$course$/top/cytoquiz/" + set.id());
      xml.writeEndElement();
      xml.writeEndElement();
      for (Question question : set.questions()) {
        question(question, Credit.of(question, set.marking()));
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write Moodle XML for " + set.id() + ": " + e.getMessage(), e);
    }
  }

  private void question(Question q, Credit credit) throws XMLStreamException {
    String type = q instanceof TrueFalse ? "truefalse" : q instanceof Matching ? "matching"
        : q instanceof TextEntry ? "shortanswer" : "multichoice";
    Audience audience = q.audience();
    xml.writeStartElement("question");
    xml.writeAttribute("type", type);
    xml.writeStartElement("name");
    text(q.id());
    xml.writeEndElement();
    formatted("questiontext", q.stem());
    formatted("generalfeedback", Explanations.sources(q, language));
    simple("defaultgrade", "1");
    simple("penalty", "0");
    simple("hidden", "0");
    simple("idnumber", q.id());
    if (q instanceof TrueFalse t) {
      for (Option option : t.options()) {
        answer(option.correct() ? 100 : 0, option.id(), option.feedback(), audience);
      }
    } else if (q instanceof Matching m) {
      simple("shuffleanswers", "true");
      for (Item left : m.left()) {
        Item right = m.right().stream().filter(r -> r.id().equals(m.answer().get(left.id()))).findFirst()
            .orElseThrow();
        subquestion(left.text(), right.text());
      }
      for (Item right : m.right()) {
        if (!m.answer().containsValue(right.id())) {
          subquestion("", right.text());
        }
      }
      StringBuilder explanations = new StringBuilder();
      for (Item left : m.left()) {
        explanations.append(Explanations.of(m.feedback().get(left.id()).withVerdict(Verdict.RIGHT), audience,
            language))
            .append(' ');
      }
      formatted("correctfeedback", explanations.toString().strip());
      formatted("partiallycorrectfeedback", explanations.toString().strip());
      formatted("incorrectfeedback", explanations.toString().strip());
    } else if (q instanceof TextEntry t) {
      simple("usecase", "0");
      for (String accepted : new LinkedHashSet<>(t.accepted())) {
        answer(100, accepted, t.right(), audience);
      }
      answer(0, "*", t.wrong(), audience);
    } else {
      simple("single", Boolean.toString(!(q instanceof MultipleResponse)));
      simple("shuffleanswers", "true");
      simple("answernumbering", "abc");
      Map<String, Double> credits = credit instanceof Credit.Mapped m ? m.credits() : Map.of();
      for (Option option : q.options()) {
        double fraction = credits.isEmpty() ? (option.correct() ? 1 : 0) : credits.get(option.id());
        answer(fraction * 100, option.text(), option.feedback(), audience);
      }
    }
    xml.writeEndElement();
  }

  private void answer(double percent, String text, Feedback feedback, Audience audience) throws XMLStreamException {
    xml.writeStartElement("answer");
    xml.writeAttribute("fraction", GiftWriter.percent(percent / 100));
    xml.writeAttribute("format", "plain_text");
    text(text);
    formatted("feedback", Explanations.of(feedback, audience, language));
    xml.writeEndElement();
  }

  private void subquestion(String left, String right) throws XMLStreamException {
    xml.writeStartElement("subquestion");
    xml.writeAttribute("format", "plain_text");
    text(left);
    xml.writeStartElement("answer");
    text(right);
    xml.writeEndElement();
    xml.writeEndElement();
  }

  private void formatted(String element, String content) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeAttribute("format", "plain_text");
    text(content);
    xml.writeEndElement();
  }

  private void simple(String element, String content) throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(content);
    xml.writeEndElement();
  }

  private void text(String content) throws XMLStreamException {
    simple("text", content);
  }
}
