package org.cytoquiz.content.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.content.validate.ValidationReport;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.therapy.TargetedImmunotherapy;
import org.cytoquiz.core.therapy.Therapy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The course that ships: it loads, it is complete, and it says what the article says. */
class BundledCourseTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static Truth truth(String subject, String relation, String object) {
    return KB.truth(EntityId.of(subject), KB.relation(relation), EntityId.of(object));
  }

  @Nested
  class Validation {

    @Test
    void beforeItsReviewDateTheCourseHasNoProblemAtAll() {
      ValidationReport report = ContentLoader.validate(BundledCourse.files(), LocalDate.of(2024, 1, 1));
      assertThat(report.problems()).extracting(ContentProblem::format).isEmpty();
      assertThat(report.knowledgeBase()).isPresent();
    }

    @Test
    void afterItsReviewDateTheOnlyProblemIsTheReviewWarning() {
      ValidationReport report = ContentLoader.validate(BundledCourse.files(), LocalDate.of(2026, 11, 29));
      assertThat(report.errors()).isEmpty();
      assertThat(report.warnings()).singleElement().extracting(ContentProblem::format).asString()
          .startsWith("course.yaml:15: source.reviewDue: warning: the medical review was due on 2025-02-28");
    }
  }

  @Nested
  class Entailment {

    @Test
    void interferonAlfaTreatmentGivesInterferonBecauseInterferonAlfaIsAFormOfIt() {
      assertThat(truth("interferon-alfa-therapy", "uses-cytokine", "interferon")).isEqualTo(Truth.TRUE);
      var derivation = KB.entailment().derivation(EntityId.of("interferon-alfa-therapy"),
          KB.relation("uses-cytokine"), EntityId.of("interferon")).orElseThrow();
      assertThat(derivation.grounds()).extracting(Fact::describe).containsExactly(
          "interferon-alfa-therapy uses-cytokine interferon-alfa", "interferon-alfa form-of interferon");
      assertThat(derivation.conclusion().source().key()).isEqualTo("treat/7");
      assertThat(truth("high-dose-il2", "uses-cytokine", "interferon")).isEqualTo(Truth.FALSE);
    }

    @Test
    void everyTherapyHasTheRoutesAndSchedulesStatedForCytokineTherapyWithTheirHedgesAndSource() {
      for (Therapy therapy : KB.therapies()) {
        assertThat(therapy.routes()).as(therapy.entity().id().value()).isNotEmpty();
        assertThat(therapy.schedules()).as(therapy.entity().id().value()).isNotEmpty();
        Entity vein = KB.entity(EntityId.of("intravenous"));
        Fact fact = therapy.factAbout(Therapy.GIVEN_BY_ROUTE, vein).orElseThrow();
        assertThat(fact.source().key()).isEqualTo("taken/1");
        assertThat(KB.statement(fact).patient()).endsWith(" may be given into a vein, depending on the treatment.");
      }
    }

    @Test
    void whatTheArticleLeavesOpenAboutTheTaxonomyStaysUnknown() {
      assertThat(truth("peginterferon-alfa-2b", "form-of", "interferon-alfa")).isEqualTo(Truth.UNKNOWN);
      assertThat(truth("high-dose-il2", "belongs-to", "biochemotherapy")).isEqualTo(Truth.UNKNOWN);
      assertThat(truth("interferon-alfa", "form-of", "interleukin-2")).isEqualTo(Truth.FALSE);
      assertThat(truth("ipilimumab", "belongs-to", "cytokine-therapy")).isEqualTo(Truth.FALSE);
    }

    @Test
    void everyClosedWorldOrOneObjectDeclarationSaysWhyTheArticleSettlesIt() throws java.io.IOException {
      String yaml = new String(BundledCourse.files().read("relations.yaml").orElseThrow(),
          java.nio.charset.StandardCharsets.UTF_8);
      for (String block : yaml.split("\n  - id: ")) {
        if (block.contains("\n    world: closed") || block.contains("\n    objectsPerSubject: one")) {
          String declarations = block.substring(0, block.indexOf("objectsPerSubject:"));
          assertThat(declarations).as(block.lines().findFirst().orElse(""))
              .containsPattern("(?m)^    # (Closed|One)");
        }
      }
    }
  }

  @Nested
  class Coverage {

    @Test
    void everyParagraphWithMedicalContentIsCited() {
      Set<String> cited = new HashSet<>();
      Stream.concat(KB.facts().stream().map(Fact::source), KB.entities().stream().map(Entity::source))
          .forEach(ref -> cited.add(ref.key()));
      Set<String> all = new HashSet<>();
      for (Section section : KB.course().source().sections()) {
        for (int p = 1; p <= section.paragraphs(); p++) {
          all.add(section.id() + "/" + p);
        }
      }
      // Every paragraph of the article teaches something (the page's review line and e-mail sign-up notice are
      // not counted as paragraphs).
      assertThat(all).filteredOn(key -> !cited.contains(key)).isEmpty();
    }

    @Test
    void theSourceIsTheReviewedArticle() {
      var source = KB.course().source();
      assertThat(source.reviewer()).isEqualTo("HU Medical Review Board");
      assertThat(source.lastReviewed()).isEqualTo(YearMonth.of(2022, 2));
      assertThat(source.sections()).extracting(Section::id)
          .containsExactly("intro", "treat", "taken", "side-effects", "targeted");
    }

    @Test
    void theFourTherapiesOfTheArticleAreThere() {
      assertThat(KB.entities(EntityType.THERAPY)).extracting(e -> e.id().value()).contains(
          "high-dose-il2", "low-dose-il2", "maintenance-interferon-alfa", "peginterferon-therapy",
          "interferon-alfa-therapy", "intralesional-il2");
    }

    @Test
    void theSixTargetedImmunotherapiesCarryTheirBrandNames() {
      assertThat(KB.targetedImmunotherapies())
          .extracting(t -> t.drug().label().clinical() + "=" + t.brandName().orElseThrow().label().patient())
          .containsExactly("ipilimumab=Yervoy", "pembrolizumab=Keytruda", "nivolumab=Opdivo",
              "cemiplimab=Libtayo", "avelumab=Bavencio", "atezolizumab=Tecentriq");
      assertThat(KB.targetedImmunotherapies()).allSatisfy((TargetedImmunotherapy t) ->
          assertThat(truth(t.drug().id().value(), "belongs-to", "cytokine-therapy")).isEqualTo(Truth.FALSE));
    }
  }

  @Nested
  class WhatTheArticleSays {

    @Test
    void onlyHighDoseInterleukin2MustBeGivenInHospital() {
      assertThat(KB.therapy("high-dose-il2").requiredSettings()).extracting(e -> e.id().value())
          .containsExactly("hospital");
      assertThat(truth("high-dose-il2", "can-be-given-in", "home")).isEqualTo(Truth.FALSE);
      for (String shot : new String[] {"low-dose-il2", "maintenance-interferon-alfa", "peginterferon-therapy"}) {
        assertThat(truth(shot, "must-be-given-in", "hospital")).as(shot).isEqualTo(Truth.FALSE);
        assertThat(KB.therapy(shot).possibleSettings()).extracting(e -> e.id().value())
            .containsExactly("doctors-office", "infusion-center", "home");
      }
    }

    @Test
    void interferonDoesNotAttackCancerCellsDirectly() {
      assertThat(truth("interferon", "has-trait", "attacks-cancer-directly")).isEqualTo(Truth.FALSE);
      assertThat(truth("interferon", "has-trait", "binds-receptor")).isEqualTo(Truth.TRUE);
    }

    @Test
    void whatTheArticleLeavesOpenStaysUnknown() {
      assertThat(truth("low-dose-il2", "can-be-given-in", "hospital")).isEqualTo(Truth.UNKNOWN);
      assertThat(truth("peginterferon-therapy", "treats", "kaposi-sarcoma")).isEqualTo(Truth.UNKNOWN);
    }

    @Test
    void highDoseInterleukin2IsForAdvancedMelanomaWhenOtherTreatmentsFail() {
      assertThat(KB.therapy("high-dose-il2").indications())
          .extracting(i -> i.condition().id().value() + " / " + i.qualifiers().stream()
              .map(q -> q.wording().patient()).collect(java.util.stream.Collectors.joining(" / ")))
          .containsExactly("unresectable-melanoma / may / if other treatments are not working",
              "metastatic-melanoma / may / if other treatments are not working",
              "skin-cancer / may / , depending on the form of skin cancer");
    }

    @Test
    void peginterferonIsSylatronAndLastsLonger() {
      assertThat(truth("peginterferon-alfa-2b", "has-brand-name", "sylatron")).isEqualTo(Truth.TRUE);
      assertThat(truth("peginterferon-alfa-2b", "lasts-longer-than", "interferon-alfa")).isEqualTo(Truth.TRUE);
      assertThat(truth("interferon-alfa", "lasts-longer-than", "peginterferon-alfa-2b")).isEqualTo(Truth.FALSE);
      assertThat(KB.therapy("peginterferon-therapy").cytokine()).map(e -> e.id().value())
          .contains("peginterferon-alfa-2b");
    }
  }
}
