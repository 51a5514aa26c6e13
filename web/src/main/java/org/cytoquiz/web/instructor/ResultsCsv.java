package org.cytoquiz.web.instructor;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cytoquiz.web.attempt.StoredMark;
import org.cytoquiz.web.pages.Views;

/**
 * The results as a CSV file a spreadsheet opens cleanly: UTF-8 with a byte-order mark (so Excel reads "Zoë" as
 * written), CRLF line ends, every text cell that could start a formula guarded with a leading apostrophe,
 * the numbers and date-times it writes itself left as they are, date-times in the configured zone as {@code yyyy-MM-dd HH:mm:ss} (which spreadsheets read as dates), the duration
 * as {@code h:mm:ss}, the pass mark, and one column per question of the longest form with the marks stored at
 * submit.
 */
final class ResultsCsv {

  /** The byte-order mark that tells Excel the file is UTF-8. */
  static final String BOM = "\uFEFF";

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private ResultsCsv() {}

  /**
   * The CSV of {@code entries}, in their order.
   *
   * @param entries the attempts
   * @param marks each submitted attempt's stored marks by attempt id (attempts without any get empty mark cells)
   * @param zone the zone of the date-times
   * @return the whole file, beginning with the byte-order mark
   */
  static String write(List<ResultsQuery.Entry> entries, Map<String, List<StoredMark>> marks, ZoneId zone) {
    int questions = 0;
    for (ResultsQuery.Entry e : entries) {
      questions = Math.max(questions, marks.getOrDefault(e.attempt().id(), List.of()).size());
    }
    List<String> header = new ArrayList<>(List.of("attempt_id", "quiz", "quiz_title", "learner", "state", "started",
        "submitted", "time_zone", "duration", "score", "max_score", "percent", "pass_mark", "passed", "hidden"));
    for (int i = 1; i <= questions; i++) {
      header.add("q" + i + "_mark");
    }
    StringWriter out = new StringWriter();
    out.write(BOM);
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(header);
      for (ResultsQuery.Entry e : entries) {
        var a = e.attempt();
        List<String> row = new ArrayList<>();
        // Text that comes from outside (ids, titles, names) is guarded; the numbers and dates below are ours.
        row.add(safe(a.id()));
        row.add(safe(a.quizId()));
        row.add(safe(e.quizTitle()));
        row.add(safe(a.learner().orElse("")));
        row.add(a.submitted() ? "submitted" : "open");
        row.add(local(a.created(), zone));
        row.add(a.result().map(r -> local(r.submitted(), zone)).orElse(""));
        row.add(zone.getId());
        row.add(e.duration().map(ResultsCsv::duration).orElse(""));
        row.add(a.result().map(r -> Views.format(r.score())).orElse(""));
        row.add(a.result().map(r -> Views.format(r.maxScore())).orElse(""));
        row.add(a.result().map(r -> Views.format(r.percent())).orElse(""));
        row.add(e.passMark().isPresent() ? String.valueOf(e.passMark().getAsInt()) : "");
        row.add(e.passed().map(p -> p ? "yes" : "no").orElse(""));
        row.add(e.hidden() ? "yes" : "no");
        List<StoredMark> stored = marks.getOrDefault(a.id(), List.of());
        for (int i = 0; i < questions; i++) {
          row.add(i < stored.size() ? Views.format(stored.get(i).points()) : "");
        }
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A date-time as it is in {@code zone}, in a form spreadsheets read as a date. */
  static String local(Instant instant, ZoneId zone) {
    return LOCAL.format(instant.atZone(zone));
  }

  /** A duration as {@code h:mm:ss}, such as {@code 0:12:05} (spreadsheets read it as a time span). */
  static String duration(Duration d) {
    long s = Math.max(0, d.getSeconds());
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }

  /**
   * Guards a text cell against formula injection: a cell that begins with {@code = + - @}, a tab or a carriage
   * return gets a leading apostrophe, so a spreadsheet keeps it as text instead of running it (a learner named
   * "-3" stays the text "-3" too, not the number).
   */
  static String safe(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }
}
