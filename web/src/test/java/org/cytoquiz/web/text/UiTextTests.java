package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The interface's phrases: lookup, arguments, plurals, fallback to English, and keys that match their use. */
class UiTextTests {

  /** A phrase key as code and templates write it: {@code t("area.key"} or a prefix {@code t("area.key." + }. */
  private static final Pattern USE = Pattern.compile(
      "\\bt\\(\\s*\"((?:common|learner|result|instructor|certificate|live)\\.[\\w.-]+)\"(\\s*\\+)?");

  @Test
  void fillsNamedArgumentsAndKeepsApostrophes() {
    UiText english = UiText.english();
    assertThat(english.t("common.page.title", "title", "Question 3 of 10")).isEqualTo("Question 3 of 10 – cytoquiz");
    assertThat(english.t("common.nav.quizzes")).isEqualTo("Quizzes");
    assertThat(english.day(LocalDate.of(2026, 11, 30))).isEqualTo("30 November 2026");
  }

  @Test
  void threadsFormattingTheSamePhraseAtOnceEachGetTheirOwnArguments() throws Exception {
    UiText english = UiText.english();
    int threads = 8;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 200; round++) {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(threads);
        java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String title = "page " + round + "/" + t;
          results.add(pool.submit(() -> {
            start.await(10, java.util.concurrent.TimeUnit.SECONDS);
            String last = null;
            for (int i = 0; i < 20; i++) {
              last = english.t("common.page.title", "title", title);
            }
            return last;
          }));
        }
        for (int t = 0; t < threads; t++) {
          assertThat(results.get(t).get(20, java.util.concurrent.TimeUnit.SECONDS))
              .isEqualTo("page " + round + "/" + t + " – cytoquiz");
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aLanguageWithoutFilesReadsEnglishWhateverTheMachineSpeaks() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(UiText.of(Locale.forLanguageTag("sw")).t("common.nav.quizzes")).isEqualTo("Quizzes");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void anUnknownKeyOrAreaIsNamed() {
    assertThatThrownBy(() -> UiText.english().t("common.no.such.key"))
        .isInstanceOf(MissingResourceException.class).hasMessageContaining("no.such.key")
        .hasMessageContaining("org.cytoquiz.web.text.common");
    assertThatThrownBy(() -> UiText.english().t("nowhere.key"))
        .isInstanceOf(MissingResourceException.class).hasMessageContaining("nowhere.key");
    assertThatThrownBy(() -> UiText.english().t("common.page.title", "title"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
  }

  @Test
  void everyKeyCodeUsesIsInTheEnglishBundlesAndEveryKeyThereIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    for (Path root : new Path[] {Path.of("src/main/jte"), Path.of("src/main/jte-plain"), Path.of("src/main/java")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          Matcher use = USE.matcher(Files.readString(file));
          while (use.find()) {
            (use.group(2) == null ? used : prefixes).add(use.group(1));
          }
        }
      }
    }
    Set<String> defined = new TreeSet<>(UiText.baseKeys());
    assertThat(used).as("keys used but not in the English bundles").isSubsetOf(defined);
    Set<String> unused = new TreeSet<>(defined);
    unused.removeAll(used);
    unused.removeIf(key -> key.startsWith("common.format.") || prefixes.stream().anyMatch(key::startsWith));
    assertThat(unused).as("keys in the English bundles that no template or code uses").isEmpty();
  }
}
