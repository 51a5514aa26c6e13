package org.cytoquiz.web.attempt;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.teaching.FeedbackMode;
import org.cytoquiz.core.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.generate.Quiz;
import org.cytoquiz.quiz.generate.QuizAssembler;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.quiz.scoring.QuizScorer;
import org.cytoquiz.quiz.scoring.ScoringPolicy;
import org.cytoquiz.quiz.stats.QuizStatistics;

/**
 * Starting, answering, submitting and reviewing quiz attempts. Every attempt of a preset holds the same
 * questions (drawn with the preset's seed), as in a Moodle quiz, so results and item statistics compare.
 */
public final class AttemptService {

  /** The longest name or staff id accepted. */
  public static final int MAX_LEARNER = 120;

  private final KnowledgeBase kb;
  private final AttemptStore store;
  private final Clock clock;
  private final Map<String, Quiz> quizzes = new LinkedHashMap<>();
  private final Map<String, String> fingerprints = new HashMap<>();

  /** A service for the quizzes of {@code kb}, storing attempts in {@code store}. */
  public AttemptService(KnowledgeBase kb, AttemptStore store, Clock clock) {
    this.kb = kb;
    this.store = store;
    this.clock = clock;
    Map<Audience, ItemBank> banks = new EnumMap<>(Audience.class);
    for (QuizPreset preset : kb.teaching().presets()) {
      ItemBank bank = banks.computeIfAbsent(preset.audience(), a -> ItemBank.build(kb, a));
      Quiz quiz = QuizAssembler.assemble(bank, QuizSpec.of(preset));
      quizzes.put(preset.id(), quiz);
      fingerprints.put(preset.id(), fingerprint(quiz));
    }
  }

  /** The course's knowledge base. */
  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  /** The quiz presets, in content order. */
  public List<QuizPreset> presets() {
    return kb.teaching().presets();
  }

  /**
   * The preset with this id.
   *
   * @throws org.cytoquiz.core.UnknownEntityException if there is none
   */
  public QuizPreset preset(String id) {
    return kb.preset(id);
  }

  /** The questions of a preset's quiz. */
  public List<Question> questions(String presetId) {
    preset(presetId);
    return quizzes.get(presetId).questions();
  }

  /** The scoring policy of a preset. */
  public static ScoringPolicy policy(QuizPreset preset) {
    ScoringPolicy policy = ScoringPolicy.of(preset.marking());
    return preset.certaintyBased() ? policy.withCertainty() : policy;
  }

  /** A new attempt's id and the bearer token that opens it (shown once, stored only as a hash). */
  public record Started(String attemptId, String token) {}

  /**
   * Starts an attempt at a preset.
   *
   * @throws IllegalArgumentException if a staff quiz has no learner name, or the name is unusable
   */
  public Started start(String presetId, Optional<String> learner) {
    QuizPreset preset = preset(presetId);
    Optional<String> name = learner.map(String::strip).filter(s -> !s.isEmpty());
    if (preset.audience() == Audience.STAFF && name.isEmpty()) {
      throw new IllegalArgumentException("a staff quiz needs your name or staff id, for the record of who passed");
    }
    if (name.isPresent() && (name.get().length() > MAX_LEARNER || name.get().chars().anyMatch(Character::isISOControl))) {
      throw new IllegalArgumentException("a name or staff id is at most " + MAX_LEARNER + " plain characters");
    }
    String id = Secrets.random(16);
    String token = Secrets.random(32);
    Instant now = clock.instant();
    store.create(new StoredAttempt(id, Secrets.hash(token), presetId, preset.seed(), fingerprints.get(presetId), name, 0,
        now, now, Optional.empty()));
    return new Started(id, token);
  }

  /**
   * The attempt, if {@code token} opens it.
   *
   * @throws AttemptNotFoundException if there is no such attempt or the token does not open it
   * @throws AttemptConflictException if the course changed since the attempt began
   */
  public AttemptView open(String attemptId, String token) {
    StoredAttempt attempt = store.find(attemptId).filter(a -> Secrets.matches(token, a.tokenHash()))
        .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    return view(attempt);
  }

  /** The attempt as an instructor sees it (no token needed: the caller has checked the login). */
  public AttemptView openForInstructor(String attemptId) {
    return view(store.find(attemptId).orElseThrow(() -> new AttemptNotFoundException(attemptId)));
  }

  private AttemptView view(StoredAttempt attempt) {
    if (!attempt.fingerprint().equals(fingerprints.get(attempt.quizId()))) {
      throw new AttemptConflictException("the course has changed since this attempt began; its saved answers are "
          + "kept, but it cannot go on. Please start a new attempt.");
    }
    Map<String, StoredAnswer> answers = new HashMap<>();
    store.answers(attempt.id()).forEach(a -> answers.put(a.questionId(), a));
    return new AttemptView(attempt, preset(attempt.quizId()), quizzes.get(attempt.quizId()).questions(), answers);
  }

  /** What saving an answer gave: the saved answer, and the marked feedback when the quiz gives it at once. */
  public record Saved(StoredAnswer answer, Optional<Marked> feedback) {}

  /** A marked answer: whether it was right, what it earned, and why. */
  public record Marked(Question question, Response response, Mark mark, List<Feedback> feedback) {}

