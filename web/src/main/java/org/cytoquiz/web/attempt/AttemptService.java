package org.cytoquiz.web.attempt;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.AttemptEngine;
import org.cytoquiz.quiz.delivery.AttemptState;
import org.cytoquiz.quiz.delivery.Command;
import org.cytoquiz.quiz.delivery.ContentChangedException;
import org.cytoquiz.quiz.delivery.Event;
import org.cytoquiz.quiz.delivery.Form;
import org.cytoquiz.quiz.delivery.SavedResponse;
import org.cytoquiz.quiz.delivery.Submission;
import org.cytoquiz.quiz.delivery.Transition;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Answer;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.quiz.scoring.QuestionResult;
import org.cytoquiz.quiz.scoring.ScoringPolicy;
import org.cytoquiz.quiz.stats.ItemMark;
import org.cytoquiz.quiz.stats.MarkedAttempt;
import org.cytoquiz.quiz.stats.QuizStatistics;
import org.cytoquiz.web.xapi.XapiStatement;
import org.cytoquiz.web.xapi.XapiStatements;

/**
 * Runs attempts: loads an attempt once, hands the command and the time to the rules in
 * {@link AttemptEngine}, and stores what they give in one compare-and-set transaction; when another request
 * changed the attempt first, it reloads and applies the command again, so commands on one attempt behave as if
 * run one at a time. It holds no rule of an attempt itself.
 */
public final class AttemptService {

  /** The longest name or staff id accepted. */
  public static final int MAX_LEARNER = AttemptEngine.MAX_LEARNER;

  /** How many times a command is retried after losing a race, before giving up; far more than any race needs. */
  private static final int MAX_ROUNDS = 1_000;

