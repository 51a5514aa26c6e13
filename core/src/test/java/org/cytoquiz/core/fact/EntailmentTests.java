package org.cytoquiz.core.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.core.TestModels.CARE;
import static org.cytoquiz.core.TestModels.COURSE;
import static org.cytoquiz.core.TestModels.INTRO;
import static org.cytoquiz.core.TestModels.entity;
import static org.cytoquiz.core.TestModels.ref;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.ModelProblem;
import org.cytoquiz.core.Severity;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.therapy.Therapy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Truth by entailment: taxonomic links carry facts to broader objects and to members, and nothing else. */
class EntailmentTests {

  static final Relation FORM_OF = new Relation("form-of", new Wording("{subject} is one form of {object}",
      "{subject} is a form of {object}"), EnumSet.of(EntityType.CYTOKINE), EnumSet.of(EntityType.CYTOKINE),
      World.OPEN, Cardinality.MANY, true, EnumSet.noneOf(Carry.class), Optional.empty());
  static final Relation BELONGS_TO = new Relation("belongs-to", new Wording("{subject} is a kind of {object}",
      "{subject} belongs to the class {object}"), EnumSet.of(EntityType.THERAPY, EntityType.APPROACH),
      EnumSet.of(EntityType.APPROACH), World.OPEN, Cardinality.MANY, true, EnumSet.noneOf(Carry.class),
      Optional.empty());
  static final Relation USES = new Relation("uses-cytokine", new Wording("{subject} gives you {object}",
      "{subject} delivers {object}"), EnumSet.of(EntityType.THERAPY), EnumSet.of(EntityType.CYTOKINE),
      World.CLOSED, Cardinality.MANY, false, EnumSet.of(Carry.BROADER_OBJECTS), Optional.empty());
  static final Relation ROUTE = new Relation("given-by-route", new Wording("{subject} {modal} be given {object}",
      "{subject} {modal} be administered by the {object} route"), EnumSet.of(EntityType.THERAPY,
      EntityType.APPROACH), EnumSet.of(EntityType.ROUTE), World.OPEN, Cardinality.MANY, false,
      EnumSet.of(Carry.MEMBERS), Optional.of(Modality.CAN));
  /** Carries nothing: a trait of a class is not thereby a trait of each member. */
  static final Relation TRAIT = new Relation("has-trait", new Wording("{subject} {object}", "{subject} {object}"),
      EnumSet.of(EntityType.CYTOKINE, EntityType.APPROACH), EnumSet.of(EntityType.TRAIT), World.OPEN,
      Cardinality.MANY);
  static final Relation DOSE = new Relation("given-at-dose", new Wording("{subject} is given at {object}",
      "{subject} is administered at {object}"), EnumSet.of(EntityType.THERAPY), EnumSet.of(EntityType.CYTOKINE),
      World.OPEN, Cardinality.ONE, false, EnumSet.of(Carry.BROADER_OBJECTS), Optional.empty());

  static final List<Entity> ENTITIES = List.of(
      entity("interferon", EntityType.CYTOKINE),
      entity("interferon-alfa", EntityType.CYTOKINE),
      entity("peginterferon", EntityType.CYTOKINE),
      entity("interleukin-2", EntityType.CYTOKINE),
      entity("interferon-alfa-therapy", EntityType.THERAPY),
      entity("high-dose-il2", EntityType.THERAPY),
      entity("cytokine-therapy", EntityType.APPROACH),
      entity("immunotherapy", EntityType.APPROACH),
      entity("intravenous", EntityType.ROUTE),
      entity("made-naturally", EntityType.TRAIT));

  static final Fact USES_ALFA = Fact.of("interferon-alfa-therapy", USES, "interferon-alfa", ref(INTRO, 2));
  static final Fact ALFA_IS_INTERFERON = Fact.of("interferon-alfa", FORM_OF, "interferon", ref(INTRO, 1));
  static final Fact CLASS_ROUTE = new Fact(EntityId.of("cytokine-therapy"), ROUTE, EntityId.of("intravenous"),
      true, List.of(Modality.MAY), ref(CARE, 1));

