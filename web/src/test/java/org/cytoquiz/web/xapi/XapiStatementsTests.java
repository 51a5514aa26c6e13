package org.cytoquiz.web.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.delivery.AttemptEngine;
import org.cytoquiz.quiz.delivery.Command;
import org.cytoquiz.quiz.delivery.Form;
import org.cytoquiz.quiz.delivery.Transition;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The statements made from an attempt engine's events, run without any server or database. */
class XapiStatementsTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();
  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<Audience, ItemBank> BANKS = new java.util.concurrent.ConcurrentHashMap<>();
  static final Instant T0 = Instant.parse("2026-11-29T10:15:00.250Z");
  static final String BASE = "https://quiz.example-hospital.org/cytoquiz/";
  static final XapiStatements XAPI = new XapiStatements(URI.create(BASE));

  @TempDir Path dir;

  /** How to answer each question of a run. */
  enum Answering { KEY, WRONG, RANDOM }

  /** One attempt run through the engine, with every statement its transitions gave. */
  record Run(String attemptId, QuizPreset preset, Form form, List<XapiStatement> statements) {
    List<JsonNode> json() {
      return statements.stream().map(s -> parse(s.json())).toList();
    }

    List<String> verbs() {
      return json().stream().map(j -> j.at("/verb/id").asText().replace(XapiStatements.VERBS, "")).toList();
    }
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts, answers every question (moving to each first), and submits an attempt at {@code presetId}. */
  static Run run(String presetId, long seed, Optional<String> learner, Answering answering, Random random) {
    QuizPreset preset = CURRICULUM.preset(presetId);
    Form form = Form.draw(BANKS.computeIfAbsent(preset.audience(), a -> ItemBank.build(CURRICULUM, a)), preset, seed);
    AttemptEngine engine = new AttemptEngine(preset, form);
    String attemptId = "attempt-" + seed;
    List<XapiStatement> statements = new ArrayList<>();
    Transition t = engine.start(attemptId, learner, T0);
    statements.addAll(XAPI.of(engine, t));
    Instant at = T0;
    for (int i = 0; i < form.questions().size(); i++) {
      Question q = form.questions().get(i);
      at = at.plusMillis(1_500);
      t = engine.apply(t.state(), new Command.Move(i, at));
      assertThat(XAPI.of(engine, t)).as("moving gives no statement").isEmpty();
      int sure = answering == Answering.RANDOM ? 1 + random.nextInt(3) : 3;
      OptionalInt certainty = preset.certaintyBased() ? OptionalInt.of(sure) : OptionalInt.empty();
      boolean right = answering == Answering.KEY || (answering == Answering.RANDOM && random.nextBoolean());
      t = engine.apply(t.state(), new Command.SaveResponse(q.id(), right ? q.key() : wrong(q), certainty, at));
      statements.addAll(XAPI.of(engine, t));
    }
    t = engine.apply(t.state(), new Command.Submit(at.plusSeconds(3)));
    statements.addAll(XAPI.of(engine, t));
    return new Run(attemptId, preset, form, statements);
  }

  /** A response that is not the key. */
  static Response wrong(Question q) {
    if (q instanceof TextEntry) {
      return new Response.Text("no such answer");
    }
    if (q instanceof Matching m) {
      Map<String, String> pairs = new LinkedHashMap<>();
      List<Item> right = m.right();
      for (Item left : m.left()) {
        String keyed = m.answer().get(left.id());
        pairs.put(left.id(), right.stream().map(Item::id).filter(id -> !id.equals(keyed)).findFirst().orElseThrow());
      }
      return new Response.Pairs(pairs);
    }
    Option wrongOption = q.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow();
    return new Response.Choice(List.of(wrongOption.id()));
  }

  @Test
  void anAttemptIsInitializedAnsweredOnceAQuestionAndCompleted() {
    Run run = run("patient-basics", 7, Optional.empty(), Answering.KEY, new Random(1));
    List<String> verbs = run.verbs();
    assertThat(verbs.get(0)).isEqualTo("initialized");
    assertThat(verbs.subList(1, 11)).containsOnly("answered");
    assertThat(verbs.subList(11, verbs.size())).as("no pass mark: completed, neither passed nor failed")
        .containsExactly("completed");
    JsonNode completed = run.json().get(11);
    assertThat(completed.at("/result/completion").asBoolean()).isTrue();
    assertThat(completed.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
    assertThat(completed.at("/result/duration").asText()).isEqualTo("PT18S"); // 10 × 1.5 s, then 3 s to submit
    assertThat(completed.at("/object/id").asText()).isEqualTo(BASE + "quizzes/patient-basics");
    assertThat(completed.at("/object/definition/type").asText())
        .isEqualTo("http://adlnet.gov/expapi/activities/assessment");
  }

  @Test
  void everyStatementCarriesTheAttemptsRegistrationAndTheEnginesInstant() {
    Run run = run("staff-practice", 11, Optional.of("RN 1042"), Answering.RANDOM, new Random(2));
    String registration = XapiStatements.registration(run.attemptId()).toString();
    for (int i = 0; i < run.statements().size(); i++) {
      XapiStatement statement = run.statements().get(i);
      JsonNode json = run.json().get(i);
      assertThat(json.path("id").asText()).isEqualTo(statement.id().toString());
      assertThat(json.at("/context/registration").asText()).isEqualTo(registration);
      assertThat(Instant.parse(json.path("timestamp").asText())).isEqualTo(statement.timestamp());
      assertThat(json.at("/actor/account/homePage").asText()).isEqualTo(BASE);
      assertThat(json.at("/actor/account/name").asText()).isEqualTo("RN 1042");
      assertThat(json.at("/actor/name").asText()).isEqualTo("RN 1042");
      assertThat(json.at("/actor/mbox").isMissingNode()).as("no email we do not have").isTrue();
    }
    assertThat(run.statements().get(0).timestamp()).isEqualTo(T0);
    assertThat(run.statements().get(1).timestamp()).isEqualTo(T0.plusMillis(1_500));
    assertThat(run.statements().stream().map(XapiStatement::id).distinct()).hasSameSizeAs(run.statements());
  }

  @Test
  void anAnonymousLearnerIsAnAccountNamedAfterTheAttempt() {
    Run run = run("patient-basics", 3, Optional.empty(), Answering.KEY, new Random(3));
    JsonNode actor = run.json().get(0).path("actor");
    assertThat(actor.path("name").isMissingNode()).isTrue();
    assertThat(actor.at("/account/name").asText()).isEqualTo("attempt-" + run.attemptId());
  }

  @Test
  void theSameEventsGiveTheSameStatementIds() {
    Run first = run("staff-certification", 5, Optional.of("Dr A"), Answering.RANDOM, new Random(9));
    Run again = run("staff-certification", 5, Optional.of("Dr A"), Answering.RANDOM, new Random(9));
    assertThat(again.statements()).isEqualTo(first.statements());
    Run other = run("staff-certification", 6, Optional.of("Dr A"), Answering.RANDOM, new Random(9));
    Set<String> ids = new HashSet<>();
    first.statements().forEach(s -> ids.add(s.id().toString()));
    assertThat(other.statements()).noneMatch(s -> ids.contains(s.id().toString()));
  }

  @Test
  void aPassedCertaintyQuizScoresFullMarksAndAFailedOneItsLeast() {
    Run passed = run("staff-certification", 21, Optional.of("RN 1"), Answering.KEY, new Random(4));
    JsonNode judged = passed.json().get(passed.json().size() - 1);
    assertThat(passed.verbs().subList(passed.verbs().size() - 2, passed.verbs().size()))
        .containsExactly("completed", "passed");
    assertThat(judged.at("/result/success").asBoolean()).isTrue();
    assertThat(judged.at("/result/score/raw").asDouble()).isEqualTo(judged.at("/result/score/max").asDouble());

    // Wrong at certainty 3: the least a question earns, -6 of its range -6..3.
    Run failed = run("staff-certification", 22, Optional.of("RN 2"), Answering.WRONG, new Random(5));
    JsonNode last = failed.json().get(failed.json().size() - 1);
    assertThat(failed.verbs().get(failed.verbs().size() - 1)).isEqualTo("failed");
    assertThat(last.at("/result/success").asBoolean()).isFalse();
    assertThat(last.at("/result/score/min").asDouble()).isEqualTo(-6.0 * 20);
    assertThat(last.at("/result/score/max").asDouble()).isEqualTo(3.0 * 20);
    assertThat(last.at("/result/score/raw").asDouble()).isEqualTo(-6.0 * 20);
    assertThat(last.at("/result/score/scaled").asDouble()).isEqualTo(-1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"patient-basics", "staff-practice"})
  void anImmediatelyMarkedAnswerCarriesItsMark(String presetId) {
    Run run = run(presetId, 31, Optional.of("x"), Answering.KEY, new Random(6));
    JsonNode answered = run.json().get(1);
    assertThat(answered.at("/result/success").asBoolean()).isTrue();
    assertThat(answered.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
    assertThat(answered.at("/result/response").asText()).isNotEmpty();
    assertThat(answered.at("/context/contextActivities/parent/0/id").asText()).isEqualTo(BASE + "quizzes/" + presetId);
    assertThat(answered.at("/object/id").asText()).startsWith(BASE + "quizzes/" + presetId + "/questions/");
  }

  @Test
  void anAnswerMarkedOnlyAtSubmitRevealsNoMarkAndNoKey() {
    Run run = run("staff-certification", 41, Optional.of("x"), Answering.KEY, new Random(7));
    for (JsonNode answered : run.json().subList(1, 21)) {
      assertThat(answered.at("/verb/id").asText()).endsWith("answered");
      assertThat(answered.path("result").has("response")).isTrue();
      assertThat(answered.path("result").has("success")).isFalse();
      assertThat(answered.path("result").has("score")).isFalse();
      assertThat(answered.at("/object/definition").has("correctResponsesPattern")).isFalse();
    }
  }

  @Test
  void responsesUseXapisInteractionFormat() {
    assertThat(XapiStatements.response(new Response.Choice(List.of("a", "b")))).isEqualTo("a[,]b");
    assertThat(XapiStatements.response(new Response.Text("IL-2"))).isEqualTo("IL-2");
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("l1", "r2");
    pairs.put("l2", "r1");
    assertThat(XapiStatements.response(new Response.Pairs(pairs))).isEqualTo("l1[.]r2[,]l2[.]r1");
  }

  @Test
  void scaledScoresStayWithinMinusOneAndOne() {
    assertThat(XapiStatements.score(3, -6, 3).path("scaled").asDouble()).isEqualTo(1.0);
    assertThat(XapiStatements.score(-6, -6, 3).path("scaled").asDouble()).isEqualTo(-1.0);
    assertThat(XapiStatements.score(-3, -6, 3).path("scaled").asDouble()).isEqualTo(-0.5);
    assertThat(XapiStatements.score(1, 0, 4).path("scaled").asDouble()).isEqualTo(0.25);
    assertThat(XapiStatements.score(0, 0, 0).path("scaled").asDouble()).isEqualTo(0.0);
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      double min = -random.nextInt(200);
      double max = 1 + random.nextInt(200);
      double raw = min + random.nextDouble() * (max - min);
      JsonNode score = XapiStatements.score(raw, min, max);
      assertThat(score.path("scaled").asDouble()).isBetween(-1.0, 1.0);
      assertThat(score.path("raw").asDouble()).isBetween(score.path("min").asDouble(), score.path("max").asDouble());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.org/", "quizzes/", "https://example.org/?a=1", "https://example.org/#x",
      "mailto:someone@example.org", "https:///no-host"})
  void anIriBaseMustBeAnAbsoluteWebAddress(String base) {
    assertThatThrownBy(() -> XapiStatements.parse(base)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xAPI IRI base");
  }

  @Test
  void aBaseWithoutItsFinalSlashGetsOne() {
    assertThat(XapiStatements.parse("https://example.org/quiz").quizActivity("q"))
        .isEqualTo("https://example.org/quiz/quizzes/q");
  }

  @Test
  void everyStatementOfManyAttemptsPassesTheXapiChecker() {
    XapiCheck.assumeInstalled();
    List<String> statements = new ArrayList<>();
    Random random = new Random(2026);
    for (String preset : List.of("patient-basics", "staff-certification", "staff-practice")) {
      for (int i = 0; i < 8; i++) {
        Answering answering = Answering.values()[i % 3];
        Optional<String> learner = i % 2 == 0 && preset.startsWith("patient") ? Optional.empty()
            : Optional.of("Learner " + i);
        run(preset, random.nextLong(), learner, answering, random).statements()
            .forEach(s -> statements.add(s.json()));
      }
    }
    XapiCheck.Verdict verdict = XapiCheck.check(dir, statements);
    assertThat(verdict.exitCode()).as(verdict.output()).isZero();
    assertThat(verdict.output().lines().filter(l -> l.endsWith(": OK")).count()).isEqualTo(statements.size());
  }

  @Test
  void theCheckerRefusesABrokenStatement() {
    XapiCheck.assumeInstalled();
    Run run = run("patient-basics", 1, Optional.empty(), Answering.KEY, new Random(1));
    String broken = run.statements().get(0).json().replace("\"registration\":\"", "\"registration\":\"x");
    XapiCheck.Verdict verdict = XapiCheck.check(dir, List.of(broken));
    assertThat(verdict.exitCode()).as(verdict.output()).isEqualTo(1);
    assertThat(verdict.output()).contains("registration");
  }
}
