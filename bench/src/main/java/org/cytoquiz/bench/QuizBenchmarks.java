package org.cytoquiz.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.generate.Quiz;
import org.cytoquiz.quiz.generate.QuizAssembler;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.QuizScorer;
import org.cytoquiz.quiz.scoring.ScoringPolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Quiz generation and scoring. {@code scale} is the course size: 1 for the real course, 100 for a synthetic
 * course a hundred times larger. Drawing a quiz from a built bank should cost about the same at both scales;
 * building the bank is a one-off cost per content load and grows with the content.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QuizBenchmarks {

  @Param({"1", "100"})
  int scale;

  Curriculum kb;
  ItemBank staffBank;
  ItemBank patientBank;
  QuizSpec staffSpec;
  QuizSpec patientSpec;
  List<Question> staffQuiz;
  Map<String, Answer> keyAnswers;
  ScoringPolicy certaintyPolicy;
  long seed;

  @Setup
  public void setUp() {
    Curriculum course = BundledCourse.curriculum();
    kb = ScaledCourse.of(course, scale);
    staffBank = ItemBank.build(kb, Audience.STAFF);
    patientBank = ItemBank.build(kb, Audience.PATIENT);
    staffSpec = QuizSpec.of(kb.preset("staff-certification"));
    patientSpec = QuizSpec.of(kb.preset("patient-basics"));
    staffQuiz = QuizAssembler.assemble(staffBank, staffSpec).questions();
    keyAnswers = new HashMap<>();
    for (Question q : staffQuiz) {
      keyAnswers.put(q.id(), Answer.withCertainty(q.key(), 3));
    }
    certaintyPolicy = ScoringPolicy.of(kb.preset("staff-certification").marking()).withCertainty();
  }

  /** Draws the 20-question staff certification quiz, a new seed each time. */
  @Benchmark
  public Quiz generateStaffQuiz() {
    return QuizAssembler.assemble(staffBank, staffSpec.withSeed(seed++));
  }

  /** Draws the 10-question patient quiz, a new seed each time. */
  @Benchmark
  public Quiz generatePatientQuiz() {
    return QuizAssembler.assemble(patientBank, patientSpec.withSeed(seed++));
  }

  /** Builds the staff item bank from the knowledge base: once per content load. */
  @Benchmark
  public ItemBank buildStaffBank() {
    return ItemBank.build(kb, Audience.STAFF);
  }

  /** Scores a 20-question attempt under certainty-based marking. */
  @Benchmark
  public AttemptResult scoreStaffAttempt() {
    return QuizScorer.score(staffQuiz, keyAnswers, certaintyPolicy, java.util.OptionalInt.of(80));
  }
}
