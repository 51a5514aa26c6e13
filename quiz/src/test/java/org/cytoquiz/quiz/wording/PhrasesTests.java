package org.cytoquiz.quiz.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.MissingResourceException;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.question.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Phrases come from the bundle of the language asked for, fall back to English key by key, and fail by name. */
class PhrasesTests {

  private static final String BUNDLE = "org.cytoquiz.quiz.wording.testphrases";
  private static final Locale PSEUDO = Locale.forLanguageTag("qps");

  private static Phrases phrases(Audience audience, Locale language) {
    return Phrases.of(BUNDLE, PhrasesTests.class.getModule(), audience, language);
  }

  @Nested
  class Filling {

    @Test
    void placeholdersAreFilledInTheOrderThePhraseGivesThem() {
      assertThat(phrases(Audience.PATIENT, Locale.ENGLISH).fill("greeting", "name", "Ada", "day", "Monday"))
          .isEqualTo("Hello, Ada! It's Monday.");
      assertThat(phrases(Audience.STAFF, PSEUDO).fill("greeting", "name", "Ada", "day", "Monday"))
          .isEqualTo("⟦Monday: gööd dáy, Ada⟧");
    }

    @Test
    void aValueHoldingBracesIsNotReadAgain() {
      assertThat(phrases(Audience.PATIENT, Locale.ENGLISH).fill("greeting", "name", "{day}", "day", "{name}"))
          .isEqualTo("Hello, {day}! It's {name}.");
    }

    @Test
    void aPlaceholderTheCodeDoesNotFillIsNamedWithItsPhraseAndBundle() {
      assertThatThrownBy(() -> phrases(Audience.STAFF, Locale.ENGLISH).fill("stray", "name", "Ada"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("staff.stray").hasMessageContaining(BUNDLE).hasMessageContaining("{missing}");
      assertThatThrownBy(() -> phrases(Audience.STAFF, Locale.ENGLISH).fill("unclosed"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("staff.unclosed")
          .hasMessageContaining("unclosed '{'");
    }

    @Test
    void namesAndValuesComeInPairs() {
      assertThatThrownBy(() -> phrases(Audience.STAFF, Locale.ENGLISH).fill("greeting", "name"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    }
  }

  @Nested
  class Languages {

    @Test
    void aKeyTheLanguageLeavesOutReadsEnglish() {
      assertThat(phrases(Audience.PATIENT, PSEUDO).get("only-english")).isEqualTo("Only in English");
    }

    @Test
    void aLanguageWithoutABundleReadsEnglishWhateverTheDefaultLocale() {
      Locale before = Locale.getDefault();
      try {
        Locale.setDefault(Locale.GERMAN);
        assertThat(phrases(Audience.PATIENT, Locale.forLanguageTag("qpt")).fill("greeting", "name", "Ada", "day",
            "Monday")).isEqualTo("Hello, Ada! It's Monday.");
        assertThat(phrases(Audience.PATIENT, Locale.ENGLISH).get("greeting")).startsWith("Hello");
        assertThat(phrases(Audience.PATIENT, Locale.GERMAN).get("greeting")).startsWith("Hallo");
      } finally {
        Locale.setDefault(before);
      }
    }

    @Test
    void aMissingKeyIsNamedWithTheBundleAndLanguage() {
      assertThatThrownBy(() -> phrases(Audience.STAFF, PSEUDO).get("farewell"))
          .isInstanceOf(MissingResourceException.class)
          .hasMessageContaining("staff.farewell").hasMessageContaining(BUNDLE).hasMessageContaining("qps");
    }

    @Test
    void aBundleWithoutAnEnglishFileIsRefused() {
      assertThatThrownBy(() -> Phrases.of("org.cytoquiz.quiz.wording.nosuchbundle", PhrasesTests.class.getModule(),
          Audience.STAFF, Locale.ENGLISH)).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void theShippedVerdictsAreTheEnglishWordsOfEachAudience() {
      assertThat(Verdict.RIGHT.word(Audience.PATIENT)).isEqualTo("Yes, that's right.");
      assertThat(Verdict.PARTLY.word(Audience.STAFF)).isEqualTo("Partially correct.");
      assertThat(Verdict.WRONG.word(Audience.PATIENT, Locale.ENGLISH)).isEqualTo("Not quite.");
      assertThat(Verdict.WRONG.word(Audience.STAFF, PSEUDO)).isEqualTo("⟦Ïñçöřřéçŧ.⟧");
    }

    @Test
    void nullArgumentsAreNamed() {
      assertThatThrownBy(() -> Phrases.of(null, Locale.ENGLISH)).isInstanceOf(NullPointerException.class)
          .hasMessage("audience");
      assertThatThrownBy(() -> Phrases.of(Audience.STAFF, null)).isInstanceOf(NullPointerException.class)
          .hasMessage("language");
    }
  }
}