  /** How many drawn forms are kept; a form is drawn again, identically, when it has been dropped. */
  private static final int FORM_CACHE = 4_096;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Curriculum curriculum;
  private final AttemptStore store;
  private final Clock clock;
  private final XapiStatements xapi;
  private final Map<Audience, ItemBank> banks = new EnumMap<>(Audience.class);
  private final Map<String, Form> presetForms = new LinkedHashMap<>();
  /** Each bank question's topic, by audience and question id; filled on first use. */
  private final Map<String, String> topics = new HashMap<>();
  private final Map<String, Form> forms = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Form> eldest) {
      return size() > FORM_CACHE;
    }
  };

  /**
   * A service for the quizzes of {@code curriculum}, storing attempts in {@code store}, reading time from {@code clock}; its
   * xAPI statements have activity ids under {@link XapiStatements#DEFAULT_IRI_BASE}.
   */
  public AttemptService(Curriculum curriculum, AttemptStore store, Clock clock) {
    this(curriculum, store, clock, new XapiStatements(XapiStatements.DEFAULT_IRI_BASE));
  }

  /**
   * A service for the quizzes of {@code curriculum}, storing attempts in {@code store}, reading time from {@code clock},
   * and storing with every change the xAPI statements {@code xapi} makes of it.
   */
  public AttemptService(Curriculum curriculum, AttemptStore store, Clock clock, XapiStatements xapi) {
    this.curriculum = curriculum;
    this.store = store;
    this.clock = clock;
    this.xapi = java.util.Objects.requireNonNull(xapi, "xapi");
    for (QuizPreset preset : curriculum.teaching().presets()) {
      ItemBank bank = banks.computeIfAbsent(preset.audience(), a -> ItemBank.build(curriculum, a));
      presetForms.put(preset.id(), Form.draw(bank, preset, preset.seed()));
    }
  }

  /** The course's knowledge base. */
  public KnowledgeBase knowledgeBase() {
    return curriculum.knowledgeBase();
  }

  /** The course: its knowledge base and its teaching material. */
  public Curriculum curriculum() {
    return curriculum;
  }

  /** The quiz presets, in content order. */
  public List<QuizPreset> presets() {
    return curriculum.teaching().presets();
  }

  /**
   * The preset with this id.
   *
   * @throws org.cytoquiz.core.UnknownEntityException if there is none
   */
  public QuizPreset preset(String id) {
    return curriculum.preset(id);
  }

  /** The questions of a preset's own form (the one its seed draws; attempts draw forms of their own). */
  public List<Question> questions(String presetId) {
    preset(presetId);
    return presetForms.get(presetId).questions();
  }

  /**
   * The topic id of the question {@code questionId} in the bank of {@code audience}, if the content still holds it
   * (question ids outlive rewordings, so a submitted attempt keeps its topics).
   */
  public Optional<String> topicOf(Audience audience, String questionId) {
    ItemBank bank = banks.get(audience);
    if (bank == null) {
      return Optional.empty();
    }
    synchronized (topics) {
      if (topics.isEmpty()) {
        banks.values().forEach(b -> b.questions().forEach(q -> topics.put(q.audience() + ":" + q.id(), q.topic())));
      }
      return Optional.ofNullable(topics.get(audience + ":" + questionId));
    }
  }

  /** The scoring policy of a preset. */
  public static ScoringPolicy policy(QuizPreset preset) {
    return AttemptEngine.policy(preset);
  }

  /** The time now, to the millisecond the store keeps, so what a reply shows is what a later read shows. */
  private java.time.Instant now() {
    return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
  }

  /** The form {@code preset} gives for {@code seed}, drawn once and kept while used. */
  private Form form(QuizPreset preset, long seed) {
    String key = preset.id() + ':' + seed;
    synchronized (forms) {
      Form form = forms.get(key);
      if (form != null) {
        return form;
      }
    }
    Form form = Form.draw(banks.get(preset.audience()), preset, seed);
    synchronized (forms) {
      forms.put(key, form);
    }
    return form;
  }

  /** A new attempt's id and the bearer token that opens it (shown once, stored only as a hash). */
  public record Started(String attemptId, String token) {}

  /**
   * Starts an attempt at a preset on a form of its own.
   *
   * @throws org.cytoquiz.quiz.delivery.StartRefusedException if a staff quiz has no learner name, or the name is
   *     unusable
   */
  public Started start(String presetId, Optional<String> learner) {
    return start(presetId, learner, Set.of());
  }

  /**
   * Starts an attempt at a preset, on a form whose seed differs from {@code earlierSeeds} (the seeds of the
   * learner's earlier attempts at it, so a retake gets a new form) unless the preset has one fixed form.
   *
   * @throws org.cytoquiz.quiz.delivery.StartRefusedException if a staff quiz has no learner name, or the name is
   *     unusable
   */
  public Started start(String presetId, Optional<String> learner, Collection<Long> earlierSeeds) {
    QuizPreset preset = preset(presetId);
    Form form = form(preset, Form.seedFor(preset, RANDOM.nextLong(), earlierSeeds));
    String id = Secrets.random(16);
    AttemptEngine engine = new AttemptEngine(preset, form);
    Transition started = engine.start(id, learner, now());
    AttemptState state = started.state();
    // The resume code is drawn from the token; draw another token in the rare case its code is taken.
    String token = Secrets.random(32);
    for (int tries = 1; tries < 20 && store.resumeCodeTaken(ResumeCode.hash(ResumeCode.of(token))); tries++) {
      token = Secrets.random(32);
    }
    store.create(new StoredAttempt(id, Secrets.hash(token), presetId, state.seed(), state.contentVersion(),
        state.learner(), state.position(), state.started(), state.updated(), Optional.empty()),
        xapi.of(engine, started), Optional.of(ResumeCode.hash(ResumeCode.of(token))));
    return new Started(id, token);
  }

  /**
   * The xAPI statements of an attempt {@code token} opens, in the order they were made (whether or not an LRS has
   * them yet). Attempts begun before statements were kept have only those of later changes.
   *
   * @throws AttemptNotFoundException if there is no such attempt or the token does not open it
   */
  public List<XapiStatement> statements(String attemptId, String token) {
    store.find(attemptId).filter(a -> Secrets.matches(token, a.tokenHash()))
        .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    return store.statements(attemptId);
  }

  /**
   * Starts an attempt on the preset's own form (the one {@link #questions(String)} gives), whatever the preset's
   * draw; a live session asks the whole room that form, so each named participant's attempt is on it too. Such
   * an attempt is submitted by the session, so it gets no resume code.
   *
   * @throws org.cytoquiz.quiz.delivery.StartRefusedException if a staff quiz has no learner name, or the name is
   *     unusable
   */
  public Started startOnPresetForm(String presetId, Optional<String> learner) {
    QuizPreset preset = preset(presetId);
    Form form = presetForms.get(presetId);
    String id = Secrets.random(16);
    String token = Secrets.random(32);
    AttemptEngine engine = new AttemptEngine(preset, form);
    Transition started = engine.start(id, learner, now());
    AttemptState state = started.state();
    store.create(new StoredAttempt(id, Secrets.hash(token), presetId, state.seed(), state.contentVersion(),
        state.learner(), state.position(), state.started(), state.updated(), Optional.empty()),
        xapi.of(engine, started), Optional.empty());
    return new Started(id, token);
  }

  private static void checkArgumentOn(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  /**
   * Records a whole attempt at once, on a form of hand-picked {@code questions} (a live session's, picked from the
   * item bank of the preset's audience): started, each of {@code responses} (question id to response) saved, and
   * submitted, through the same rules as any attempt, with the preset's marking. It is filed under
   * {@code presetId}, so it appears in that quiz's results, statistics and CSV; its marks and review are stored at
   * submit as for every attempt, and its form (which no seed of the preset draws) is recorded only by them.
   *
   * @return the new attempt's id
   * @throws IllegalArgumentException if a question is not for the preset's audience, or a response is for a
   *     question not on the list
   * @throws org.cytoquiz.quiz.delivery.StartRefusedException if a staff quiz has no learner name, or it is unusable
   * @throws org.cytoquiz.quiz.question.InvalidResponseException if a response does not fit its question
   */
  public String recordOnQuestions(String presetId, Optional<String> learner, List<Question> questions,
      Map<String, Response> responses) {
    QuizPreset filed = preset(presetId);
    for (Question q : questions) {
      if (q.audience() != filed.audience()) {
        throw new IllegalArgumentException("question " + q.id() + " is not for " + filed.audience().key());
      }
    }
    // The same preset (id, marking, feedback, pass mark), sized to the list, so the rules accept the form.
    QuizPreset preset = new QuizPreset(filed.id(), filed.title(), filed.description(), filed.audience(),
        questions.size(), filed.kinds(), filed.topics(), filed.topicMix(), filed.difficultyMix(), filed.feedback(),
        filed.passMark(), filed.certaintyBased(), filed.marking(), filed.seed(), filed.fixedForm(),
        filed.validity());
    StringBuilder content = new StringBuilder("chosen\n");
    questions.forEach(q -> content.append(q).append('\n'));
    Form form = new Form(RANDOM.nextLong(), questions, "chosen-" + Secrets.hash(content.toString()));
    AttemptEngine engine = new AttemptEngine(preset, form);
    String id = Secrets.random(16);
    java.time.Instant at = now();
    Transition t = engine.start(id, learner, at);
    StoredAttempt created = new StoredAttempt(id, Secrets.hash(Secrets.random(32)), presetId, form.seed(),
        form.version(), t.state().learner(), t.state().position(), at, at, Optional.empty());
    for (String answered : responses.keySet()) {
      checkArgumentOn(form.question(answered).isPresent(), "question " + answered + " is not on the list");
    }
    List<XapiStatement> started = xapi.of(engine, t);
    List<XapiStatement> statements = new ArrayList<>();
    List<StoredAnswer> answers = new ArrayList<>();
    AttemptState state = t.state();
    for (Question q : questions) {
      Response response = responses.get(q.id());
      if (response != null) {
        t = engine.apply(state, new Command.SaveResponse(q.id(), response, OptionalInt.empty(), at));
        statements.addAll(xapi.of(engine, t));
        state = t.state();
        SavedResponse saved = state.response(q.id()).orElseThrow();
        answers.add(new StoredAnswer(q.id(), ResponseCodec.toJson(saved.response()), saved.certainty(),
            saved.tries(), saved.saved()));
      }
    }
    t = engine.apply(state, new Command.Submit(at));
    statements.addAll(xapi.of(engine, t));
    Submission submission = ((Event.Submitted) t.events().get(0)).submission();
    AttemptResult result = submission.result();
    List<StoredMark> marks = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      QuestionResult qr = result.questions().get(i);
      marks.add(new StoredMark(i + 1, q.id(), qr.response().map(ResponseCodec::toJson),
          qr.answer().map(Answer::certainty).orElse(OptionalInt.empty()), qr.mark().points(), qr.mark().maxPoints(),
          qr.mark().fraction(), ReviewSnapshot.of(q, i + 1, qr.response(), qr.mark(), preset.audience()).toJson()));
    }
    StoredResult stored = new StoredResult(result.points(), result.maxPoints(), result.percent(), result.passed(),
        submission.submitted(), Optional.of(StoredMark.policyKey(submission.policy())), result.passMark());
    store.create(created, started, Optional.empty());
    if (!store.update(new AttemptUpdate(id, created.version(), t.state().position(), t.state().updated(), answers,
        Optional.of(stored), marks, statements))) {
      throw new IllegalStateException("attempt " + id + " changed while it was being recorded");
    }
    return id;
  }

  /**
   * The seed of an attempt's form, if the attempt exists and is at {@code presetId}; used to keep a retake
   * off the form of the attempt before it.
   */
  public Optional<Long> seedOf(String attemptId, String presetId) {
    return store.find(attemptId).filter(a -> a.quizId().equals(presetId)).map(StoredAttempt::seed);
  }

  /**
   * The quiz of an attempt.
   *
   * @throws AttemptNotFoundException if there is no such attempt
   */
  public String quizOf(String attemptId) {
    return store.find(attemptId).map(StoredAttempt::quizId).orElseThrow(() -> new AttemptNotFoundException(attemptId));
  }

  /**
   * The attempt, if {@code token} opens it, loaded once.
   *
   * @throws AttemptNotFoundException if there is no such attempt or the token does not open it
   * @throws ContentChangedException if it is open and the course changed under its form since it began
   */
  public AttemptView open(String attemptId, String token) {
    AttemptRecord record = store.load(attemptId).filter(r -> opens(token, r.attempt()))
        .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    return view(record);
  }

  /**
   * Whether {@code credential} opens {@code attempt}: its token, or (on a device where the learner typed it) its
   * resume code in stored form.
   */
  private boolean opens(String credential, StoredAttempt attempt) {
    if (Secrets.matches(credential, attempt.tokenHash())) {
      return true;
    }
    return ResumeCode.isCode(credential)
        && store.attemptOfResumeCode(ResumeCode.hash(credential)).filter(attempt.id()::equals).isPresent();
  }

  /**
   * The resume code of the attempt {@code view} (opened with {@code credential}, a token or a resume code), as
   * shown to the learner ({@code ABCD-EFGH}); empty for attempts begun before resume codes existed.
   */
  public Optional<String> resumeCode(AttemptView view, String credential) {
    String code = ResumeCode.isCode(credential) ? credential : ResumeCode.of(credential);
    return store.attemptOfResumeCode(ResumeCode.hash(code)).filter(view.attempt().id()::equals)
        .map(id -> ResumeCode.display(code));
  }

  /**
   * The attempt a typed resume code opens, with the code in the stored form a cookie keeps; empty if the text is
   * not a code or no attempt has it.
   */
  public Optional<Resumed> resume(String typed) {
    return ResumeCode.parse(typed).flatMap(code -> store.attemptOfResumeCode(ResumeCode.hash(code))
        .map(id -> new Resumed(id, code)));
  }

  /** An attempt found by its resume code, and the code (stored form) that opens it. */
  public record Resumed(String attemptId, String code) {}

  /** The attempt as an instructor sees it (no token needed: the caller has checked the login). */
  public AttemptView openForInstructor(String attemptId) {
    return view(store.load(attemptId).orElseThrow(() -> new AttemptNotFoundException(attemptId)));
  }

  private AttemptView view(AttemptRecord record) {
    StoredAttempt attempt = record.attempt();
    QuizPreset preset = preset(attempt.quizId());
    Map<String, StoredAnswer> answers = new LinkedHashMap<>();
    Map<String, SavedResponse> responses = new LinkedHashMap<>();
    for (StoredAnswer a : record.answers()) {
      answers.put(a.questionId(), a);
      responses.put(a.questionId(), new SavedResponse(a.questionId(), ResponseCodec.parse(a.response()),
          a.certainty(), a.tries(), a.saved()));
    }
    boolean stored = attempt.submitted() && !record.marks().isEmpty();
    Optional<Form> form = currentForm(preset, attempt);
    if (form.isEmpty() && !attempt.submitted()) {
      throw new ContentChangedException(attempt.id());
    }
    Optional<Submission> submission = Optional.empty();
    if (attempt.submitted()) {
      StoredResult r = attempt.result().orElseThrow();
      AttemptResult result;
      if (stored) {
        result = storedResult(attempt, preset, record.marks());
      } else if (form.isPresent()) {
        // Submitted before marks were stored, on content that has not changed since: mark it as it was.
        result = liveResult(preset, form.get(), responses);
      } else {
        // Submitted before marks were stored, and the content has changed since: its stored totals are all there is.
        result = new AttemptResult(List.of(), r.score(), r.maxScore(), preset.passMark());
      }
      submission = Optional.of(new Submission(r.submitted(), policy(preset), result));
    }
    // An attempt begun before forms had versions recorded the older fingerprint; its form is the same if that matches.
    String version = form.map(Form::version).orElse(attempt.fingerprint());
    AttemptState state = new AttemptState(attempt.id(), attempt.quizId(), attempt.learner(), attempt.seed(),
        version, attempt.position(), attempt.created(), attempt.updated(), responses, submission);
    return new AttemptView(attempt, preset, form.map(Form::questions).orElse(List.of()), answers, state,
        record.marks());
  }

  /** The attempt's form as the content now draws it, if it is still the form the attempt began on. */
  private Optional<Form> currentForm(QuizPreset preset, StoredAttempt attempt) {
    try {
      Form form = form(preset, attempt.seed());
      boolean same = form.version().equals(attempt.fingerprint())
          || legacyFingerprint(form).equals(attempt.fingerprint());
      return same ? Optional.of(form) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // the content can no longer fill the quiz at all
    }
  }

  /** The fingerprint attempts recorded before forms had versions: a digest of the questions' ids and keys. */
  static String legacyFingerprint(Form form) {
    StringBuilder text = new StringBuilder();
    for (Question question : form.questions()) {
      text.append(question.id()).append('=').append(question.key()).append('\n');
    }
    return Secrets.hash(text.toString());
  }

  private static AttemptResult storedResult(StoredAttempt attempt, QuizPreset preset, List<StoredMark> marks) {
    StoredResult r = attempt.result().orElseThrow();
    List<QuestionResult> questions = new ArrayList<>();
    for (StoredMark m : marks) {
      Optional<Answer> answer = m.response().map(json -> new Answer(ResponseCodec.parse(json), m.certainty(), 1));
      questions.add(new QuestionResult(m.questionId(), answer, new Mark(m.points(), m.maxPoints(), m.fraction())));
    }
    OptionalInt passMark = r.marking().isPresent() ? r.passMark() : preset.passMark();
    return new AttemptResult(questions, r.score(), r.maxScore(), passMark);
  }

  private AttemptResult liveResult(QuizPreset preset, Form form, Map<String, SavedResponse> responses) {
    AttemptState open = new AttemptState("-", preset.id(), Optional.empty(), form.seed(), form.version(), 0,
        java.time.Instant.EPOCH, java.time.Instant.EPOCH, responses, Optional.empty());
    return new AttemptEngine(preset, form).score(open);
  }

  private AttemptEngine engine(AttemptView view) {
    return new AttemptEngine(view.preset(), form(view.preset(), view.attempt().seed()));
  }

  /** What saving an answer gave: the saved answer, and the marked feedback when the quiz gives it at once. */
  public record Saved(StoredAnswer answer, Optional<Marked> feedback) {}

  /** A marked answer: whether it was right, what it earned, and why. */
  public record Marked(Question question, Response response, Mark mark, List<Feedback> feedback) {}

  /**
   * Saves an answer; sending the answer already saved changes nothing, not even the attempt's time.
   *
   * @throws AttemptNotFoundException if the token does not open the attempt
   * @throws org.cytoquiz.quiz.question.InvalidResponseException if the response or certainty does not fit
   * @throws org.cytoquiz.quiz.delivery.AttemptClosedException if the attempt has been submitted
   * @throws org.cytoquiz.quiz.delivery.AnswerLockedException if an immediately marked answer would change
   * @throws ContentChangedException if the content changed under the attempt's form
   */
  public Saved answer(String attemptId, String token, String questionId, Response response, OptionalInt certainty) {
    return answer(open(attemptId, token), token, questionId, response, certainty);
  }

  /**
   * Saves an answer to the attempt {@code loaded} (just opened with {@code token}), as
   * {@link #answer(String, String, String, Response, OptionalInt)} does; the attempt is read again only if another
   * request changed it first.
   */
  public Saved answer(AttemptView loaded, String token, String questionId, Response response,
      OptionalInt certainty) {
    String attemptId = loaded.attempt().id();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      AttemptView view = round == 0 ? loaded : open(attemptId, token);
      AttemptEngine engine = engine(view);
      Transition t = engine.apply(view.state(), new Command.SaveResponse(questionId, response, certainty,
          now()));
      SavedResponse saved = t.state().response(questionId).orElseThrow();
      Question question = engine.form().question(questionId).orElseThrow();
      StoredAnswer answer = new StoredAnswer(questionId, ResponseCodec.toJson(saved.response()), saved.certainty(),
          saved.tries(), saved.saved());
      if (t.changed() && !store.update(new AttemptUpdate(attemptId, view.attempt().version(), t.state().position(),
          t.state().updated(), List.of(answer), Optional.empty(), List.of(), xapi.of(engine, t)))) {
        continue;
      }
      Optional<Marked> feedback = AttemptEngine.feedbackDue(engine.preset(), t.state(), questionId)
          ? Optional.of(new Marked(question, saved.response(), engine.mark(t.state(), questionId),
              question.feedback(saved.response())))
          : Optional.empty();
      return new Saved(answer, feedback);
    }
    throw new IllegalStateException("attempt " + attemptId + " kept changing under " + MAX_ROUNDS + " saves");
  }

  /** A submitted attempt's stored result with its view. */
  public record Outcome(AttemptView view, AttemptResult result) {}

  /**
   * Submits the attempt and stores its marks; submitting again returns the same stored result and changes nothing.
   * The result returned is exactly what was stored, so it is the one every later view shows.
   *
   * @throws AttemptNotFoundException if the token does not open the attempt
   * @throws ContentChangedException if the attempt is open and the content changed under its form
   */
  public Outcome submit(String attemptId, String token) {
    return submit(open(attemptId, token), token);
  }

  /**
   * Submits the attempt {@code loaded} (just opened with {@code token}), as {@link #submit(String, String)} does;
   * the attempt is read again only if another request changed it first.
   */
  public Outcome submit(AttemptView loaded, String token) {
    String attemptId = loaded.attempt().id();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      AttemptView view = round == 0 ? loaded : open(attemptId, token);
      if (view.attempt().submitted()) {
        return new Outcome(view, view.state().submission().orElseThrow().result());
      }
      AttemptEngine engine = engine(view);
      Transition t = engine.apply(view.state(), new Command.Submit(now()));
      Submission submission = ((Event.Submitted) t.events().get(0)).submission();
      AttemptResult result = submission.result();
      List<StoredMark> marks = new ArrayList<>();
      List<Question> questions = engine.form().questions();
      for (int i = 0; i < questions.size(); i++) {
        Question q = questions.get(i);
        QuestionResult qr = result.questions().get(i);
        marks.add(new StoredMark(i + 1, q.id(), qr.response().map(ResponseCodec::toJson),
            qr.answer().map(Answer::certainty).orElse(OptionalInt.empty()), qr.mark().points(), qr.mark().maxPoints(),
            qr.mark().fraction(), ReviewSnapshot.of(q, i + 1, qr.response(), qr.mark(), view.preset().audience())
                .toJson()));
      }
      StoredResult stored = new StoredResult(result.points(), result.maxPoints(), result.percent(), result.passed(),
          submission.submitted(), Optional.of(StoredMark.policyKey(submission.policy())), result.passMark());
      if (store.update(new AttemptUpdate(attemptId, view.attempt().version(), t.state().position(),
          t.state().updated(), List.of(), Optional.of(stored), marks, xapi.of(engine, t)))) {
        // Exactly what was just written (the attempt at its next version), so it is shown without reading it back.
        StoredAttempt before = view.attempt();
        StoredAttempt after = new StoredAttempt(before.id(), before.tokenHash(), before.quizId(), before.seed(),
            before.fingerprint(), before.learner(), t.state().position(), before.created(), t.state().updated(),
            Optional.of(stored), before.version() + 1);
        AttemptView submitted = view(new AttemptRecord(after, List.copyOf(view.answers().values()), marks));
        return new Outcome(submitted, submitted.state().submission().orElseThrow().result());
      }
    }
    throw new IllegalStateException("attempt " + attemptId + " kept changing under " + MAX_ROUNDS + " submits");
  }

  /**
   * The stored result of a submitted attempt.
   *
   * @throws AttemptConflictException if it has not been submitted
   */
  public Outcome result(String attemptId, String token) {
    AttemptView view = open(attemptId, token);
    if (!view.attempt().submitted()) {
      throw new AttemptConflictException("this attempt has not been submitted yet");
    }
    return new Outcome(view, view.state().submission().orElseThrow().result());
  }

  /** The review of each question of a submitted attempt, in form order, as stored at submit. */
  public List<ReviewSnapshot> review(AttemptView view) {
    if (!view.marks().isEmpty()) {
      return view.marks().stream().map(m -> ReviewSnapshot.parse(m.review())).toList();
    }
    // Submitted before marks were stored: marked now on its unchanged form, or nothing to show if the form changed.
    AttemptResult result = score(view);
    List<ReviewSnapshot> review = new ArrayList<>();
    for (int i = 0; i < view.questions().size(); i++) {
      Question q = view.questions().get(i);
      review.add(ReviewSnapshot.of(q, i + 1, view.response(q.id()), result.questions().get(i).mark(),
          view.preset().audience()));
    }
    return review;
  }

  /** The marks of an attempt: stored ones once submitted, else its saved answers' marks as they stand. */
  public AttemptResult score(AttemptView view) {
    return view.state().submission().map(Submission::result)
        .orElseGet(() -> engine(view).score(view.state()));
  }

  /** Attempts for instructors, newest first. */
  public List<StoredAttempt> attempts(AttemptFilter filter) {
    return store.list(filter);
  }

  /**
   * The marks stored at submit of every submitted attempt at a quiz, oldest attempt first, each attempt's marks in
   * form order (one query; for the instructor's CSV).
   */
  public List<SubmittedMarks> submittedMarks(String quizId) {
    return store.marks(quizId);
  }

  /** The mark of one question of an attempt as it stands (nothing for an unanswered question). */
  public Mark mark(AttemptView view, Question question) {
    return view.state().submission()
        .flatMap(s -> s.result().questions().stream().filter(q -> q.questionId().equals(question.id())).findFirst())
        .map(QuestionResult::mark)
        .orElseGet(() -> engine(view).mark(view.state(), question.id()));
  }

  /**
   * The questions statistics cover and their figures: {@code questions.get(i)} is the question of
   * {@code figures.items().get(i)}, worded as the content words it now.
   *
   * @param questions every question any submitted attempt's form held that the content still holds, in the order
   *     first met; the preset's own form when no attempt is submitted
   * @param figures the item and quiz statistics
   */
  public record Statistics(List<Question> questions, QuizStatistics figures) {

    /** Copies the questions. */
    public Statistics {
      questions = List.copyOf(questions);
      java.util.Objects.requireNonNull(figures, "figures");
    }
  }

  /**
   * The item and quiz statistics of every submitted attempt at a preset, from the marks stored at submit, read in
   * one query. Each attempt counts with the questions of its own form, so a question is compared over the
   * attempts that held it. Each mark is placed in its question's range under the marking policy the attempt was
   * marked under (for example −6..3 under certainty-based marking). Questions the content no longer holds are
   * left out (their range cannot be known); attempts submitted before marks were stored are not counted.
   *
   * @throws org.cytoquiz.core.UnknownEntityException if there is no such preset
   */
  public Statistics statistics(String presetId) {
    QuizPreset preset = preset(presetId);
    Map<String, Question> bank = new HashMap<>();
    banks.get(preset.audience()).questions().forEach(q -> bank.put(q.id(), q));
    List<MarkedAttempt> attempts = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (SubmittedMarks submitted : store.marks(presetId)) {
      ScoringPolicy policy = submitted.marking().flatMap(StoredMark::policy).orElseGet(() -> policy(preset));
      List<ItemMark> items = new ArrayList<>();
      for (StoredMark m : submitted.marks()) {
        Question question = bank.get(m.questionId());
        if (question != null) {
          items.add(itemMark(m, question, policy));
        }
      }
      if (!items.isEmpty()) {
        attempts.add(new MarkedAttempt(items));
        items.forEach(i -> seen.add(i.questionId()));
      }
    }
    List<Question> questions = attempts.isEmpty() ? questions(presetId) : seen.stream().map(bank::get).toList();
    return new Statistics(questions, QuizStatistics.of(questions.stream().map(Question::id).toList(), attempts));
  }

  /**
   * A stored mark in its question's range under {@code policy}. The range is widened to hold the stored mark
   * should the policy's range of the question as worded now not hold it.
   */
  private static ItemMark itemMark(StoredMark mark, Question question, ScoringPolicy policy) {
    double min = Math.min(policy.minPoints(question), mark.points());
    double max = Math.max(mark.maxPoints(), mark.points());
    Optional<Response> response = mark.response().map(ResponseCodec::parse);
    return new ItemMark(mark.questionId(), mark.points(), min, max, response);
  }
}
