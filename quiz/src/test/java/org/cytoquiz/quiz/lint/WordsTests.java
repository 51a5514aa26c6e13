package org.cytoquiz.quiz.lint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTests {

  @ParameterizedTest(name = "“{0}” gives away “{1}”")
  @CsvSource(delimiter = '|', value = {
      "High-dose interleukin-2 | interleukin-2",
      "High-dose IL-2 | high dose",
      "High-dose interleukin-2 (IL-2) | IL-2",
      "Interferon-alfa treatment | interferon",
      "Peginterferon alfa-2b | interferon-alfa",
      "Given through a needle or tube straight into a vein. | into a vein",
      "What does intralesional mean? | intralesionally",
      // Review of November 2026: spelling variants and place prepositions restate the prompt too.
      "Given as a shot right into the tumor. | into the tumour",
      "Injected into the tissue beneath the skin. | under the skin",
      "Given as a shot just below the skin. | under the skin",
      // A compound made mostly of a shown word: "chemotherapy" shown gives away "biochemotherapy".
      "A combination regimen that may pair cytokine therapy with chemotherapy. | biochemotherapy",
  })
  void anAnswerWhoseEveryIdentifyingWordIsShownIsGivenAway(String given, String answer) {
    assertThat(Words.givesAway(given, answer)).isTrue();
  }

  @ParameterizedTest(name = "“{0}” does not give away “{1}”")
  @CsvSource(delimiter = '|', value = {
      "High-dose IL-2 | low dose",
      "Low-dose interleukin-2 | interferon",
      "Given as a shot just below the skin. | subcutaneous",
      "Peginterferon alfa-2b | polyethylene glycol",
      // "peg" is too short to count inside a longer word: it would match far too much by chance.
      "Peginterferon alfa-2b | PEG",
      "Which of these can be given at home? | the",
      // A short shared ending is no compound: "therapy" is less than two thirds of "chemotherapy".
      "Cytokine therapy | chemotherapy",
      "Cytokine therapy | targeted immunotherapy",
  })
  void anAnswerWithAWordNotShownIsNotGivenAway(String given, String answer) {
    assertThat(Words.givesAway(given, answer)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Interleukin-2 (IL-2) | [interleukin, 2, il]",
      "Given INTRAVENOUSLY into the veins | [given, intravenous, vein]",
      "Sylatron™ | [sylatron]",
      "Yervoy® (ipilimumab) | [yervoy, ipilimumab]",
  })
  void wordsAreCaseFoldedStemmedAndFreeOfFunctionWords(String text, String words) {
    assertThat(Words.of(text).toString()).isEqualTo(words);
  }
}
