package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.interchange.GiftReader.GiftAnswer;
import org.cytoquiz.interchange.GiftReader.GiftQuestion;
import org.cytoquiz.interchange.gift.GiftWriter;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Header;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.SingleChoice;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.quiz.question.Verdict;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * GIFT round trip through the third-party parser: every question, answer, credit and piece of feedback the
 * export writes is what the parser reads back, and any text with GIFT's special characters survives.
 */
class GiftRoundTripTests {

  private static final Path OUT = Path.of("target/interchange-gift");

  @Test
  void everyShippedSetParsesBackToWhatWasExported() throws Exception {
    Validators.kit();
    for (QuestionSet set : Fixtures.sets()) {
      List<GiftQuestion> parsed = GiftReader.parse(Fixtures.export(Format.GIFT, set),
          OUT.resolve(set.id() + ".gift"));
      assertThat(parsed).as(set.id()).containsExactlyElementsOf(expected(set));
    }
  }

  @Test
  void anyTextWithGiftsSpecialCharactersSurvivesExportAndParse() throws Exception {
    Validators.kit();
    // The parser is a separate program: QuickTheories draws the texts, one GIFT file carries them all, and each
    // text must come back unchanged as a stem, an option, a feedback and a title.
    List<String> texts = new ArrayList<>();
    qt().withExamples(300).withFixedSeed(20261130L).forAll(giftText()).checkAssert(texts::add);
    texts.addAll(List.of("\\", "\\\\", "a\\", "{=a=1}", "::x::", "~=#{}:\\", "#### x", "\\n", "a - > b"));
    List<Question> questions = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      questions.add(choiceWithText("t" + i, texts.get(i)));
    }
    QuestionSet set = new QuestionSet("escaping", "escaping", Marking.PARTIAL_CREDIT, questions);
    List<GiftQuestion> parsed = GiftReader.parse(Fixtures.export(Format.GIFT, set), OUT.resolve("escaping.gift"));
    assertThat(parsed).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      GiftQuestion q = parsed.get(i);
      assertThat(q.stem()).as("stem of example %s", i).isEqualTo(text);
      assertThat(q.answers().get(0).text()).as("option of example %s", i).isEqualTo(text);
      assertThat(q.answers().get(0).feedback()).as("feedback of example %s", i)
          .isEqualTo(Explanations.of(questions.get(i).options().get(0).feedback(), Audience.STAFF));
      assertThat(q.title()).as("title").isEqualTo("t" + i);
    }
  }

  @Test
  void escapingPutsABackslashBeforeEachSpecialCharacter() {
    assertThat(GiftWriter.escape("a~b=c#d{e}f:g\\h")).isEqualTo("a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h");
    assertThat(GiftWriter.escape("two\nlines")).isEqualTo("two\\nlines");
  }

  @Test
  void aRightAnswerHoldingAnArrowIsRefusedByName() {
    QuestionSet set = new QuestionSet("arrow", "arrow", Marking.PARTIAL_CREDIT, List.of(choiceWithText("q1", "a -> b")));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.export(Format.GIFT, set))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("q1").hasMessageContaining("->");
  }

  @Test
  void percentagesUseTheGradesMoodleLists() {
    assertThat(GiftWriter.percent(1.0 / 3)).isEqualTo("33.33333");
    assertThat(GiftWriter.percent(-0.5)).isEqualTo("-50");
    assertThat(GiftWriter.percent(1.0 / 7)).isEqualTo("14.28571");
  }

  /** Words from letters, digits and every GIFT special character, joined by single spaces. */
  private static Gen<String> giftText() {
    String alphabet = "~=#{}:\\abcXYZ019.,;!?\"'-/()<>&é…";
    Gen<String> word = SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(1, 8)
        .map(indices -> {
          StringBuilder w = new StringBuilder();
          indices.forEach(i -> w.append(alphabet.charAt(i)));
          return w.toString();
        });
    return SourceDSL.lists().of(word).ofSizeBetween(1, 6).map(words -> String.join(" ", words))
        .assuming(text -> !text.contains("->"));
  }

  private static Question choiceWithText(String id, String text) {
    Question model = Fixtures.sets().get(1).questions().get(0);
    SourceRef source = model.sources().get(0);
    Header header = new Header(id, Audience.STAFF, model.topic(), model.difficulty(), text, model.header().tests(),
        List.of(source));
    return new SingleChoice(header, List.of(
        new Option("a", text, true, header.tests(), Feedback.of(Verdict.RIGHT, text, source)),
        new Option("b", "other " + id, false, header.tests(), Feedback.of(Verdict.WRONG, "no", source)),
        new Option("c", "third " + id, false, header.tests(), Feedback.of(Verdict.WRONG, "no", source))));
  }

  /** What GIFT should carry of {@code set}, built from the quiz model. */
  static List<GiftQuestion> expected(QuestionSet set) {
    List<GiftQuestion> questions = new ArrayList<>();
    for (Question q : set.questions()) {
      Credit credit = Credit.of(q, set.marking());
      Audience audience = q.audience();
      List<GiftAnswer> answers = new ArrayList<>();
      String general = Explanations.sources(q);
      String type;
      if (q instanceof TrueFalse t) {
        type = "TF";
        Option right = t.options().stream().filter(Option::correct).findFirst().orElseThrow();
        Option wrong = t.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
        answers.add(new GiftAnswer("wrong", GiftReader.percent(0), Explanations.of(wrong.feedback(), audience)));
        answers.add(new GiftAnswer("right", GiftReader.percent(1), Explanations.of(right.feedback(), audience)));
        answers.add(new GiftAnswer(t.answer() ? "key: true" : "key: false", GiftReader.percent(1), null));
      } else if (q instanceof Matching m) {
        type = "Matching";
        StringBuilder explained = new StringBuilder();
        for (Item left : m.left()) {
          String right = m.right().stream().filter(r -> r.id().equals(m.answer().get(left.id()))).findFirst()
              .orElseThrow().text();
          answers.add(new GiftAnswer(left.text() + " -> " + right, null, null));
          explained.append(Explanations.of(m.feedback().get(left.id()).withVerdict(Verdict.RIGHT), audience))
              .append(' ');
        }
        m.right().stream().filter(r -> !m.answer().containsValue(r.id()))
            .forEach(r -> answers.add(new GiftAnswer(" -> " + r.text(), null, null)));
        general = explained.toString().strip();
        // Matching credit in GIFT is Moodle's: each pair an equal share, as the credit rule says.
        assertThat(credit).isInstanceOf(Credit.Mapped.class);
        assertThat(((Credit.Mapped) credit).credits().values()).allMatch(c -> Math.abs(c - 1.0 / m.left().size()) < 1e-12);
      } else if (q instanceof TextEntry t) {
        type = "Short";
        for (String accepted : new java.util.LinkedHashSet<>(t.accepted())) {
          answers.add(new GiftAnswer(accepted, GiftReader.percent(1), Explanations.of(t.right(), audience)));
        }
        answers.add(new GiftAnswer("*", GiftReader.percent(0), Explanations.of(t.wrong(), audience)));
      } else {
        type = "MC";
        Map<String, Double> credits = credit instanceof Credit.Mapped m ? m.credits() : Map.of();
        for (Option o : q.options()) {
          double c = credits.isEmpty() ? (o.correct() ? 1 : 0) : credits.get(o.id());
          answers.add(new GiftAnswer(o.text(), GiftReader.percent(c), Explanations.of(o.feedback(), audience)));
        }
        if (q instanceof MultipleResponse) {
          assertThat(credit).isInstanceOf(Credit.Mapped.class);
        }
      }
      questions.add(new GiftQuestion(type, q.id(), q.stem(), answers, general));
    }
    return questions;
  }
}
