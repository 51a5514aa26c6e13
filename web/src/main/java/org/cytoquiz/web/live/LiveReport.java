package org.cytoquiz.web.live;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cytoquiz.quiz.question.Question;

/**
 * The report of a live session: per question, how many answered each vote and the share fully right; per named
 * participant, how many questions they answered and got right (their last vote on each question counts, as in the
 * attempt recorded for them).
 */
public final class LiveReport {

  private LiveReport() {}

  /** The report of {@code session} from its questions, participants and every stored answer. */
  public static LiveViews.Report of(LiveSession session, String quiz, List<Question> questions,
      List<LiveParticipant> participants, List<LiveAnswer> answers) {
    List<LiveViews.QuestionRow> rows = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      int index = i;
      List<LiveAnswer> first = answers.stream().filter(a -> a.questionIndex() == index && a.vote() == 1).toList();
      List<LiveAnswer> second = answers.stream().filter(a -> a.questionIndex() == index && a.vote() == 2).toList();
      int firstRight = (int) Distribution.right(first);
      int secondRight = (int) Distribution.right(second);
      rows.add(new LiveViews.QuestionRow(i + 1, questions.get(i).stem(), first.size(), firstRight,
          Distribution.percent(firstRight, first.size()), second.size(), secondRight,
          Distribution.percent(secondRight, second.size()), !second.isEmpty()));
    }
    Map<String, Map<Integer, LiveAnswer>> last = new HashMap<>();
    for (LiveAnswer a : answers) {
      LiveAnswer before = last.computeIfAbsent(a.participantId(), p -> new HashMap<>()).get(a.questionIndex());
      if (before == null || before.vote() < a.vote()) {
        last.get(a.participantId()).put(a.questionIndex(), a);
      }
    }
    List<LiveViews.ParticipantRow> people = new ArrayList<>();
    for (LiveParticipant p : participants) {
      if (p.name().isEmpty()) {
        continue;
      }
      Map<Integer, LiveAnswer> theirs = last.getOrDefault(p.id(), Map.of());
      int right = (int) theirs.values().stream().filter(LiveAnswer::right).count();
      people.add(new LiveViews.ParticipantRow(p.name().get(), theirs.size(), right, p.attemptId()));
    }
    return new LiveViews.Report(session.id(), JoinCodes.display(session.joinCode()), quiz,
        session.state().phase().key(), participants.size(), rows, people, session.recordsParticipation());
  }

  /**
   * The report as CSV (RFC 4180, with a header row): one row per question and vote that had answers
   * ({@code section} "question"), then one row per named participant ({@code section} "participant"). Text that a
   * spreadsheet would read as a formula is prefixed with an apostrophe.
   */
  public static String csv(LiveViews.Report report) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("section", "question",
        "text_or_name", "vote", "answers", "right", "share_right_percent", "attempt").get())) {
      for (LiveViews.QuestionRow q : report.questions()) {
        csv.printRecord("question", q.number(), safe(q.stem()), 1, q.firstAnswers(),
            q.firstRight(), q.firstRightPercent(), "");
        if (q.secondVote()) {
          csv.printRecord("question", q.number(), safe(q.stem()), 2, q.secondAnswers(),
              q.secondRight(), q.secondRightPercent(), "");
        }
      }
      for (LiveViews.ParticipantRow p : report.participants()) {
        csv.printRecord("participant", "", safe(p.name()), "", p.answered(), p.right(),
            Distribution.percent(p.right(), report.questions().size()), p.attemptId().orElse(""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Text a spreadsheet would run as a formula, made inert. */
  static String safe(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
}
