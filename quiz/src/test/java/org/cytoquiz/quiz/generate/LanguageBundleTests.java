package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.quiz.question.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A language is a bundle file and no code: the test-only pseudo-language {@code qps}
 * ({@code src/test/resources/org/cytoquiz/quiz/wording/phrases_qps.properties}, every English phrase accented
 * and wrapped in ⟦ ⟧) gives a bank whose fixed phrases are all its own, while its questions, keys, claims and
 * sources are those of the English bank, and the machine's default locale changes nothing.
 */
class LanguageBundleTests {

  private static final Curriculum KB = BundledCourse.curriculum();
  private static final Locale PSEUDO = Locale.forLanguageTag("qps");

  /** Fixed English phrases of the generators, none of which may be left in a bank of another language. */
  private static final List<String> ENGLISH_PHRASES = List.of("True or false", "all that apply", "Type your answer",
      "Type the answer", "It is not true that", "The answer is", "That is what", "Therefore,", "What is right:",
      "The best answer:", "Match each", "is left over", "Which definition fits", "What does “",
      "Which word or phrase means", "Name the term");

  @ParameterizedTest
  @EnumSource(Audience.class)
  void aBankInThePseudoLanguageHasItsFixedPhrasesAndNoEnglishOnes(Audience audience) {
    List<Question> pseudo = ItemBank.build(KB, audience, PSEUDO).questions();
    java.util.Set<String> authored = new java.util.HashSet<>();
    KB.teaching().questions().forEach(a -> authored.add(a.id() + (audience == Audience.PATIENT ? "-p" : "-s")));
    List<String> texts = new ArrayList<>();
    // What authors wrote (the stems and options of hand-written questions) is content, in the content's language.
    pseudo.forEach(q -> texts.addAll(authored.contains(q.id()) ? feedbackTexts(q) : texts(q)));
    for (String english : ENGLISH_PHRASES) {
      assertThat(texts).as("no text of the qps bank holds '%s'", english).noneMatch(t -> t.contains(english));
    }
    List<TrueFalse> trueFalse = pseudo.stream().filter(q -> !authored.contains(q.id()))
        .filter(TrueFalse.class::isInstance).map(TrueFalse.class::cast).toList();
    assertThat(trueFalse).isNotEmpty().allSatisfy(q -> {
      assertThat(q.stem()).startsWith("⟦Ŧřüé öř fàlšé").endsWith(".⟧");
      assertThat(q.options()).extracting(Option::text).containsExactly("⟦Ŧřüé⟧", "⟦Fàlšé⟧");
    });
    // Every generated question whose stem has words of the generator's own reads them in the pseudo-language
    // (the stems of hand-written questions and of relation templates come from the content, in English).
    List<Question> generated = pseudo.stream().filter(q -> !authored.contains(q.id()))
        .filter(q -> q.id().matches("(tf|mr|text|match|sc-definition)-.*")).toList();
    assertThat(generated).hasSizeGreaterThan(trueFalse.size()).allSatisfy(q -> assertThat(q.stem()).contains("⟦"));
    assertThat(Verdict.WRONG.word(audience, PSEUDO)).startsWith("⟦").endsWith("⟧");
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void aBankInThePseudoLanguageAsksTheSameQuestionsWithTheSameKeysAndSources(Audience audience) {
    List<Question> english = ItemBank.build(KB, audience).questions();
    List<Question> pseudo = ItemBank.build(KB, audience, PSEUDO).questions();
    assertThat(pseudo).extracting(LanguageBundleTests::structure)
        .containsExactlyElementsOf(english.stream().map(LanguageBundleTests::structure).toList());
    // Names and facts stay as the content gives them: an English option naming a drug is the same option.
    for (int i = 0; i < english.size(); i++) {
      if (!(english.get(i) instanceof TrueFalse)) {
        assertThat(pseudo.get(i).options()).extracting(Option::text)
            .as(english.get(i).id()).containsExactlyElementsOf(english.get(i).options().stream().map(Option::text)
                .toList());
      }
    }
    // And the English bank does not hold the pseudo-language's marks.
    english.forEach(q -> assertThat(texts(q)).noneMatch(t -> t.contains("⟦")));
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void theMachinesDefaultLocaleDoesNotChooseTheLanguage(Audience audience) {
    List<Question> english = ItemBank.build(KB, audience).questions();
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(PSEUDO);
      assertThat(ItemBank.build(KB, audience).questions()).isEqualTo(english);
      assertThat(ItemBank.build(KB, audience, Locale.forLanguageTag("qpt")).questions())
          .as("a language without a bundle reads English, not the default locale's bundle").isEqualTo(english);
    } finally {
      Locale.setDefault(before);
    }
  }

  /** Everything about a question but its fixed wording: ids, kinds, keys, claims, verdicts, facts and sources. */
  private static List<Object> structure(Question q) {
    List<Object> parts = new ArrayList<>(List.of(q.id(), q.kind(), q.topic(), q.difficulty(), q.header().tests(),
        q.sources(), q.key()));
    for (Option o : q.options()) {
      parts.add(List.of(o.id(), o.correct(), o.claims(), shape(o.feedback())));
    }
    if (q instanceof TextEntry t) {
      parts.add(List.of(shape(t.right()), shape(t.wrong())));
    }
    if (q instanceof Matching m) {
      parts.add(m.answer());
      m.feedback().forEach((left, f) -> parts.add(List.of(left, shape(f))));
    }
    return parts;
  }

  private static List<Object> shape(Feedback f) {
    return List.of(f.verdict(), f.facts(), f.sources());
  }

  /** Every feedback text of {@code q}. */
  private static List<String> feedbackTexts(Question q) {
    List<String> texts = new ArrayList<>(texts(q));
    texts.remove(q.stem());
    q.options().forEach(o -> texts.remove(o.text()));
    return texts;
  }

  /** Every text a learner reads in {@code q}. */
  private static List<String> texts(Question q) {
    List<String> texts = new ArrayList<>(List.of(q.stem()));
    for (Option o : q.options()) {
      texts.add(o.text());
      texts.add(o.feedback().text());
    }
    if (q instanceof TextEntry t) {
      texts.add(t.right().text());
      texts.add(t.wrong().text());
    }
    if (q instanceof Matching m) {
      m.feedback().values().forEach(f -> texts.add(f.text()));
    }
    return texts;
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void aBankIsInItsCoursesLanguageUnlessAnotherIsAskedFor(Audience audience) {
    org.cytoquiz.core.KnowledgeBase kb = KB.knowledgeBase();
    org.cytoquiz.core.Course course = kb.course();
    Curriculum inPseudo = Curriculum.of(org.cytoquiz.core.KnowledgeBase.of(
        new org.cytoquiz.core.Course(course.id(), course.title(), course.source(), PSEUDO),
        kb.entities(), kb.relations(), kb.facts()), KB.teaching());
    assertThat(ItemBank.build(inPseudo, audience).questions())
        .isEqualTo(ItemBank.build(inPseudo, audience, PSEUDO).questions())
        .isNotEqualTo(ItemBank.build(inPseudo, audience, Locale.ENGLISH).questions());
    assertThat(ItemBank.build(KB, audience).questions()).isEqualTo(ItemBank.build(KB, audience, Locale.ENGLISH)
        .questions());
  }
}
