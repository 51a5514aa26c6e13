package org.cytoquiz.web.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.core.Audience;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.teaching.Topic;
import org.cytoquiz.quiz.delivery.AttemptEngine;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.attempt.ResponseCodec;
import org.cytoquiz.web.attempt.Secrets;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.text.Ui;

/**
 * Runs live sessions: starts them, applies the instructor's moves (rules in {@link LiveState}, stored with a
 * compare-and-set), lets participants join and answer (each answer stored once, and only while its vote is open),
 * and, when a session that records participation ends, turns each named participant's answers into an attempt
 * through the attempt service's commands, so they appear in results, statistics and records. The database is the
 * truth: nothing of a session is kept only in memory, so a restart loses nothing acknowledged and any node serves
 * any session.
 */
public final class LiveService {

  /** How long a join code works if the session is never ended. */
  public static final Duration LIFETIME = Duration.ofHours(12);
  /** Failed joins allowed per address within {@link #JOIN_WINDOW}. */
  public static final int MAX_FAILED_JOINS = 10;
  /** The window in which failed joins count. */
  public static final Duration JOIN_WINDOW = Duration.ofMinutes(10);
  /** The longest participant name accepted. */
  public static final int MAX_NAME = AttemptService.MAX_LEARNER;

  /** The most questions a hand-picked session asks. */
  public static final int MAX_CHOSEN = 100;
  /** The shortest countdown a session may set (shorter ones leave no time to read). */
  public static final Duration MIN_COUNTDOWN = Duration.ofSeconds(5);

  private static final int MAX_ROUNDS = 100;
  /** How many addresses with failed joins are kept before the expired ones are swept. */
  private static final int MAX_TRACKED_ADDRESSES = 10_000;

  private final LiveStore store;
  private final AttemptService attempts;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failedJoins = new HashMap<>();
  private final Map<Audience, List<Question>> banks = new java.util.EnumMap<>(Audience.class);

  /** A service storing sessions in {@code store}, recording attempts through {@code attempts}. */
  public LiveService(LiveStore store, AttemptService attempts, Clock clock) {
    this.store = store;
    this.attempts = attempts;
    this.clock = clock;
  }

  /** The store under the service. */
  public LiveStore store() {
    return store;
  }

  /** The time now on the service's clock, to the millisecond the store keeps. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * The presets a live session can run: every preset that is not certainty-based (a room votes on an answer, not on
   * how sure each person is).
   */
  public List<QuizPreset> presets() {
    return attempts.presets().stream().filter(p -> !p.certaintyBased()).toList();
  }

  /** The preset of a session. */
  public QuizPreset preset(LiveSession session) {
    return attempts.preset(session.presetId());
  }

  /**
   * Starts a session in the lobby, on the preset's own form, without a countdown.
   *
   * @param instructor the hash of the instructor login starting it; only it will control the session
   * @throws HttpProblem 400 if there is no such preset or it is certainty-based
   */
  public LiveSession start(String instructor, String presetId, boolean recordsParticipation) {
    return start(instructor, presetId, recordsParticipation, Duration.ZERO);
  }

  /**
   * Starts a session in the lobby, on the preset's own form.
   *
   * @param instructor the hash of the instructor login starting it; only it will control the session
   * @param countdown how long each vote stays open before it closes by itself; zero for no countdown
   * @throws HttpProblem 400 if there is no such preset, it is certainty-based, or the countdown is out of range
   */
  public LiveSession start(String instructor, String presetId, boolean recordsParticipation, Duration countdown) {
    QuizPreset preset = livePreset(presetId);
    List<String> ids = attempts.questions(preset.id()).stream().map(Question::id).toList();
    return create(instructor, preset, ids, false, recordsParticipation, countdown);
  }

