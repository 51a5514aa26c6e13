package org.cytoquiz.web.live;

import java.util.List;
import java.util.Optional;
import org.cytoquiz.web.pages.FeedbackBox;
import org.cytoquiz.web.pages.QuestionPage;

/** What the live-session templates show; built by {@link LivePages}, holding no rule of their own. */
public final class LiveViews {

  private LiveViews() {}

  /** A preset an instructor can start a session from. */
  public record PresetChoice(String id, String title, int questions) {}

  /** One of the instructor's sessions in the list. */
  public record SessionRow(String id, String code, String quiz, String phase, String started) {}

  /** The instructor's live-session home: their sessions and the form to start one. */
  public record Home(List<PresetChoice> presets, List<SessionRow> sessions, String csrf) {}

  /** A value a filter or select can take, its label, and whether it is the one chosen now. */
  public record Choice(String value, String label, boolean selected) {}

  /**
   * A question of the item bank the instructor can pick.
   *
   * @param id the question's id (the value sent when picked)
   * @param kind the kind in words
   * @param topic the topic in words
   * @param stem the question
   */
  public record BankQuestion(String id, String kind, String topic, String stem) {}

  /**
   * The page to start a session on questions picked from an item bank.
   *
   * @param bank the bank shown ("staff" or "patient")
   * @param banks the banks to choose from
   * @param topics the topics to filter by (the first, value "", means every topic)
   * @param kinds the kinds to filter by (the first, value "", means every kind)
   * @param questions the bank's questions that pass the filters, in content order
   * @param presets the quizzes the attempts may be filed under (those of the bank's audience that can run live)
   * @param csrf the form token
   */
  public record Choose(String bank, List<Choice> banks, List<Choice> topics, List<Choice> kinds,
      List<BankQuestion> questions, List<PresetChoice> presets, String csrf) {}

  /**
   * The open vote's countdown.
   *
   * @param iso when the vote closes, as an ISO-8601 instant (for {@code <time datetime>})
   * @param shown when it closes, as a clock time in the server's zone, such as {@code 14:05:30}
   * @param millisLeft how long is left, in milliseconds, when the page is made (scripts count down from it)
   */
  public record Countdown(String iso, String shown, long millisLeft) {}

  /** A move button: the move's key and its label. */
  public record MoveButton(String key, String label, boolean primary) {}

  /**
   * The question being asked, as participants see it (no key).
   *
   * @param number its position from 1
   * @param total how many questions the session has
   * @param stem the question
   * @param form "single", "multiple", "text" or "matching"
   * @param options the options of a choice question
   * @param pairs the rows of a matching question
   */
  public record Asked(int number, int total, String stem, String form, List<QuestionPage.OptionRow> options,
      List<QuestionPage.PairRow> pairs) {}

  /**
   * The projector view.
   *
   * @param sessionId the session
   * @param code the join code as shown
   * @param joinUrl the join link (also in the QR code)
   * @param qrSvg the QR code of the join link, as SVG markup built by {@link QrSvg}
   * @param quiz the quiz's title
   * @param phase the phase's key
   * @param status the state in words
   * @param revision the state's revision (scripts reload when a newer one is pushed)
   * @param joined how many have joined
   * @param answered how many answered the current vote
   * @param asked the current question, if one is shown
   * @param chartShown whether the distribution is shown (the instructor can hide it)
   * @param distributions the distribution of each vote so far on the current question (vote 1, then vote 2)
   * @param key the key and every option's explanation, once revealed
   * @param moves the moves allowed now
   * @param csrf the form token
   * @param records whether the session records participation
   * @param countdown the open vote's countdown, if the session counts down and a vote is open
   */
  public record Projector(String sessionId, String code, String joinUrl, String qrSvg, String quiz, String phase,
      String status, long revision, int joined, int answered, Optional<Asked> asked, boolean chartShown,
      List<Distribution> distributions, Optional<FeedbackBox> key, List<MoveButton> moves, String csrf,
      boolean records, Optional<Countdown> countdown) {}

  /** The join page: the code (prefilled from the QR link) and an optional name. */
  public record Join(String code, String name, String csrf, Optional<String> error, boolean nameNeeded) {}

  /**
   * The participant's page.
   *
   * @param sessionId the session
   * @param quiz the quiz's title
   * @param phase the phase's key
   * @param status the state in words
   * @param revision the state's revision
   * @param asked the current question, if one is shown
   * @param vote the current vote (1 or 2), 0 before the first question
   * @param canAnswer whether the vote is open and this participant has not answered it
   * @param yourAnswer this participant's answer in the current vote, in words
   * @param distributions the room's distributions, once a vote is closed
   * @param key the key and every option's explanation, once revealed
   * @param csrf the form token
   * @param error what was wrong with the last answer sent, if anything
   * @param countdown the open vote's countdown, if the session counts down and a vote is open
   */
  public record Participant(String sessionId, String quiz, String phase, String status, long revision,
      Optional<Asked> asked, int vote, boolean canAnswer, Optional<String> yourAnswer,
      List<Distribution> distributions, Optional<FeedbackBox> key, String csrf, Optional<String> error,
      Optional<Countdown> countdown) {}

  /** One row of the report's per-question table. */
  public record QuestionRow(int number, String stem, int firstAnswers, int firstRight, int firstRightPercent,
      int secondAnswers, int secondRight, int secondRightPercent, boolean secondVote) {}

  /** One row of the report's per-participant table (named participants only). */
  public record ParticipantRow(String name, int answered, int right, Optional<String> attemptId) {}

  /** The session report. */
  public record Report(String sessionId, String code, String quiz, String phase, int joined,
      List<QuestionRow> questions, List<ParticipantRow> participants, boolean records) {}
}
