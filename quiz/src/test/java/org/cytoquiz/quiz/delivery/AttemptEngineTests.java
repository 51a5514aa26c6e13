package org.cytoquiz.quiz.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.Wording;
import org.cytoquiz.teaching.FeedbackMode;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.HandMade;
import org.cytoquiz.quiz.question.InvalidResponseException;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.QuestionResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every rule of an attempt, with fixed instants. */
class AttemptEngineTests {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  static final Instant T1 = T0.plusSeconds(60);
  static final Instant T2 = T0.plusSeconds(120);
  static final Instant T3 = T0.plusSeconds(180);

  static final List<Question> QUESTIONS = List.of(HandMade.singleChoice("q1"), HandMade.multipleResponse("q2"),
      HandMade.textEntry("q3"), HandMade.matching("q4"));
  static final Form FORM = new Form(7, QUESTIONS, Form.version(QUESTIONS));

  static QuizPreset preset(Audience audience, FeedbackMode feedback, boolean certainty, Marking marking) {
    return new QuizPreset("hand-made", Wording.same("Hand-made"), Wording.same("Four questions"), audience, 4,
        EnumSet.allOf(QuestionKind.class), java.util.Set.of(), Map.of(), feedback, OptionalInt.of(50), certainty,
        marking, 1);
  }

  static final AttemptEngine DEFERRED = new AttemptEngine(
      preset(Audience.PATIENT, FeedbackMode.DEFERRED, false, Marking.PARTIAL_CREDIT), FORM);
  static final AttemptEngine IMMEDIATE = new AttemptEngine(
      preset(Audience.PATIENT, FeedbackMode.IMMEDIATE, false, Marking.PARTIAL_CREDIT), FORM);
  static final AttemptEngine CERTAINTY = new AttemptEngine(
      preset(Audience.STAFF, FeedbackMode.DEFERRED, true, Marking.PARTIAL_CREDIT), FORM);

  static Response pick(String... ids) {
    return new Response.Choice(List.of(ids));
  }

  static Command.SaveResponse save(String question, Response response, Instant at) {
    return new Command.SaveResponse(question, response, OptionalInt.empty(), at);
  }

  static AttemptState started(AttemptEngine engine) {
    return engine.start("a1", Optional.of("Sam"), T0).state();
  }

  @Nested
  class Starting {

    @Test
    void anAttemptBeginsOpenOnItsFormAtTheGivenInstant() {
      Transition t = DEFERRED.start("a1", Optional.of("  Sam "), T0);
      assertThat(t.events()).containsExactly(new Event.Started("a1", 7, T0));
      AttemptState s = t.state();
      assertThat(s.learner()).contains("Sam");
      assertThat(s.seed()).isEqualTo(7);
      assertThat(s.contentVersion()).isEqualTo(FORM.version());
      assertThat(s.started()).isEqualTo(T0);
      assertThat(s.updated()).isEqualTo(T0);
      assertThat(s.position()).isZero();
      assertThat(s.responses()).isEmpty();
      assertThat(s.submitted()).isFalse();
    }

    @Test
    void aStaffQuizNeedsAName() {
      assertThatThrownBy(() -> CERTAINTY.start("a1", Optional.of("   "), T0))
          .isInstanceOf(StartRefusedException.class).hasMessageContaining("name or staff id");
      assertThatThrownBy(() -> CERTAINTY.start("a1", Optional.empty(), T0)).isInstanceOf(StartRefusedException.class);
    }

    @Test
    void aPatientNeedsNoName() {
      assertThat(DEFERRED.start("a1", Optional.of(""), T0).state().learner()).isEmpty();
    }

    @Test
    void aNameTooLongOrWithControlCharactersOrBrokenCharactersIsRefused() {
      for (String name : List.of("x".repeat(AttemptEngine.MAX_LEARNER + 1), "Sam\u0007", "Sam\ud800")) {
        assertThatThrownBy(() -> CERTAINTY.start("a1", Optional.of(name), T0))
            .isInstanceOf(StartRefusedException.class);
      }
    }
  }

  @Nested
  class SavingResponses {

    @Test
    void aResponseIsSavedAtItsInstantAndTheLearnerMovesOn() {
      Transition t = DEFERRED.apply(started(DEFERRED), save("q1", pick("a"), T1));
      SavedResponse saved = new SavedResponse("q1", pick("a"), OptionalInt.empty(), 1, T1);
      assertThat(t.events()).containsExactly(new Event.ResponseSaved(saved, Optional.empty()));
      assertThat(t.state().response("q1")).contains(saved);
      assertThat(t.state().updated()).isEqualTo(T1);
      assertThat(t.state().position()).isEqualTo(1);
    }

