package org.cytoquiz.quiz.delivery;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.FeedbackMode;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.quiz.scoring.QuizScorer;
import org.cytoquiz.quiz.scoring.ScoringPolicy;

/**
 * The rules of an attempt at one preset on one form, as a pure function: a state and a command (with the instant
 * it happens) give a new state and events. It does no I/O and reads no clock, so the same inputs always give the
 * same outputs; callers store the result and run commands on one attempt one at a time (or as if they did).
 *
 * <p>The rules: a staff quiz needs a name; a response must fit its question, with a certainty of 1 to 3 exactly
 * when the quiz is certainty-based; under immediate feedback the first answer counts (the same answer again is
 * harmless, a different one is refused); sending the response already saved changes nothing; submitting fixes the
 * marks and is final (submitting again changes nothing, any other change is refused); an open attempt goes on
 * only on the form version it began on.
 */
public final class AttemptEngine {

  /** The longest name or staff id accepted. */
  public static final int MAX_LEARNER = 120;

  private final QuizPreset preset;
  private final Form form;
  private final ScoringPolicy policy;

  /** The rules for attempts at {@code preset} on {@code form} (the form the content now gives for their seed). */
  public AttemptEngine(QuizPreset preset, Form form) {
    this.preset = checkNotNull(preset, "preset");
    this.form = checkNotNull(form, "form");
    checkArgument(form.size() == preset.questions(), "preset %s has %s questions, the form %s", preset.id(),
        preset.questions(), form.size());
    this.policy = policy(preset);
  }

  /** The marking policy of a preset: its marking rule, with certainty when the preset asks for it. */
  public static ScoringPolicy policy(QuizPreset preset) {
    ScoringPolicy policy = ScoringPolicy.of(preset.marking());
    return preset.certaintyBased() ? policy.withCertainty() : policy;
  }

  /** The preset these rules are for. */
  public QuizPreset preset() {
    return preset;
  }

  /** The form these rules mark against. */
  public Form form() {
    return form;
  }

  /**
   * Starts attempt {@code attemptId} on this engine's form at {@code at}.
   *
   * @param learner the name or staff id as typed (blank means none)
   * @throws StartRefusedException if a staff quiz has no name, or the name is too long or holds control characters
   */
  public Transition start(String attemptId, Optional<String> learner, Instant at) {
    checkNotNull(attemptId, "attemptId");
    checkNotNull(at, "at");
    Optional<String> name = learner.map(String::strip).filter(s -> !s.isEmpty());
    if (preset.audience() == Audience.STAFF && name.isEmpty()) {
      throw new StartRefusedException(StartRefusedException.Reason.LEARNER_REQUIRED,
          "a staff quiz needs your name or staff id, for the record of who passed");
    }
    if (name.isPresent() && (name.get().length() > MAX_LEARNER || name.get().chars().anyMatch(Character::isISOControl)
        || hasLoneSurrogate(name.get()))) {
      throw new StartRefusedException(StartRefusedException.Reason.LEARNER_INVALID,
          "a name or staff id is at most " + MAX_LEARNER + " plain characters");
    }
    AttemptState state = new AttemptState(attemptId, preset.id(), name, form.seed(), form.version(), 0, at, at,
        Map.of(), Optional.empty());
    return new Transition(state, List.of(new Event.Started(attemptId, form.seed(), at)));
  }

  /**
   * Applies {@code command} to {@code state}.
   *
   * @throws AttemptClosedException if the command would change a submitted attempt
   * @throws ContentChangedException if the attempt is open and its form's content has changed since it began
   * @throws AnswerLockedException if a different response is sent for a question already marked under immediate
   *     feedback
   * @throws InvalidResponseException if the response or certainty does not fit the question or quiz
   * @throws IllegalArgumentException if the state is of another preset, or a move goes outside the form
   */
  public Transition apply(AttemptState state, Command command) {
    checkArgument(state.presetId().equals(preset.id()), "attempt %s is at %s, not %s", state.attemptId(),
        state.presetId(), preset.id());
    if (command instanceof Command.Submit submit) {
      return submit(state, submit);
    } else if (command instanceof Command.SaveResponse save) {
      return save(state, save);
    } else {
      return move(state, (Command.Move) command);
    }
  }

  private void checkOpenOnThisForm(AttemptState state) {
    if (state.submitted()) {
      throw new AttemptClosedException(state.attemptId());
    }
    if (!state.contentVersion().equals(form.version()) || state.seed() != form.seed()) {
      throw new ContentChangedException(state.attemptId());
    }
  }

