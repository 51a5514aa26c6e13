package org.cytoquiz.interchange;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.Quiz;
import org.cytoquiz.quiz.question.Question;

/**
 * What to export: a named set of questions (a quiz in its order, or an item bank) and the marking its scores
 * follow.
 *
 * @param id a short name for the set, such as a preset id ({@code staff-certification}) or {@code staff-bank};
 *     used for the package identifier, the GIFT and Moodle category and file names
 * @param title what an LMS shows as the set's name
 * @param marking how a partly right answer is marked; each format's scores follow it (see {@link Credit})
 * @param questions the questions, in order, with unique ids
 * @param language the language of the phrases the exports add to the questions' own text (verdicts such as
 *     "Correct.", "Source:"), read from the bundles of {@link Explanations#BUNDLE} and
 *     {@link org.cytoquiz.quiz.wording.Phrases#QUIZ_BUNDLE}; English where that language has no bundle
 */
public record QuestionSet(String id, String title, Marking marking, List<Question> questions, Locale language) {

  public QuestionSet {
    checkNotNull(id, "id");
    checkArgument(id.matches("[a-z0-9][a-z0-9-]*"), "set id '%s' is not lower-case letters, digits and hyphens", id);
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "set %s has a blank title", id);
    checkNotNull(marking, "marking");
    checkNotNull(language, "language");
    questions = ImmutableList.copyOf(questions);
    checkArgument(!questions.isEmpty(), "set %s has no question", id);
    Set<String> ids = new HashSet<>();
    for (Question question : questions) {
      checkArgument(ids.add(question.id()), "set %s holds question %s twice", id, question.id());
    }
  }

  /**
   * A set whose exports add English phrases.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not lower-case letters, digits and hyphens, the title is
   *     blank, there is no question, or two questions share an id
   */
  public QuestionSet(String id, String title, Marking marking, List<Question> questions) {
    this(id, title, marking, questions, Locale.ENGLISH);
  }

  /** The quiz {@code quiz} drawn from {@code preset}, named and marked as the preset says, with English phrases. */
  public static QuestionSet of(QuizPreset preset, Quiz quiz) {
    return new QuestionSet(preset.id(), preset.title().in(preset.audience()), preset.marking(), quiz.questions());
  }

  /**
   * This set with its exports' phrases in {@code language}.
   *
   * @throws NullPointerException if {@code language} is null
   */
  public QuestionSet withLanguage(Locale language) {
    return new QuestionSet(id, title, marking, questions, language);
  }

  /**
   * A whole item bank for {@code audience}, such as {@code staff-bank}, with partial credit (the marking of
   * every shipped quiz).
   */
  public static QuestionSet bank(Audience audience, List<Question> questions) {
    return bank(audience, questions, Locale.ENGLISH);
  }

  /**
   * A whole item bank for {@code audience} as {@link #bank(Audience, List)} gives it, titled (phrase
   * {@code bank.title}) and with its exports' phrases in {@code language}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no question or two share an id
   */
  public static QuestionSet bank(Audience audience, List<Question> questions, Locale language) {
    return new QuestionSet(audience.key() + "-bank", Explanations.phrases(audience, language).get("bank.title"),
        Marking.PARTIAL_CREDIT, questions, language);
  }
}