    @Test
    void theLastQuestionKeepsTheLearnerThere() {
      Transition t = DEFERRED.apply(started(DEFERRED),
          save("q4", new Response.Pairs(Map.of("l1", "r1")), T1));
      assertThat(t.state().position()).isEqualTo(3);
    }

    @Test
    void resendingTheSameResponseChangesNothingNotEvenTheTime() {
      AttemptState once = DEFERRED.apply(started(DEFERRED), save("q2", pick("a", "b"), T1)).state();
      Transition again = DEFERRED.apply(once, save("q2", pick("b", "a", "b"), T2));
      assertThat(again.changed()).isFalse();
      assertThat(again.state()).isSameAs(once);
      assertThat(again.state().updated()).isEqualTo(T1);
    }

    @Test
    void underDeferredFeedbackAChangedResponseReplacesTheEarlierOneAndCountsATry() {
      AttemptState once = DEFERRED.apply(started(DEFERRED), save("q1", pick("b"), T1)).state();
      Transition t = DEFERRED.apply(once, save("q1", pick("a"), T2));
      assertThat(t.state().response("q1")).contains(new SavedResponse("q1", pick("a"), OptionalInt.empty(), 2, T2));
      assertThat(t.state().updated()).isEqualTo(T2);
    }

    @Test
    void underImmediateFeedbackTheFirstAnswerCountsAndIsMarkedAtOnce() {
      Transition first = IMMEDIATE.apply(started(IMMEDIATE), save("q1", pick("b"), T1));
      Event.ResponseSaved saved = (Event.ResponseSaved) first.events().get(0);
      assertThat(saved.feedback()).hasValueSatisfying(m -> assertThat(m.points()).isZero());
      assertThatThrownBy(() -> IMMEDIATE.apply(first.state(), save("q1", pick("a"), T2)))
          .isInstanceOf(AnswerLockedException.class).hasMessageContaining("first answer counts");
      assertThat(IMMEDIATE.apply(first.state(), save("q1", pick("b"), T2)).changed()).isFalse();
    }

    @Test
    void aResponseThatDoesNotFitItsQuestionIsRefused() {
      AttemptState s = started(DEFERRED);
      assertThatThrownBy(() -> DEFERRED.apply(s, save("q1", pick("z"), T1)))
          .isInstanceOf(InvalidResponseException.class);
      assertThatThrownBy(() -> DEFERRED.apply(s, save("q1", new Response.Text("a"), T1)))
          .isInstanceOf(InvalidResponseException.class);
      assertThatThrownBy(() -> DEFERRED.apply(s, save("nope", pick("a"), T1)))
          .isInstanceOf(InvalidResponseException.class).hasMessageContaining("no question 'nope'");
      assertThatThrownBy(() -> DEFERRED.apply(s, save("q3", new Response.Text("IL\udc00"), T1)))
          .isInstanceOf(InvalidResponseException.class).hasMessageContaining("surrogate");
    }

    @Test
    void aCertaintyBasedQuizNeedsACertaintyOfOneToThreeAndOthersRefuseOne() {
      AttemptState s = started(CERTAINTY);
      assertThatThrownBy(() -> CERTAINTY.apply(s, save("q1", pick("a"), T1)))
          .isInstanceOf(InvalidResponseException.class).hasMessageContaining("certainty");
      assertThatThrownBy(() -> CERTAINTY.apply(s,
          new Command.SaveResponse("q1", pick("a"), OptionalInt.of(4), T1)))
          .isInstanceOf(InvalidResponseException.class).hasMessageContaining("certainty 4");
      assertThatThrownBy(() -> DEFERRED.apply(started(DEFERRED),
          new Command.SaveResponse("q1", pick("a"), OptionalInt.of(2), T1)))
          .isInstanceOf(InvalidResponseException.class).hasMessageContaining("does not ask");
      Transition t = CERTAINTY.apply(s, new Command.SaveResponse("q1", pick("a"), OptionalInt.of(3), T1));
      assertThat(t.state().response("q1").orElseThrow().certainty()).hasValue(3);
    }