  private Transition save(AttemptState state, Command.SaveResponse save) {
    checkOpenOnThisForm(state);
    int index = form.indexOf(save.questionId());
    if (index < 0) {
      throw new InvalidResponseException("this attempt has no question '" + save.questionId() + "'");
    }
    Question question = form.questions().get(index);
    if (preset.certaintyBased() && save.certainty().isEmpty()) {
      throw new InvalidResponseException("this quiz uses certainty-based marking: give a certainty of 1, 2 or 3");
    }
    if (!preset.certaintyBased() && save.certainty().isPresent()) {
      throw new InvalidResponseException("this quiz does not ask for a certainty");
    }
    Response response = normalised(save.response());
    if (response instanceof Response.Text text && hasLoneSurrogate(text.text())) {
      throw new InvalidResponseException("the typed answer holds a broken character (a lone UTF-16 surrogate)");
    }
    // Scoring validates the response against the question and the certainty against the policy.
    Mark mark = question.score(new Answer(response, save.certainty(), 1), policy);
    Optional<SavedResponse> earlier = state.response(question.id());
    if (earlier.isPresent() && earlier.get().sameAs(response, save.certainty())) {
      return new Transition(state, List.of());
    }
    if (earlier.isPresent() && preset.feedback() == FeedbackMode.IMMEDIATE) {
      throw new AnswerLockedException(question.id());
    }
    SavedResponse saved = new SavedResponse(question.id(), response, save.certainty(),
        earlier.map(r -> r.tries() + 1).orElse(1), save.at());
    Map<String, SavedResponse> responses = new LinkedHashMap<>(state.responses());
    responses.put(question.id(), saved);
    int position = Math.min(index + 1, form.size() - 1);
    AttemptState next = new AttemptState(state.attemptId(), state.presetId(), state.learner(), state.seed(),
        state.contentVersion(), position, state.started(), save.at(), responses, Optional.empty());
    Optional<Mark> feedback = preset.feedback() == FeedbackMode.IMMEDIATE ? Optional.of(mark) : Optional.empty();
    return new Transition(next, List.of(new Event.ResponseSaved(saved, feedback)));
  }

  private Transition move(AttemptState state, Command.Move move) {
    if (state.submitted()) {
      return new Transition(state, List.of());
    }
    checkOpenOnThisForm(state);
    checkArgument(move.position() >= 0 && move.position() < form.size(), "position %s is outside questions 0 to %s",
        move.position(), form.size() - 1);
    if (move.position() == state.position()) {
      return new Transition(state, List.of());
    }
    AttemptState next = new AttemptState(state.attemptId(), state.presetId(), state.learner(), state.seed(),
        state.contentVersion(), move.position(), state.started(), move.at(), state.responses(), Optional.empty());
    return new Transition(next, List.of(new Event.Moved(move.position(), move.at())));
  }

  private Transition submit(AttemptState state, Command.Submit submit) {
    if (state.submitted()) {
      return new Transition(state, List.of());
    }
    checkOpenOnThisForm(state);
    Submission submission = new Submission(submit.at(), policy, score(state));
    AttemptState next = new AttemptState(state.attemptId(), state.presetId(), state.learner(), state.seed(),
        state.contentVersion(), state.position(), state.started(), submit.at(), state.responses(),
        Optional.of(submission));
    return new Transition(next, List.of(new Event.Submitted(submission)));
  }

  /**
   * The marks of an open attempt's saved responses as they stand, on this form; for a submitted attempt, its
   * stored marks.
   *
   * @throws ContentChangedException if the attempt is open and its form's content has changed
   */
  public AttemptResult score(AttemptState state) {
    if (state.submission().isPresent()) {
      return state.submission().get().result();
    }
    if (!state.contentVersion().equals(form.version())) {
      throw new ContentChangedException(state.attemptId());
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    state.responses().forEach((id, r) -> answers.put(id, r.answer()));
    return QuizScorer.score(form.questions(), answers, policy, preset.passMark());
  }

  /**
   * The mark of one question of an open attempt as it stands: nothing earned when unanswered.
   *
   * @throws IllegalArgumentException if the form lacks the question
   */
  public Mark mark(AttemptState state, String questionId) {
    Question question = form.question(questionId)
        .orElseThrow(() -> new IllegalArgumentException("the form has no question " + questionId));
    return state.response(questionId).map(r -> question.score(r.answer(), policy))
        .orElseGet(() -> new Mark(0, policy.maxPoints(), 0));
  }

  /**
   * Whether the learner may see the key and feedback of a question now: once the attempt is submitted, or at once
   * after answering when the quiz gives immediate feedback.
   */
  public static boolean feedbackDue(QuizPreset preset, AttemptState state, String questionId) {
    return state.submitted()
        || (preset.feedback() == FeedbackMode.IMMEDIATE && state.responses().containsKey(questionId));
  }

  /** Whether a question's answer can no longer change: the attempt is submitted, or the first answer counts. */
  public static boolean answerLocked(QuizPreset preset, AttemptState state, String questionId) {
    return feedbackDue(preset, state, questionId);
  }

  /**
   * Whether a submitted attempt earns a certificate: a staff quiz, judged against a pass mark, and passed.
   *
   * @param judgedAgainstPassMark whether the attempt was marked under a pass mark
   * @param passed whether its stored result passed
   */
  public static boolean certificateDue(QuizPreset preset, boolean judgedAgainstPassMark, boolean passed) {
    return preset.audience() == Audience.STAFF && judgedAgainstPassMark && passed;
  }

  /** {@code response} in one canonical form: choices sorted without repeats, pairs sorted by left item. */
  public static Response normalised(Response response) {
    if (response instanceof Response.Choice choice) {
      return new Response.Choice(choice.selected().stream().distinct().sorted().toList());
    }
    if (response instanceof Response.Pairs pairs) {
      return new Response.Pairs(new TreeMap<>(pairs.pairs()));
    }
    return response;
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