  /**
   * Starts a session in the lobby on questions picked from the item bank of the preset's audience, asked in the
   * order given. The preset names the quiz the named participants' attempts are filed under and how answers are
   * marked; its own questions are not asked.
   *
   * @param instructor the hash of the instructor login starting it; only it will control the session
   * @param questionIds the ids of the questions to ask, in order (at least one, each once, all from the bank)
   * @param countdown how long each vote stays open before it closes by itself; zero for no countdown
   * @throws HttpProblem 400 if there is no such preset or it is certainty-based, the list is empty, too long, holds
   *     a question twice or one the bank lacks, or the countdown is out of range
   */
  public LiveSession startChosen(String instructor, String presetId, List<String> questionIds,
      boolean recordsParticipation, Duration countdown) {
    QuizPreset preset = livePreset(presetId);
    if (questionIds.isEmpty()) {
      throw HttpProblem.badRequest(Ui.t("live.start.error.none", "bank", preset.audience().key()));
    }
    if (questionIds.size() > MAX_CHOSEN) {
      throw HttpProblem.badRequest(Ui.t("live.start.error.too-many", "max", MAX_CHOSEN, "count",
          questionIds.size()));
    }
    Map<String, Question> bank = bankById(preset.audience());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < questionIds.size(); i++) {
      String id = questionIds.get(i);
      if (!bank.containsKey(id)) {
        throw HttpProblem.badRequest("question " + (i + 1) + " of the list ('" + shown(id) + "') is not in the "
            + preset.audience().key() + " bank");
      }
      if (!seen.add(id)) {
        throw HttpProblem.badRequest("question " + (i + 1) + " of the list ('" + shown(id) + "') is picked twice");
      }
    }
    return create(instructor, preset, questionIds, true, recordsParticipation, countdown);
  }

  private QuizPreset livePreset(String presetId) {
    return presets().stream().filter(p -> p.id().equals(presetId)).findFirst()
        .orElseThrow(() -> HttpProblem.badRequest("no quiz '" + shown(presetId) + "' can run live; choose one of "
            + String.join(", ", presets().stream().map(QuizPreset::id).toList())));
  }

  private LiveSession create(String instructor, QuizPreset preset, List<String> ids, boolean chosen,
      boolean recordsParticipation, Duration countdown) {
    if (countdown.isNegative() || countdown.compareTo(LiveSession.MAX_COUNTDOWN) > 0
        || (!countdown.isZero() && countdown.compareTo(MIN_COUNTDOWN) < 0)) {
      throw HttpProblem.badRequest(Ui.t("live.start.error.countdown", "min", MIN_COUNTDOWN.getSeconds(), "max",
          LiveSession.MAX_COUNTDOWN.getSeconds(), "seconds", countdown.getSeconds()));
    }
    Instant now = now();
    LiveSession session = new LiveSession(Secrets.random(16), JoinCodes.random(), instructor, preset.id(), ids,
        recordsParticipation, LiveState.lobby(ids.size()), now, now, now.plus(LIFETIME), chosen,
        countdown.truncatedTo(ChronoUnit.SECONDS), Optional.empty());
    store.create(session);
    return session;
  }

  /** The course's topics, in content order. */
  public List<Topic> topics() {
    return attempts.curriculum().teaching().topics();
  }

  /** The item bank of {@code audience}, in content order (built once). */
  public List<Question> bank(Audience audience) {
    synchronized (banks) {
      return banks.computeIfAbsent(audience, a -> ItemBank.of(attempts.curriculum(), a));
    }
  }

  private Map<String, Question> bankById(Audience audience) {
    Map<String, Question> byId = new LinkedHashMap<>();
    bank(audience).forEach(q -> byId.put(q.id(), q));
    return byId;
  }

  /** The sessions an instructor login started, newest first. */
  public List<LiveSession> sessionsOf(String instructor) {
    return store.sessionsOf(instructor, 50);
  }

  /**
   * The session {@code id} if {@code instructor} started it.
   *
   * @throws HttpProblem 404 if there is no such session or another login started it (the two look alike)
   */
  public LiveSession controlled(String id, String instructor) {
    return store.find(id).filter(s -> s.instructor().equals(instructor))
        .orElseThrow(() -> HttpProblem.notFound(Ui.t("live.projector.error.not-yours", "id", id)));
  }

  /**
   * Makes {@code move} in session {@code id}; when it ends a session that records participation, each named
   * participant's answers become an attempt.
   *
   * @return the session after the move
   * @throws HttpProblem 404 if {@code instructor} does not control the session; 409 if the move is not allowed now
   */
  public LiveSession move(String id, String instructor, LiveMove move) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      LiveSession session = controlled(id, instructor);
      LiveState next;
      try {
        next = session.state().apply(move);
      } catch (LiveMoveRefusedException e) {
        throw new HttpProblem(409, Ui.t("live.projector.error.refused"), "move-refused", e.getMessage());
      }
      Instant at = now();
      LiveSession moved = session.with(next, at);
      if (store.move(id, session.state().revision(), next, at, moved.voteEnds())) {
        if (move == LiveMove.END && moved.recordsParticipation()) {
          recordAttempts(moved);
        }
        return moved;
      }
    }
    throw new IllegalStateException("live session " + id + " kept changing under " + MAX_ROUNDS + " moves");
  }

  /** A participant who joined, and the token that identifies them (kept by their browser, stored only hashed). */
  public record Joined(LiveParticipant participant, String token) {}

  /**
   * Joins the session whose code is {@code typedCode}.
   *
   * @param name the name typed; required (and stored) only when the session records participation
   * @param address the client's address, for the limit on failed joins
   * The problems thrown say what is wrong in the words of the request being served ({@link Ui}): the join page
   * shows them.
   *
   * @throws HttpProblem 429 if the address failed to join too often lately; 404 if no joinable session has the
   *     code (an ended or expired session's code counts as wrong); 400 if a name is needed and missing or unusable
   */
  public Joined join(String typedCode, Optional<String> name, String address) {
    Instant now = now();
    checkJoinLimit(address, now);
    String code = JoinCodes.normalise(typedCode);
    Optional<LiveSession> found = code.isEmpty() ? Optional.empty() : store.findByCode(code);
    if (found.isEmpty() || !found.get().joinable(now)) {
      failedJoin(address, now);
      throw HttpProblem.notFound(Ui.t("live.join.error.code", "code", shown(typedCode)));
    }
    LiveSession session = found.get();
    Optional<String> stored = Optional.empty();
    if (session.recordsParticipation()) {
      String given = name.map(String::strip).orElse("");
      if (given.isEmpty()) {
        throw new HttpProblem(400, Ui.t("live.join.error.name-needed.title"), "name-needed",
            Ui.t("live.join.error.name-needed"));
      }
      if (given.length() > MAX_NAME || given.chars().anyMatch(Character::isISOControl)) {
        throw HttpProblem.badRequest(Ui.t("live.join.error.name-long", "max", MAX_NAME));
      }
      stored = Optional.of(given);
    }
    String token = Secrets.random(32);
    LiveParticipant participant = new LiveParticipant(Secrets.random(16), session.id(), stored, now,
        Optional.empty());
    store.join(participant, Secrets.hash(token));
    return new Joined(participant, token);
  }

  private static String shown(String typed) {
    String s = typed == null ? "" : typed.strip();
    return s.length() > 20 ? s.substring(0, 20) + "..." : s;
  }

  private void checkJoinLimit(String address, Instant now) {
    synchronized (failedJoins) {
      Deque<Instant> recent = failedJoins.get(address);
      if (recent == null) {
        return;
      }
      while (!recent.isEmpty() && recent.peekFirst().isBefore(now.minus(JOIN_WINDOW))) {
        recent.removeFirst();
      }
      if (recent.isEmpty()) {
        failedJoins.remove(address);
      } else if (recent.size() >= MAX_FAILED_JOINS) {
        long wait = Math.max(1, Duration.between(now, recent.peekFirst().plus(JOIN_WINDOW)).toMinutes());
        throw new HttpProblem(429, Ui.t("live.join.error.too-many.title"), "too-many-joins",
            Ui.t("live.join.error.too-many", "minutes", wait));
      }
    }
  }

  private void failedJoin(String address, Instant now) {
    synchronized (failedJoins) {
      if (failedJoins.size() >= MAX_TRACKED_ADDRESSES) {
        // forget addresses whose failures have all expired, so many addresses cannot grow the map without bound
        failedJoins.values().removeIf(recent -> recent.peekLast().isBefore(now.minus(JOIN_WINDOW)));
      }
      failedJoins.computeIfAbsent(address, a -> new ArrayDeque<>()).addLast(now);
    }
  }

  /**
   * The participant whose token is {@code token}, in session {@code sessionId}.
   *
   * @throws HttpProblem 401 if the token is missing or is not of a participant of that session
   */
  public LiveParticipant participant(String sessionId, String token) {
    if (token == null || token.isBlank()) {
      throw HttpProblem.unauthorized(Ui.t("live.participant.error.not-joined"));
    }
    return store.participant(Secrets.hash(token)).filter(p -> p.sessionId().equals(sessionId))
        .orElseThrow(() -> HttpProblem.unauthorized(Ui.t("live.participant.error.not-joined")));
  }

  /**
   * The session {@code id}.
   *
   * @throws HttpProblem 404 if there is none
   */
  public LiveSession session(String id) {
    return store.find(id).orElseThrow(() -> HttpProblem.notFound(Ui.t("live.participant.error.no-session", "id",
        id)));
  }

  /**
   * The session's questions, in order.
   *
   * @throws IllegalStateException if the content no longer has one of them
   */
  public List<Question> questions(LiveSession session) {
    Map<String, Question> byId = new LinkedHashMap<>();
    if (session.chosen()) {
      byId.putAll(bankById(preset(session).audience()));
    } else {
      attempts.questions(session.presetId()).forEach(q -> byId.put(q.id(), q));
    }
    List<Question> questions = new ArrayList<>();
    for (String id : session.questionIds()) {
      Question q = byId.get(id);
      if (q == null) {
        throw new IllegalStateException("the course no longer has question " + id + " of live session "
            + session.id());
      }
      questions.add(q);
    }
    return questions;
  }

  /** What an answer did: stored now, or the same answer had been stored before. */
  public enum Answered {
    /** Stored now. */
    STORED,
    /** The same answer was stored before (a re-send); it counts once. */
    ALREADY_STORED
  }

  /**
   * Stores a participant's answer to question {@code index} (from 0) in {@code vote}. Sending the same answer
   * again counts once.
   *
   * @throws org.cytoquiz.quiz.question.InvalidResponseException if the response does not fit the question
   * @throws HttpProblem 409 if that vote is not open, or a different answer was already given in it
   */
  public Answered answer(LiveSession session, LiveParticipant participant, int index, int vote, Response response) {
    if (index < 0 || index >= session.questionIds().size()) {
      throw HttpProblem.badRequest("question " + (index + 1) + " is outside 1 to " + session.questionIds().size());
    }
    Instant at = now();
    if (session.countdownOver(at)) {
      throw voteClosed();
    }
    Question question = questions(session).get(index);
    Response normalised = AttemptEngine.normalised(response);
    Mark mark = question.score(new Answer(normalised, OptionalInt.empty(), 1),
        AttemptService.policy(preset(session)));
    String json = ResponseCodec.toJson(normalised);
    LiveAnswer answer = new LiveAnswer(participant.id(), index, vote, question.id(), json, mark.fraction(), at);
    return switch (store.answer(session.id(), answer)) {
      case NEW -> Answered.STORED;
      case EARLIER -> {
        LiveAnswer earlier = store.answerOf(session.id(), participant.id(), index, vote).orElseThrow();
        if (!earlier.response().equals(json)) {
          throw new HttpProblem(409, Ui.t("live.participant.error.locked.title"), "answer-locked",
              Ui.t("live.participant.error.locked"));
        }
        yield Answered.ALREADY_STORED;
      }
      case VOTE_NOT_OPEN -> throw voteClosed();
    };
  }

  private static HttpProblem voteClosed() {
    return new HttpProblem(409, Ui.t("live.participant.error.closed.title"), "vote-closed",
        Ui.t("live.participant.error.closed"));
  }

  /**
   * Closes every open vote whose countdown has run out, as the instructor's close would. Each close is a
   * compare-and-set on the session's revision, so when several nodes run this at once each vote is closed once; a
   * session the instructor moved meanwhile is left as it is.
   *
   * @return the ids of the sessions this call closed
   */
  public List<String> closeCountdowns() {
    Instant now = now();
    List<String> closed = new ArrayList<>();
    for (LiveSession session : store.countdownsOver(now)) {
      LiveState next = session.state().apply(LiveMove.CLOSE);
      if (store.move(session.id(), session.state().revision(), next, now, Optional.empty())) {
        closed.add(session.id());
      }
    }
    return closed;
  }

  /**
   * Turns each named participant's answers into a submitted attempt, through the attempt service: on the preset's
   * form, the answer of each question's last vote is saved, then the attempt is submitted; a hand-picked session's
   * attempt is recorded whole on the list picked (see {@link AttemptService#recordOnQuestions}), filed under the
   * session's preset. A participant whose
   * attempt is already recorded is skipped, so running it again adds nothing.
   */
  void recordAttempts(LiveSession session) {
    List<Question> questions = questions(session);
    Map<String, Map<Integer, LiveAnswer>> finalAnswers = new HashMap<>();
    for (LiveAnswer a : store.answers(session.id())) {
      // answers come by question and vote, so a second vote replaces the first
      finalAnswers.computeIfAbsent(a.participantId(), p -> new HashMap<>()).put(a.questionIndex(), a);
    }
    for (LiveParticipant p : store.participants(session.id())) {
      if (p.name().isEmpty() || p.attemptId().isPresent()) {
        continue;
      }
      Map<Integer, LiveAnswer> given = finalAnswers.getOrDefault(p.id(), Map.of());
      String attemptId;
      if (session.chosen()) {
        Map<String, Response> responses = new LinkedHashMap<>();
        given.forEach((index, a) -> responses.put(questions.get(index).id(), ResponseCodec.parse(a.response())));
        attemptId = attempts.recordOnQuestions(session.presetId(), p.name(), questions, responses);
      } else {
        AttemptService.Started started = attempts.startOnPresetForm(session.presetId(), p.name());
        for (Map.Entry<Integer, LiveAnswer> e : given.entrySet()) {
          attempts.answer(started.attemptId(), started.token(), questions.get(e.getKey()).id(),
              ResponseCodec.parse(e.getValue().response()), OptionalInt.empty());
        }
        attempts.submit(started.attemptId(), started.token());
        attemptId = started.attemptId();
      }
      store.recordAttempt(p.id(), attemptId);
    }
  }
}
