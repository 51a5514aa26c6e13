package org.cytoquiz.examples;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.generate.Quiz;
import org.cytoquiz.quiz.generate.QuizAssembler;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.QuizScorer;
import org.cytoquiz.quiz.scoring.ScoringPolicy;
import org.cytoquiz.teaching.Curriculum;

/** Portal task 3: draw a quiz from one of the course's presets and score a learner's answers. */
public final class GenerateAndScore {

  private GenerateAndScore() {}

  /**
   * The quiz the preset describes, drawn with {@code seed}: the same seed and content give the same quiz.
   *
   * @param course the course with its teaching material; not null
   * @param presetId a preset of the course, such as {@code patient-basics}
   * @param seed the draw's seed
   * @return the quiz
   * @throws org.cytoquiz.core.UnknownEntityException if the course has no such preset, listing the presets
   */
  public static Quiz draw(Curriculum course, String presetId, long seed) {
    QuizPreset preset = course.preset(presetId);
    ItemBank bank = ItemBank.build(course, preset.audience());
    return QuizAssembler.assemble(bank, QuizSpec.of(preset).withSeed(seed));
  }

  /**
   * Scores {@code answer}'s response to each question of {@code quiz} under the preset's marking.
   *
   * @param course the course the quiz was drawn from; not null
   * @param presetId the preset the quiz was drawn from
   * @param quiz the quiz; not null
   * @param answer the learner's response to each question; not null
   * @return the result, with a mark per question and whether the pass mark is met
   */
  public static AttemptResult score(Curriculum course, String presetId, Quiz quiz,
      Function<Question, Response> answer) {
    QuizPreset preset = course.preset(presetId);
    Map<String, Answer> answers = quiz.questions().stream()
        .collect(Collectors.toMap(Question::id, q -> Answer.of(answer.apply(q))));
    return QuizScorer.score(quiz.questions(), answers, ScoringPolicy.of(preset.marking()), preset.passMark());
  }

  /**
   * Draws the patients' basic quiz and scores the keyed answers, which earn full marks.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Curriculum course = BundledCourse.curriculum();
    Quiz quiz = draw(course, "patient-basics", 7L);
    quiz.questions().forEach(q -> System.out.println(q.stem()));
    AttemptResult result = score(course, "patient-basics", quiz, Question::key);
    System.out.printf("%.0f%%, passed: %s%n", result.percent(), result.passed());
  }
}
