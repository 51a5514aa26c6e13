package org.cytoquiz.interchange;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.wording.Phrases;

/**
 * The words every format gives a learner as feedback: the verdict, our explanation and where the article says so.
 * The fixed words come from the bundle {@value #BUNDLE} (and the verdicts from the quiz bundle of
 * {@link Phrases}) in the language asked for; the methods without a language write English.
 */
public final class Explanations {

  /** The base name of the bundle of the phrases the exports add. */
  public static final String BUNDLE = "org.cytoquiz.interchange.phrases";

  private Explanations() {}

  /**
   * The phrases of the exports ({@value #BUNDLE}) for {@code audience} in {@code language}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Phrases phrases(Audience audience, Locale language) {
    return Phrases.of(BUNDLE, Explanations.class.getModule(), audience, language);
  }

  /**
   * The feedback as one paragraph for {@code audience}, in English: the verdict word ("Correct.", or "Not quite."
   * for a patient), the explanation, and the source reference, such as {@code Source: "How are cytokines taken?",
   * paragraph 2.}
   */
  public static String of(Feedback feedback, Audience audience) {
    return of(feedback, audience, Locale.ENGLISH);
  }

  /**
   * The feedback as one paragraph for {@code audience} with the verdict and the source sentence in
   * {@code language}; the explanation is the feedback's own text.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String of(Feedback feedback, Audience audience, Locale language) {
    Objects.requireNonNull(feedback, "feedback");
    return feedback.verdict().word(audience, language) + " " + feedback.text().strip() + " "
        + source(feedback.source(), audience, language);
  }

  /** A source reference as an English sentence: {@code Source: "<section heading>", paragraph N.} */
  public static String source(SourceRef ref) {
    return source(ref, Audience.STAFF, Locale.ENGLISH);
  }

  /**
   * A source reference as a sentence for {@code audience} in {@code language} (phrase {@code source}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static String source(SourceRef ref, Audience audience, Locale language) {
    Objects.requireNonNull(ref, "ref");
    return phrases(audience, language).fill("source", "citation", ref.citation());
  }

  /** Every passage of the article the question's key rests on, as one English sentence. */
  public static String sources(Question question) {
    return sources(question, Locale.ENGLISH);
  }

  /**
   * Every passage of the article the question's key rests on, as one sentence in {@code language} for the
   * question's audience (phrases {@code sources.one}, {@code sources.many} and {@code sources.separator}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static String sources(Question question, Locale language) {
    Objects.requireNonNull(question, "question");
    Phrases phrases = phrases(question.audience(), language);
    List<SourceRef> refs = question.sources();
    return phrases.fill(refs.size() == 1 ? "sources.one" : "sources.many", "citations",
        refs.stream().map(SourceRef::citation).collect(Collectors.joining(phrases.get("sources.separator"))));
  }
}