  /**
   * Saves an answer; saving the same answer again is harmless.
   *
   * @throws InvalidResponseException if the response or certainty does not fit the question or quiz
   * @throws AttemptConflictException if the attempt is submitted, or an immediately marked answer would change
   */
  public Saved answer(String attemptId, String token, String questionId, Response response, OptionalInt certainty) {
    AttemptView view = open(attemptId, token);
    if (view.attempt().submitted()) {
      throw new AttemptConflictException("this attempt has been submitted and can no longer change");
    }
    Question question = view.question(questionId)
        .orElseThrow(() -> new InvalidResponseException("this attempt has no question '" + questionId + "'"));
    QuizPreset preset = view.preset();
    if (preset.certaintyBased() && certainty.isEmpty()) {
      throw new InvalidResponseException("this quiz uses certainty-based marking: give a certainty of 1, 2 or 3");
    }
    if (!preset.certaintyBased() && certainty.isPresent()) {
      throw new InvalidResponseException("this quiz does not ask for a certainty");
    }
    Answer answer = new Answer(response, certainty, 1);
    Mark mark = question.score(answer, policy(preset));
    String json = ResponseCodec.toJson(response);
    StoredAnswer earlier = view.answers().get(questionId);
    if (preset.feedback() == FeedbackMode.IMMEDIATE && earlier != null
        && !(earlier.response().equals(json) && earlier.certainty().equals(certainty))) {
      throw new AttemptConflictException("this question has been answered and marked; its first answer counts");
    }
    StoredAnswer saved;
    try {
      saved = store.saveAnswer(attemptId, questionId, json, certainty, clock.instant());
    } catch (AttemptClosedException e) {
      throw new AttemptConflictException("this attempt has been submitted and can no longer change");
    }
    int position = view.questions().indexOf(question);
    store.move(attemptId, Math.min(position + 1, view.questions().size() - 1), clock.instant());
    Optional<Marked> feedback = preset.feedback() == FeedbackMode.IMMEDIATE
        ? Optional.of(new Marked(question, response, mark, question.feedback(response)))
        : Optional.empty();
    return new Saved(saved, feedback);
  }

  /** Records which question the learner is on, so a return visit resumes there. */
  public void move(String attemptId, String token, int position) {
    AttemptView view = open(attemptId, token);
    if (position >= 0 && position < view.questions().size() && !view.attempt().submitted()) {
      store.move(attemptId, position, clock.instant());
    }
  }

  /** A submitted attempt's result with its view. */
  public record Outcome(AttemptView view, AttemptResult result) {}

  /**
   * Submits the attempt; submitting again returns the same result and changes nothing.
   *
   * @throws AttemptNotFoundException if the token does not open the attempt
   */
  public Outcome submit(String attemptId, String token) {
    AttemptView view = open(attemptId, token);
    AttemptResult result = score(view);
    if (!view.attempt().submitted()) {
      store.submit(attemptId, new StoredResult(result.points(), result.maxPoints(), result.percent(), result.passed(),
          clock.instant()));
    }
    AttemptView submitted = open(attemptId, token);
    return new Outcome(submitted, score(submitted));
  }

  /**
   * The result of a submitted attempt.
   *
   * @throws AttemptConflictException if it has not been submitted
   */
  public Outcome result(String attemptId, String token) {
    AttemptView view = open(attemptId, token);
    if (!view.attempt().submitted()) {
      throw new AttemptConflictException("this attempt has not been submitted yet");
    }
    return new Outcome(view, score(view));
  }

  /** The marks of an attempt's saved answers, as they stand. */
  public AttemptResult score(AttemptView view) {
    Map<String, Answer> answers = new HashMap<>();
    view.answers().forEach((id, a) -> answers.put(id, new Answer(ResponseCodec.parse(a.response()), a.certainty(), 1)));
    return QuizScorer.score(view.questions(), answers, policy(view.preset()), view.preset().passMark());
  }

  /** Attempts for instructors, newest first. */
  public List<StoredAttempt> attempts(AttemptFilter filter) {
    return store.list(filter);
  }

  /** The mark of one question of an attempt as it stands (nothing for an unanswered question). */
  public Mark mark(AttemptView view, Question question) {
    ScoringPolicy policy = policy(view.preset());
    StoredAnswer answer = view.answers().get(question.id());
    return answer == null
        ? new Mark(0, policy.maxPoints(), 0)
        : question.score(new Answer(ResponseCodec.parse(answer.response()), answer.certainty(), 1), policy);
  }

  /**
   * The item and quiz statistics of every submitted attempt at a preset on its current content, read from the
   * store in one query.
   */
  public QuizStatistics statistics(String presetId) {
    QuizPreset preset = preset(presetId);
    List<Question> questions = questions(presetId);
    List<AttemptResult> results = store.submitted(presetId).stream()
        .filter(s -> s.attempt().fingerprint().equals(fingerprints.get(presetId)))
        .map(s -> {
          Map<String, StoredAnswer> answers = new HashMap<>();
          s.answers().forEach(a -> answers.put(a.questionId(), a));
          return score(new AttemptView(s.attempt(), preset, questions, answers));
        })
        .toList();
    return QuizStatistics.of(questions, results, policy(preset));
  }

  /** A digest of a quiz's questions and keys: it changes when the content behind the quiz does. */
  private static String fingerprint(Quiz quiz) {
    StringBuilder text = new StringBuilder();
    for (Question question : quiz.questions()) {
      text.append(question.id()).append('=').append(question.key()).append('\n');
    }
    return Secrets.hash(text.toString());
  }
}
