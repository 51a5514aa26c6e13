package org.cytoquiz.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Carry;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Modality;
import org.junit.jupiter.api.Test;

/** The words around a fact's sentence come from a bundle per language; a new language is a file, not code. */
class SentencesTests {

  static final KnowledgeBase KB = KnowledgeBaseTests.kb();
  static final Fact STATED = KnowledgeBaseTests.FACTS.get(1);
  static final Fact DENIED = KnowledgeBaseTests.FACTS.get(2);
  /** A pseudo-language whose file is only in the test resources. */
  static final Locale PSEUDO = Locale.forLanguageTag("qps");

  @Test
  void englishIsTheDefaultWording() {
    assertThat(KB.statement(DENIED, Locale.ENGLISH)).isEqualTo(KB.statement(DENIED));
    assertThat(KB.statement(DENIED).patient()).startsWith("Not true: high dose il2");
    assertThat(KB.statement(DENIED).clinical()).startsWith("Incorrect: high dose il2 (clinical)");
  }

  @Test
  void aLanguageFileFramesTheSentenceForEachAudience() {
    assertThat(KB.statement(DENIED, PSEUDO)).isEqualTo(new Wording("[NO: high dose il2 can be given in home]",
        "[WRONG: high dose il2 (clinical) may be administered in home (clinical)]"));
    assertThat(KB.statement(STATED, PSEUDO).patient()).isEqualTo("[Low dose il2 can be given in home]");
  }

  @Test
  void theModalWordsComeFromTheLanguagesFileKeyByKey() {
    Relation given = new Relation("given-in", new Wording("{subject} {modal} be given in {object}",
        "{subject} {modal} be administered in {object}"), EnumSet.of(EntityType.THERAPY),
        EnumSet.of(EntityType.CARE_SETTING), World.OPEN, Cardinality.MANY, false, EnumSet.noneOf(Carry.class),
        Optional.of(Modality.MAY));
    Wording drug = Wording.same("the drug");
    Wording ward = Wording.same("the ward");
    assertThat(given.render(drug, ward, List.of(Modality.MUST), PSEUDO))
        .isEqualTo(new Wording("the drug [must] be given in the ward", "the drug [shall] be administered in the ward"));
    assertThat(given.render(drug, ward, List.of(), PSEUDO))
        .isEqualTo(new Wording("the drug may be given in the ward", "the drug may be administered in the ward"));
    assertThat(given.render(drug, ward, List.of(Modality.MUST)))
        .isEqualTo(new Wording("the drug has to be given in the ward", "the drug must be administered in the ward"));
    assertThat(Modality.MUST.wording(PSEUDO)).isEqualTo(new Wording("[must]", "[shall]"));
    assertThat(Modality.MAY.wording(PSEUDO)).isEqualTo(new Wording("may", "may"));
    assertThat(Modality.MUST.wording()).isEqualTo(new Wording("has to", "must"));
    assertThat(Modality.MAY_POSSIBLY.wording(Locale.ENGLISH)).isEqualTo(new Wording("can sometimes", "may possibly"));
    for (Modality modality : Modality.values()) {
      assertThat(modality.wording(Locale.FRENCH)).as("%s reads English without a file", modality)
          .isEqualTo(modality.wording());
    }
  }

  @Test
  void aStatementReadsTheCoursesLanguageByDefault() {
    Course course = KB.course();
    Course inPseudo = new Course(course.id(), course.title(), course.source(), PSEUDO);
    KnowledgeBase pseudo = KnowledgeBase.of(inPseudo, KB.entities(), KB.relations(), KB.facts());
    assertThat(pseudo.course().language()).isEqualTo(PSEUDO);
    assertThat(pseudo.statement(DENIED)).isEqualTo(KB.statement(DENIED, PSEUDO));
    assertThat(KB.course().language()).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void aCourseMustNameALanguage() {
    Course course = KB.course();
    assertThatThrownBy(() -> new Course(course.id(), course.title(), course.source(), Locale.ROOT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no language");
  }

  @Test
  void aKeyTheLanguageLeavesOutReadsTheEnglishWords() {
    assertThat(KB.statement(STATED, PSEUDO).clinical())
        .isEqualTo("Low dose il2 (clinical) may be administered in home (clinical).");
  }

  @Test
  void aLanguageWithoutAFileReadsEnglishWhateverTheMachineSpeaks() {
    assertThat(KB.statement(DENIED, Locale.FRENCH)).isEqualTo(KB.statement(DENIED));
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> KB.statement(DENIED, null)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("language");
    assertThatThrownBy(() -> KB.statement(null, Locale.ENGLISH)).isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("fact");
  }
}
