package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.fact.Derivation;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Modality;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The article's hedges survive: every qualified fact, stated or entailed, rendered by every template that
 * states it (the relation's sentence, the knowledge base's statement, the feedback, and each item of both
 * banks that states it) and in both audiences, says each of its qualifiers inside the sentence.
 */
class QualifierRenderingTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();
  static final Map<Audience, List<Question>> BANKS = Map.of(
      Audience.PATIENT, ItemBank.of(CURRICULUM, Audience.PATIENT), Audience.STAFF, ItemBank.of(CURRICULUM, Audience.STAFF));

  static Stream<Arguments> everyQualifiedFactInEveryAudience() {
    List<Arguments> all = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      for (Fact fact : KB.facts()) {
        if (!fact.qualifiers().isEmpty()) {
          all.add(Arguments.of(fact.describe() + " / " + audience, fact, audience));
        }
      }
      for (Derivation derived : KB.entailment().derived()) {
        if (!derived.conclusion().qualifiers().isEmpty()) {
          all.add(Arguments.of(derived.conclusion().describe() + " (entailed) / " + audience,
              derived.conclusion(), audience));
        }
      }
    }
    return all.stream();
  }

  /** The words each qualifier must leave in a sentence read by {@code audience}. */
  static List<String> wordsOf(Fact fact, Audience audience) {
    List<String> words = new ArrayList<>();
    for (Qualifier qualifier : fact.qualifiers()) {
      String text = qualifier.wording().in(audience).replaceFirst("^,\\s*", "");
      if (qualifier instanceof Qualifier.Extent) {
        text += " " + KB.entity(fact.object()).label().in(audience);
      }
      words.add(qualifier instanceof Modality ? " " + text + " " : text);
    }
    return words;
  }

  static void saysEveryQualifier(String text, Fact fact, Audience audience, String where) {
    for (String words : wordsOf(fact, audience)) {
      // A qualifier that opens the sentence ("In Kaposi sarcoma, ...") is capitalized there.
      String opening = words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
      assertThat(text.contains(words) || text.contains(" " + opening.strip()) || text.startsWith(opening.strip()))
          .as("%s of %s says “%s”: %s", where, fact.describe(), words, text).isTrue();
      assertThat(text).as("%s of %s", where, fact.describe()).doesNotContain("(" + words.strip());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQualifiedFactInEveryAudience")
  void theSentenceTheStatementAndTheFeedbackSayEveryQualifier(String name, Fact fact, Audience audience) {
    Wordings words = new Wordings(KB, audience);
    saysEveryQualifier(words.sentence(fact.subject(), fact.relation(), fact.object()), fact, audience, "sentence");
    saysEveryQualifier(KB.statement(fact).in(audience), fact, audience, "statement");
    if (fact.holds()) {
      saysEveryQualifier(words.truthOf(fact.subject(), fact.relation(), fact.object()).text(), fact, audience,
          "feedback");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQualifiedFactInEveryAudience")
  void everyItemThatStatesTheFactSaysEveryQualifier(String name, Fact fact, Audience audience) {
    // The link the fact names, whatever a claim asserts of it (a true/false item's False option negates it).
    Claim claim = RelationQuestions.claim(fact.subject(), fact.relation(), fact.object());
    for (Question question : BANKS.get(audience)) {
      if (question instanceof TrueFalse && question.header().tests().stream().map(Claim::asserted)
          .anyMatch(claim::equals)) {
        saysEveryQualifier(question.stem(), fact, audience, question.id() + " stem");
      }
      for (Option option : question.options()) {
        boolean namesIt = option.claims().stream().map(Claim::asserted).anyMatch(claim::equals);
        boolean statesIt = namesIt && (fact.holds() == (question instanceof TrueFalse
            ? option.id().equals(TrueFalse.TRUE) == option.correct() : option.correct()));
        if (statesIt) {
          saysEveryQualifier(option.feedback().text(), fact, audience, question.id() + " option " + option.id());
        }
      }
    }
  }

  @Test
  void theArticlesHedgesAreNotUpgraded() {
    Wordings patient = new Wordings(KB, Audience.PATIENT);
    Wordings staff = new Wordings(KB, Audience.STAFF);
    var treats = KB.relation("treats");
    var hd = org.cytoquiz.core.entity.EntityId.of("high-dose-il2");
    var metastatic = org.cytoquiz.core.entity.EntityId.of("metastatic-melanoma");
    assertThat(staff.sentence(hd, treats, metastatic)).isEqualTo("High-dose interleukin-2 (IL-2) may be used in the "
        + "treatment of metastatic melanoma if other treatments are not effective.")
        .doesNotContain("indicated");
    assertThat(patient.sentence(org.cytoquiz.core.entity.EntityId.of("low-dose-il2"), KB.relation("can-be-given-in"),
        org.cytoquiz.core.entity.EntityId.of("home")))
        // The article's "may ... or possibly self-administered at home": its hedge in plain words (no doubled
        // "may possibly" for patients), and who gives it.
        .isEqualTo("Low-dose interleukin-2 can sometimes be given at home, by yourself.");
    assertThat(staff.sentence(org.cytoquiz.core.entity.EntityId.of("low-dose-il2"), KB.relation("can-be-given-in"),
        org.cytoquiz.core.entity.EntityId.of("home")))
        // Staff keep the article's "may ... possibly", and the verb is said once (not "administered ...,
        // self-administered").
        .isEqualTo("Low-dose interleukin-2 (IL-2) may possibly be administered at home by the patient.");
    assertThat(staff.sentence(org.cytoquiz.core.entity.EntityId.of("interferon-alfa-therapy"),
        KB.relation("works-best-with"), org.cytoquiz.core.entity.EntityId.of("no-systemic-symptoms")))
        // The condition first, not trailing as an afterthought.
        .isEqualTo("In Kaposi sarcoma, interferon-alfa therapy is most effective in patients with no systemic symptoms.");
    assertThat(patient.sentence(org.cytoquiz.core.entity.EntityId.of("intralesional-il2"), treats,
        org.cytoquiz.core.entity.EntityId.of("stage-iii-melanoma-in-transit"))).contains(" may be used to treat ");
    assertThat(patient.sentence(org.cytoquiz.core.entity.EntityId.of("cytokine-therapy"), KB.relation("chosen-by"),
        org.cytoquiz.core.entity.EntityId.of("cancer-stage")))
        // "usually" belongs to how any treatment is chosen, not to how often cytokine therapy is chosen.
        // The choice first, so that the sentence parses (round 3, patient item 127), in short words (round 4).
        .isEqualTo("To pick a treatment like cytokine therapy, doctors will usually look at the stage of the "
            + "cancer.");
    assertThat(patient.sentence(org.cytoquiz.core.entity.EntityId.of("high-dose-il2"), KB.relation("must-be-given-in"),
        // The home facts' "possibly" is their hedge, not the place's: it never reaches a "has to" sentence.
        org.cytoquiz.core.entity.EntityId.of("home"))).doesNotContain("possibly");
  }
}