  static List<Fact> facts() {
    return List.of(
        USES_ALFA,
        Fact.of("high-dose-il2", USES, "interleukin-2", ref(INTRO, 2)),
        ALFA_IS_INTERFERON,
        Fact.of("peginterferon", FORM_OF, "interferon-alfa", ref(INTRO, 1)),
        Fact.of("interferon-alfa-therapy", BELONGS_TO, "cytokine-therapy", ref(INTRO, 3)),
        Fact.of("high-dose-il2", BELONGS_TO, "cytokine-therapy", ref(INTRO, 3)),
        Fact.of("cytokine-therapy", BELONGS_TO, "immunotherapy", ref(INTRO, 3)),
        CLASS_ROUTE,
        Fact.of("interferon", TRAIT, "made-naturally", ref(INTRO, 1)));
  }

  static final List<Relation> RELATIONS = List.of(FORM_OF, BELONGS_TO, USES, ROUTE, TRAIT, DOSE);

  static KnowledgeBase kb(List<Fact> facts) {
    return KnowledgeBase.of(COURSE, ENTITIES, RELATIONS, facts);
  }

  static KnowledgeBase kb() {
    return kb(facts());
  }

  static EntityId id(String id) {
    return EntityId.of(id);
  }

  @Nested
  class ToBroaderObjects {

    @Test
    void aTreatmentThatGivesInterferonAlfaGivesInterferon() {
      assertThat(kb().truth(id("interferon-alfa-therapy"), USES, id("interferon"))).isEqualTo(Truth.TRUE);
    }

    @Test
    void anEntailedFactKeepsTheSourceAndGroundsOfWhatItFollowsFrom() {
      Derivation derivation = kb().entailment()
          .derivation(id("interferon-alfa-therapy"), USES, id("interferon")).orElseThrow();
      assertThat(derivation.stated()).isFalse();
      assertThat(derivation.grounds()).containsExactly(USES_ALFA, ALFA_IS_INTERFERON);
      assertThat(derivation.conclusion().source()).isEqualTo(USES_ALFA.source());
      assertThat(kb().entailed(id("interferon-alfa-therapy"), USES, id("interferon"))).contains(
          derivation.conclusion());
    }

    @Test
    void aClosedWorldRelationIsFalseOnlyWhereNothingEntailsThePair() {
      assertThat(kb().truth(id("interferon-alfa-therapy"), USES, id("interleukin-2"))).isEqualTo(Truth.FALSE);
      assertThat(kb().truth(id("high-dose-il2"), USES, id("interferon"))).isEqualTo(Truth.FALSE);
    }

    @Test
    void narrowerFormsAreNotEntailed() {
      assertThat(kb().truth(id("interferon-alfa-therapy"), USES, id("peginterferon"))).isEqualTo(Truth.FALSE);
    }
  }

  @Nested
  class Taxonomy {

    @Test
    void taxonomicLinksAreTransitive() {
      assertThat(kb().truth(id("peginterferon"), FORM_OF, id("interferon"))).isEqualTo(Truth.TRUE);
      assertThat(kb().truth(id("high-dose-il2"), BELONGS_TO, id("immunotherapy"))).isEqualTo(Truth.TRUE);
    }

    @Test
    void nothingIsAFormOfItself() {
      var facts = new ArrayList<>(facts());
      facts.add(Fact.of("interferon", FORM_OF, "peginterferon", ref(INTRO, 1)));
      KnowledgeBase kb = kb(facts);
      assertThat(kb.entailment().facts(FORM_OF)).noneMatch(d -> d.conclusion().subject()
          .equals(d.conclusion().object()));
    }
  }

  @Nested
  class ToMembers {

    @Test
    void aClassRouteHoldsForEachTherapyOfTheClassWithItsModalityAndSource() {
      for (String therapy : List.of("interferon-alfa-therapy", "high-dose-il2")) {
        Therapy view = kb().therapy(therapy);
        assertThat(view.routes()).extracting(e -> e.id().value()).containsExactly("intravenous");
        Fact fact = view.factAbout(Therapy.GIVEN_BY_ROUTE, view.routes().get(0)).orElseThrow();
        assertThat(fact.source()).isEqualTo(CLASS_ROUTE.source());
        assertThat(fact.qualifiers()).containsExactly(Modality.MAY);
      }
    }

    @Test
    void aRelationThatDeclaresNoCarryingHoldsOnlyWhatItLists() {
      assertThat(kb().truth(id("interferon-alfa"), TRAIT, id("made-naturally"))).isEqualTo(Truth.UNKNOWN);
    }
  }

  @Nested
  class Contradictions {

