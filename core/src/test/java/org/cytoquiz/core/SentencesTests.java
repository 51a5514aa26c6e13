package org.cytoquiz.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.cytoquiz.core.fact.Fact;
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