    @Test
    void changingOnlyTheCertaintyIsAChange() {
      AttemptState s = CERTAINTY.apply(started(CERTAINTY),
          new Command.SaveResponse("q1", pick("a"), OptionalInt.of(3), T1)).state();
      Transition t = CERTAINTY.apply(s, new Command.SaveResponse("q1", pick("a"), OptionalInt.of(1), T2));
      assertThat(t.changed()).isTrue();
      assertThat(t.state().response("q1").orElseThrow().tries()).isEqualTo(2);
    }
  }

  @Nested
  class Moving {

    @Test
    void movingRecordsThePositionAndMovingToItAgainChangesNothing() {
      Transition t = DEFERRED.apply(started(DEFERRED), new Command.Move(2, T1));
      assertThat(t.events()).containsExactly(new Event.Moved(2, T1));
      assertThat(DEFERRED.apply(t.state(), new Command.Move(2, T2)).changed()).isFalse();
    }

    @Test
    void aMoveOutsideTheFormIsAProgrammingError() {
      assertThatThrownBy(() -> DEFERRED.apply(started(DEFERRED), new Command.Move(4, T1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }
  }

  @Nested
  class Submitting {

    AttemptState answered() {
      AttemptState s = started(DEFERRED);
      s = DEFERRED.apply(s, save("q1", pick("a"), T1)).state();
      s = DEFERRED.apply(s, save("q2", pick("a"), T1)).state();
      return s;
    }

    @Test
    void submittingFixesTheMarksOfEveryQuestionInFormOrder() {
      Transition t = DEFERRED.apply(answered(), new Command.Submit(T2));
      Submission submission = t.state().submission().orElseThrow();
      assertThat(t.events()).containsExactly(new Event.Submitted(submission));
      assertThat(submission.submitted()).isEqualTo(T2);
      assertThat(submission.policy()).isEqualTo(AttemptEngine.policy(DEFERRED.preset()));
      assertThat(submission.result().questions()).extracting(QuestionResult::questionId)
          .containsExactly("q1", "q2", "q3", "q4");
      assertThat(submission.result().questions()).extracting(q -> q.mark().points())
          .containsExactly(1.0, 0.5, 0.0, 0.0);
      assertThat(submission.result().points()).isEqualTo(1.5);
      assertThat(submission.result().percent()).isEqualTo(37.5);
      assertThat(submission.result().passed()).isFalse();
      assertThat(t.state().updated()).isEqualTo(T2);
    }

    @Test
    void submittingIsFinal() {
      AttemptState submitted = DEFERRED.apply(answered(), new Command.Submit(T2)).state();
      assertThat(DEFERRED.apply(submitted, new Command.Submit(T3)).changed()).isFalse();
      assertThat(DEFERRED.apply(submitted, new Command.Move(3, T3)).changed()).isFalse();
      assertThatThrownBy(() -> DEFERRED.apply(submitted, save("q3", new Response.Text("IL-2"), T3)))
          .isInstanceOf(AttemptClosedException.class);
      // Even the identical response is refused: the attempt is closed, whatever the answer.
      assertThatThrownBy(() -> DEFERRED.apply(submitted, save("q1", pick("a"), T3)))
          .isInstanceOf(AttemptClosedException.class);
    }

    @Test
    void storedMarksOutliveAChangeOfContent() {
      AttemptState submitted = DEFERRED.apply(answered(), new Command.Submit(T2)).state();
      List<Question> reworded = List.of(HandMade.singleChoice("q1"), HandMade.multipleResponse("q2"),
          HandMade.textEntry("q3"), HandMade.singleChoice("q5"));
      AttemptEngine changed = new AttemptEngine(DEFERRED.preset(), new Form(7, reworded, Form.version(reworded)));
      assertThat(changed.score(submitted)).isEqualTo(submitted.submission().orElseThrow().result());
      assertThat(changed.apply(submitted, new Command.Submit(T3)).changed()).isFalse();
    }
  }

  @Nested
  class ContentVersions {

    final List<Question> reworded = List.of(HandMade.singleChoice("q1"), HandMade.multipleResponse("q2"),
        HandMade.textEntry("q3"), HandMade.singleChoice("q4"));
    final AttemptEngine changed = new AttemptEngine(DEFERRED.preset(), new Form(7, reworded, Form.version(reworded)));

    @Test
    void anAttemptRecordsTheVersionItBeganOn() {
      assertThat(started(DEFERRED).contentVersion()).isEqualTo(FORM.version()).isNotEqualTo(changed.form().version());
    }

    @Test
    void anOpenAttemptCannotGoOnOnChangedContent() {
      AttemptState s = started(DEFERRED);
      assertThatThrownBy(() -> changed.apply(s, save("q1", pick("a"), T1)))
          .isInstanceOf(ContentChangedException.class).hasMessageContaining("start a new attempt");
      assertThatThrownBy(() -> changed.apply(s, new Command.Submit(T1))).isInstanceOf(ContentChangedException.class);
      assertThatThrownBy(() -> changed.score(s)).isInstanceOf(ContentChangedException.class);
    }

    @Test
    void aFormsVersionFollowsEveryWordOfItsQuestions() {
      assertThat(Form.version(QUESTIONS)).isEqualTo(Form.version(List.copyOf(QUESTIONS)));
      assertThat(Form.version(reworded)).isNotEqualTo(Form.version(QUESTIONS));
      assertThat(Form.version(List.of(QUESTIONS.get(1), QUESTIONS.get(0), QUESTIONS.get(2), QUESTIONS.get(3))))
          .as("order is part of the form").isNotEqualTo(Form.version(QUESTIONS));
    }
  }

  @Nested
  class WhatTheLearnerMaySee {

    @Test
    void feedbackIsDueAtOnceUnderImmediateFeedbackAndOtherwiseAfterSubmit() {
      AttemptState immediate = IMMEDIATE.apply(started(IMMEDIATE), save("q1", pick("a"), T1)).state();
      assertThat(AttemptEngine.feedbackDue(IMMEDIATE.preset(), immediate, "q1")).isTrue();
      assertThat(AttemptEngine.answerLocked(IMMEDIATE.preset(), immediate, "q1")).isTrue();
      assertThat(AttemptEngine.feedbackDue(IMMEDIATE.preset(), immediate, "q2")).isFalse();
      AttemptState deferred = DEFERRED.apply(started(DEFERRED), save("q1", pick("a"), T1)).state();
      assertThat(AttemptEngine.feedbackDue(DEFERRED.preset(), deferred, "q1")).isFalse();
      assertThat(AttemptEngine.answerLocked(DEFERRED.preset(), deferred, "q1")).isFalse();
      AttemptState submitted = DEFERRED.apply(deferred, new Command.Submit(T2)).state();
      assertThat(AttemptEngine.feedbackDue(DEFERRED.preset(), submitted, "q2")).isTrue();
    }

    @Test
    void aCertificateIsDueForAPassedStaffQuizJudgedAgainstAPassMarkOnly() {
      assertThat(AttemptEngine.certificateDue(CERTAINTY.preset(), true, true)).isTrue();
      assertThat(AttemptEngine.certificateDue(CERTAINTY.preset(), true, false)).isFalse();
      assertThat(AttemptEngine.certificateDue(CERTAINTY.preset(), false, true)).isFalse();
      assertThat(AttemptEngine.certificateDue(DEFERRED.preset(), true, true)).as("a patient quiz").isFalse();
    }
  }

  @Test
  void anyCommandSentTwiceInARowChangesNothingTheSecondTime() {
    List<Command> pool = List.of(save("q1", pick("a"), T1), save("q1", pick("b"), T1), save("q2", pick("a", "b"), T1),
        save("q3", new Response.Text("IL-2"), T2), save("q3", new Response.Text("IL-3"), T2),
        new Command.Move(2, T2), new Command.Move(0, T3), new Command.Submit(T3));
    qt().withExamples(300).forAll(lists().of(integers().between(0, pool.size() - 1)).ofSizeBetween(0, 12))
        .checkAssert(indices -> {
          for (AttemptEngine engine : List.of(DEFERRED, IMMEDIATE)) {
            AttemptState state = started(engine);
            for (int i : indices) {
              Command command = pool.get(i);
              try {
                state = engine.apply(state, command).state();
              } catch (AttemptRefusedException refused) {
                continue;
              }
              Transition again = engine.apply(state, command);
              assertThat(again.changed()).isFalse();
              assertThat(again.state()).isEqualTo(state);
            }
            if (state.submitted()) {
              assertThat(state.submission().orElseThrow().result().points())
                  .isEqualTo(state.responses().values().stream()
                      .mapToDouble(r -> FORM.question(r.questionId()).orElseThrow()
                          .score(r.answer(), AttemptEngine.policy(engine.preset())).points()).sum());
            }
          }
        });
  }
}
