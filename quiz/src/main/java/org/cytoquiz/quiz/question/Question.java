package org.cytoquiz.quiz.question;

import java.util.List;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.quiz.scoring.ScoringPolicy;

/** A comprehension question with its key, its feedback and the way it scores a response. */
public sealed interface Question
    permits SingleChoice, Scenario, MultipleResponse, TrueFalse, Matching, TextEntry {

  /** Id, audience, topic, difficulty, stem, facts tested and sources. */
  Header header();

  /** Which kind of question this is. */
  QuestionKind kind();

  /** The response that earns full marks. */
  Response key();

  /**
   * Checks that {@code response} fits this question.
   *
   * @throws InvalidResponseException naming what does not fit
   */
  void validate(Response response);

  /**
   * How right {@code response} is under {@code marking}: 1 fully right, 0 wrong, below 0 only under
   * negative marking. The response must be valid.
   */
  double fraction(Response response, Marking marking);

  /** The feedback for {@code response}: on each option picked, pair matched, or text typed. */
  List<Feedback> feedback(Response response);

  /**
   * The mark {@code answer} earns under {@code policy}.
   *
   * @throws InvalidResponseException if the response does not fit, or a needed certainty is missing
   */
  default Mark score(Answer answer, ScoringPolicy policy) {
    validate(answer.response());
    return Mark.of(fraction(answer.response(), policy.marking()), answer, policy);
  }

  /** The options of a choice question (single choice, scenario, multiple response, true/false); empty otherwise. */
  default List<Option> options() {
    return List.of();
  }

  /** The same question with its options (or right-hand items) in an order drawn from {@code random}. */
  Question shuffled(java.util.Random random);

  /** The question's stable id. */
  default String id() {
    return header().id();
  }

  /** Who the question is worded for. */
  default Audience audience() {
    return header().audience();
  }

  /** The topic's id. */
  default String topic() {
    return header().topic();
  }

  /** How hard the question is. */
  default Difficulty difficulty() {
    return header().difficulty();
  }

  /** The stem as the learner reads it. */
  default String stem() {
    return header().stem();
  }

  /** Where the article backs the key. */
  default List<SourceRef> sources() {
    return header().sources();
  }
}