    @Test
    void aDenialOfAnEntailedPairIsAnErrorNamingItsGrounds() {
      var facts = new ArrayList<>(facts());
      Fact denial = Fact.of("interferon-alfa-therapy", USES, "interferon", ref(INTRO, 2)).denied();
      facts.add(denial);
      List<ModelProblem> problems = KnowledgeBase.checked(COURSE, ENTITIES, RELATIONS, facts).problems().stream()
          .filter(p -> p.severity() == Severity.ERROR).toList();
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.element()).isSameAs(denial);
        assertThat(p.field()).isEqualTo("holds");
        assertThat(p.message()).isEqualTo("denies what the facts entail: 'interferon-alfa-therapy uses-cytokine "
            + "interferon-alfa' and 'interferon-alfa form-of interferon' make 'interferon-alfa-therapy "
            + "uses-cytokine interferon' true");
      });
    }

    @Test
    void aOneObjectRelationThatEntailmentGivesASecondObjectIsAnError() {
      var facts = new ArrayList<>(facts());
      Fact dose = Fact.of("high-dose-il2", DOSE, "interferon-alfa", ref(INTRO, 2));
      facts.add(dose);
      List<ModelProblem> problems = KnowledgeBase.checked(COURSE, ENTITIES, RELATIONS, facts).problems();
      assertThat(problems).singleElement().satisfies(p -> {
        assertThat(p.element()).isSameAs(dose);
        assertThat(p.field()).isEqualTo("object");
        assertThat(p.message()).contains("allows one object per subject", "'interferon-alfa' and, by entailment");
      });
    }
  }

  @Nested
  class Qualifiers {

    @Test
    void everyQualifierIsRenderedInsideTheSentenceInBothWordings() {
      Wording clause = ROUTE.render(new Wording("low-dose IL-2", "low-dose IL-2 (clinical)"),
          new Wording("into a vein", "intravenous"), List.of(Modality.MAY,
              new Qualifier.Scope(new Wording("for some patients", "in selected patients")),
              new Qualifier.Condition(new Wording(", depending on the treatment", ", depending on the regimen"))));
      assertThat(clause.patient()).isEqualTo(
          "low-dose IL-2 may be given into a vein for some patients, depending on the treatment");
      assertThat(clause.clinical()).isEqualTo("low-dose IL-2 (clinical) may be administered by the intravenous "
          + "route in selected patients, depending on the regimen");
    }

    @Test
    void withoutAModalityTheRelationsDefaultStands() {
      assertThat(ROUTE.render(Wording.same("X"), Wording.same("into a vein")).patient())
          .isEqualTo("X can be given into a vein");
    }

    @Test
    void anExtentNarrowsTheObject() {
      assertThat(USES.render(Wording.same("X"), Wording.same("interferon-alfa"),
          List.of(new Qualifier.Extent(new Wording("man-made", "recombinant")))).clinical())
          .isEqualTo("X delivers recombinant interferon-alfa");
    }

    @Test
    void aModalityOnARelationWithoutAPlaceForItIsAnError() {
      Fact fact = new Fact(id("interferon"), TRAIT, id("made-naturally"), true, List.of(Modality.MAY),
          ref(INTRO, 1));
      assertThat(KnowledgeBase.checked(COURSE, ENTITIES, RELATIONS, List.of(fact)).problems())
          .extracting(ModelProblem::field, ModelProblem::message)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("modality",
              "relation 'has-trait' has no {modal} in its wording, so its facts cannot say 'may'"));
    }

    @Test
    void aFactKeepsItsQualifiersInReadingOrderWhateverOrderTheyAreGiven() {
      Qualifier scope = new Qualifier.Scope(Wording.same("in some patients"));
      Fact fact = new Fact(id("interferon-alfa-therapy"), ROUTE, id("intravenous"), true,
          List.of(scope, Modality.MAY), ref(INTRO, 1));
      assertThat(fact.qualifiers()).containsExactly(Modality.MAY, scope);
      assertThat(fact).isEqualTo(new Fact(id("interferon-alfa-therapy"), ROUTE, id("intravenous"), true,
          List.of(Modality.MAY, scope), ref(INTRO, 1)));
    }

    @Test
    void aFactHasAtMostOneQualifierOfEachKind() {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Fact(id("a"), TRAIT, id("b"), true,
              List.of(Modality.MAY, Modality.MUST), ref(INTRO, 1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a fact has at most one modality qualifier");
    }
  }
}
