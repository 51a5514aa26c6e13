package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.quiz.lint.Finding;
import org.cytoquiz.quiz.lint.ItemLint;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** No question of the shipped course gives its answer away: by the names in it, by its ids, or by its form. */
class NoCueTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();
  /** Both banks, built once for the whole class. */
  static final Map<Audience, List<Question>> BANKS = Map.of(
      Audience.PATIENT, ItemBank.of(CURRICULUM, Audience.PATIENT), Audience.STAFF, ItemBank.of(CURRICULUM, Audience.STAFF));

  static EntityId id(String value) {
    return EntityId.of(value);
  }

  @Nested
  class NamesThatTellTheAnswer {

    final Cues cues = new Cues(KB);

    @Test
    void aTherapyNamedAfterItsCytokineOrItsDoseIsToldByItsName() {
      assertThat(cues.related(id("high-dose-il2"), id("interleukin-2"))).isTrue();
      assertThat(cues.related(id("high-dose-il2"), id("high-dose"))).isTrue();
      assertThat(cues.related(id("interferon-alfa-therapy"), id("interferon"))).isTrue();
      assertThat(cues.related(id("peginterferon-alfa-2b"), id("interferon-alfa"))).isTrue();
      assertThat(cues.related(id("high-dose-il2"), id("low-dose"))).isFalse();
      assertThat(cues.related(id("high-dose-il2"), id("hospital"))).isFalse();
      // "PEG-interferon alfa-2b" is one of peginterferon's names: the PEG in it is told by the name.
      assertThat(cues.related(id("peginterferon-alfa-2b"), id("polyethylene-glycol"))).isTrue();
      assertThat(cues.related(id("peginterferon-alfa-2b"), id("interleukin-2"))).isFalse();
    }

    @Test
    void aOneObjectRelationToldByTheSubjectsNameYieldsNoItemOnThatSubjectEvenAFalseOne() {
      assertThat(cues.answeredBySubject(id("high-dose-il2"), KB.relation("uses-cytokine"))).isTrue();
      assertThat(cues.answeredBySubject(id("high-dose-il2"), KB.relation("given-at-dose"))).isTrue();
      // Made-from is an open many-object list: a name that tells one object says nothing of the others.
      assertThat(cues.answeredBySubject(id("peginterferon-alfa-2b"), KB.relation("made-from"))).isFalse();
    }

    @Test
    void aComparisonBetweenRelatedNamesIsNotToldByThem() {
      Relation longer = KB.relation("lasts-longer-than");
      assertThat(cues.told(id("peginterferon-alfa-2b"), longer, id("interferon-alfa"))).isFalse();
      assertThat(cues.told(id("peginterferon-alfa-2b"), KB.relation("made-from"), id("interferon-alfa"))).isTrue();
      assertThat(BANKS.get(Audience.STAFF)).extracting(Question::id)
          .contains("tf-lasts-longer-than-peginterferon-alfa-2b-interferon-alfa-s");
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void theIssuesExamplesAreNotInTheBank(Audience audience) {
      String suffix = audience == Audience.PATIENT ? "-p" : "-s";
      List<String> ids = BANKS.get(audience).stream().map(Question::id).toList();
      assertThat(ids).doesNotContain(
          "tf-uses-cytokine-high-dose-il2-interleukin-2" + suffix,
          "tf-given-at-dose-high-dose-il2-high-dose" + suffix,
          "tf-uses-cytokine-interferon-alfa-therapy-interferon" + suffix,
          "tf-uses-cytokine-high-dose-il2-peginterferon-alfa-2b" + suffix,
          "sc-form-of-object-interferon-alfa" + suffix);
      // Review of November 2026: "peginterferon" already says PEG, so the item gave its answer away.
      assertThat(ids).doesNotContain("tf-made-from-peginterferon-alfa-2b-polyethylene-glycol" + suffix);
    }

    /** Every item, of every kind, true/false included: no claim it states or keys links two related entities. */
    @ParameterizedTest
    @EnumSource(Audience.class)
    void noItemClaimsALinkThatTheNamesAlreadyTell(Audience audience) {
      for (Question question : BANKS.get(audience)) {
        List<Claim> claims = new ArrayList<>(question.header().tests());
        question.options().forEach(o -> claims.addAll(o.claims()));
        for (Claim claim : claims) {
          if (!claim.definition()) {
            Relation relation = KB.relation(claim.relation());
            assertThat(cues.told(claim.subject(), relation, claim.object())).as("%s: %s", question.id(), claim)
                .isFalse();
            if (question instanceof TrueFalse) {
              assertThat(cues.answeredBySubject(claim.subject(), relation)).as("%s: %s", question.id(), claim)
                  .isFalse();
            }
          }
        }
      }
    }
  }

  @Nested
  class OpaqueOptionIds {

    final List<String> entityIds = java.util.Arrays.stream(EntityType.values())
        .flatMap(t -> KB.entities(t).stream()).map(e -> e.id().value()).toList();

    @ParameterizedTest
    @EnumSource(Audience.class)
    void noOptionOrItemIdNamesAnEntityOrTheOtherSide(Audience audience) {
      for (Question question : BANKS.get(audience)) {
        List<String> ids = new ArrayList<>(question.options().stream().map(Option::id).toList());
        if (question instanceof Matching matching) {
          List<String> left = matching.left().stream().map(Item::id).toList();
          List<String> right = matching.right().stream().map(Item::id).toList();
          for (String l : left) {
            for (String r : right) {
              assertThat(l).as(question.id()).doesNotContain(r);
              assertThat(r).as(question.id()).doesNotContain(l);
            }
          }
          ids.addAll(left);
          ids.addAll(right);
        }
        for (String optionId : ids) {
          for (String entityId : entityIds) {
            assertThat(optionId).as("%s option %s", question.id(), optionId).doesNotContain(entityId);
          }
        }
      }
    }

    @Test
    void idsAreStableFromOneBuildToTheNextAndDifferBetweenQuestions() {
      List<Question> first = BANKS.get(Audience.STAFF);
      List<Question> second = ItemBank.of(CURRICULUM, Audience.STAFF);
      assertThat(first).isEqualTo(second);
      // The brand-name matching: the route definitions are three, too few for a matching with one left over.
      Matching definitions = (Matching) first.stream()
          .filter(q -> q.id().equals("match-has-brand-name-s")).findFirst().orElseThrow();
      assertThat(definitions.answer()).allSatisfy((l, r) -> assertThat(l).isNotEqualTo(r));
      assertThat(OpaqueIds.id("q1", "o", "home")).isNotEqualTo(OpaqueIds.id("q2", "o", "home"))
          .matches("o[0-9a-f]{8}");
    }
  }

  @Nested
  class Definitions {

    @ParameterizedTest
    @EnumSource(Audience.class)
    void routeDefinitionsAskForTheArticlesTermsNotForAPlainPhrase(Audience audience) {
      String suffix = audience == Audience.PATIENT ? "-p" : "-s";
      List<Question> bank = BANKS.get(audience);
      Map<String, String> terms = Map.of("intravenous", "intravenous (IV)", "subcutaneous", "subcutaneous",
          "intralesional", "intralesional");
      terms.forEach((entity, term) -> {
        Question question = QuestionKeyTests.find(bank, "sc-definition-" + entity + suffix);
        assertThat(question.stem()).contains("“" + term + "”");
      });
      assertThat(bank).filteredOn(q -> q.id().startsWith("sc-definition-") || q.id().startsWith("match-definition-"))
          .allSatisfy(q -> assertThat(q.stem() + " " + (q instanceof Matching m ? m.left().toString() : ""))
              .doesNotContainIgnoringCase("into a vein").doesNotContainIgnoringCase("under the skin")
              .doesNotContainIgnoringCase("into the tumor"));
      TextEntryCheck.acceptsNothingThePromptShows(QuestionKeyTests.find(bank, "text-definition-intravenous" + suffix));
    }

    @ParameterizedTest
    @EnumSource(Audience.class)
    void theOptionsOfADefinitionQuestionShareOneForm(Audience audience) {
      for (Question question : BANKS.get(audience)) {
        if (question.id().startsWith("sc-definition-")) {
          assertThat(question.options()).extracting(o -> DefinitionQuestions.form(o.text())).as(question.id())
              .containsOnly(DefinitionQuestions.form(question.options().get(0).text()));
        }
      }
    }

    @Test
    void aVerbIsNotDefinedAmongAdjectives() {
      assertThat(DefinitionQuestions.form("Connects to something and holds on."))
          .isNotEqualTo(DefinitionQuestions.form("Not able to be taken out with surgery."));
      assertThat(DefinitionQuestions.form("Given as a shot just below the skin."))
          .isEqualTo(DefinitionQuestions.form("Given as a shot right into the tumor."));
    }
  }

  /** The lint, run over both shipped banks by every build, finds nothing. */
  @ParameterizedTest
  @EnumSource(Audience.class)
  void theItemLintFindsNothingInTheShippedBank(Audience audience) {
    List<Finding> findings = ItemLint.check(BANKS.get(audience));
    assertThat(findings).as(String.join("\n", findings.stream().map(Finding::toString).toList())).isEmpty();
  }

  static final class TextEntryCheck {
    private TextEntryCheck() {}

    static void acceptsNothingThePromptShows(Question question) {
      org.cytoquiz.quiz.question.TextEntry text = (org.cytoquiz.quiz.question.TextEntry) question;
      assertThat(text.accepted()).isNotEmpty()
          .noneSatisfy(a -> assertThat(org.cytoquiz.quiz.lint.Words.givesAway(text.stem(), a)).isTrue());
      assertThat(text.accepted()).doesNotContain("into a vein");
    }
  }
}
