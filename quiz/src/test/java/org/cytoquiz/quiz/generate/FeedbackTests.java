package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.Verdict;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feedback over both banks: its verdict agrees with the key, and feedback on every wrong answer states a true
 * fact (judged by the model, not by the generator) that rules the answer out, in the learner's wording, with
 * its source; never only "it is not true that …".
 */
class FeedbackTests {

  static final KnowledgeBase KB = QuestionKeyTests.KB;

  static final Curriculum CURRICULUM = QuestionKeyTests.CURRICULUM;

  static Stream<Arguments> everyQuestion() {
    return QuestionKeyTests.everyQuestion();
  }

  /** Every feedback on a wrong answer a question has: wrong options, and a text entry's "wrong". */
  static List<Feedback> onWrongAnswers(Question question) {
    List<Feedback> wrong = new ArrayList<>();
    question.options().stream().filter(o -> !o.correct()).map(Option::feedback).forEach(wrong::add);
    if (question instanceof TextEntry text) {
      wrong.add(text.wrong());
    }
    return wrong;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void everyOptionsVerdictAgreesWithItsKey(String id, Question question) {
    for (Option option : question.options()) {
      if (option.correct()) {
        assertThat(option.feedback().verdict()).as("%s option %s", id, option.id()).isEqualTo(Verdict.RIGHT);
      } else {
        assertThat(option.feedback().verdict()).as("%s option %s", id, option.id()).isNotEqualTo(Verdict.RIGHT);
      }
    }
    if (question instanceof TextEntry text) {
      assertThat(text.right().verdict()).isEqualTo(Verdict.RIGHT);
      assertThat(text.wrong().verdict()).isEqualTo(Verdict.WRONG);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void feedbackOnEveryWrongAnswerStatesATrueFactInTheLearnersWordsWithItsSource(String id, Question question) {
    var sections = KB.course().source().sections();
    for (Feedback feedback : onWrongAnswers(question)) {
      assertThat(feedback.facts()).as("%s: %s", id, feedback.text()).isNotEmpty();
      assertThat(sections).as(id).contains(feedback.source().section());
      String correction = withoutDenial(feedback.text());
      assertThat(correction).as("%s is only a denial: %s", id, feedback.text()).isNotBlank();
      for (Claim fact : feedback.facts()) {
        assertThat(QuestionKeyTests.judge(fact)).as("%s states %s", id, fact).isEqualTo(Truth.TRUE);
        // The fact is stated in words the learner reads: both its entities, in the audience's wording (a
        // definition names its term, which may be the article's term rather than the audience's label).
        if (fact.definition()) {
          assertThat(names(fact.subject())).as("%s states %s: %s", id, fact, correction)
              .anySatisfy(name -> assertThat(correction.toLowerCase(Locale.ROOT)).contains(name));
        } else {
          assertThat(correction.toLowerCase(Locale.ROOT)).as("%s states %s", id, fact)
              .contains(label(fact.subject(), question.audience()))
              .contains(label(fact.object(), question.audience()));
        }
      }
    }
  }

  @Test
  void feedbackOnWhereHighDoseInterleukin2MayBeGivenSaysItMustBeGivenInTheHospital() {
    for (Audience audience : Audience.values()) {
      String suffix = audience == Audience.PATIENT ? "-p" : "-s";
      String hospital = audience == Audience.PATIENT ? "has to be given in the hospital" : "must be administered";
      List<Question> bank = ItemBank.of(CURRICULUM, audience);
      Option saidTrue = QuestionKeyTests.find(bank, "tf-can-be-given-in-high-dose-il2-home" + suffix).options().stream()
          .filter(o -> !o.correct()).findFirst().orElseThrow();
      assertThat(saidTrue.feedback().text()).contains(hospital);
      assertThat(saidTrue.feedback().facts()).contains(
          Claim.of(id("high-dose-il2"), "must-be-given-in", id("hospital")));
      Option highDose = QuestionKeyTests.find(bank, "shots-outside-hospital" + suffix).options().stream()
          .filter(o -> QuestionKeyTests.subject(o).equals("high-dose-il2")).findFirst().orElseThrow();
      assertThat(highDose.feedback().verdict()).isEqualTo(Verdict.WRONG);
      assertThat(highDose.feedback().text()).contains(hospital);
    }
  }

  @Test
  void aMatchedPairIsMarkedRightAndAMismatchedOneWrong() {
    Matching matching = (Matching) ItemBank.of(CURRICULUM, Audience.PATIENT).stream()
        .filter(q -> q instanceof Matching).findFirst().orElseThrow();
    var answer = new java.util.LinkedHashMap<>(matching.answer());
    String first = matching.left().get(0).id();
    String second = matching.left().get(1).id();
    String swapped = answer.get(first);
    answer.put(first, answer.get(second));
    answer.put(second, swapped);
    List<Feedback> feedback = matching.feedback(new Response.Pairs(answer));
    assertThat(feedback).extracting(Feedback::verdict)
        .containsExactly(Stream.concat(Stream.of(Verdict.WRONG, Verdict.WRONG),
            Stream.generate(() -> Verdict.RIGHT).limit(answer.size() - 2)).toArray(Verdict[]::new));
  }

  /** The text without a leading "It is not true that …." sentence. */
  static String withoutDenial(String text) {
    return text.startsWith("It is not true that") ? text.substring(text.indexOf(". ") + 1).strip() : text;
  }

  /** Every name of an entity, lower case: both labels and the aliases. */
  static List<String> names(org.cytoquiz.core.entity.EntityId entity) {
    var e = KB.entity(entity);
    List<String> names = new ArrayList<>(List.of(e.label().patient(), e.label().clinical()));
    names.addAll(e.aliases());
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
  }

  static String label(org.cytoquiz.core.entity.EntityId entity, Audience audience) {
    return KB.entity(entity).label().in(audience).toLowerCase(Locale.ROOT);
  }

  static org.cytoquiz.core.entity.EntityId id(String value) {
    return org.cytoquiz.core.entity.EntityId.of(value);
  }
}
