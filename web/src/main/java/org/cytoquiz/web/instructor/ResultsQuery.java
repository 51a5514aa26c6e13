package org.cytoquiz.web.instructor;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.cytoquiz.web.attempt.StoredAttempt;
import org.cytoquiz.web.http.HttpProblem;

/**
 * What the results table shows, read from the query string: filters (quiz, start dates, passed, hidden), a
 * search, a sort column and direction, and the page. The table, its CSV and its JSON are all cut the same way.
 * Bad values are refused with a 400 naming the parameter and what it takes.
 *
 * @param quiz only this quiz, or every quiz when blank
 * @param from only attempts started on or after this day (in the configured zone)
 * @param to only attempts started on or before this day
 * @param passed "any", "yes" or "no"; "yes" and "no" leave out quizzes without a pass mark
 * @param search words to find in the learner's name, the attempt id or the quiz (case-insensitive), or blank
 * @param hidden "no" (the default: hidden attempts left out), "yes" (hidden ones too) or "only"
 * @param sort the column to sort by (see {@link #SORTS})
 * @param descending whether the sort runs from high to low
 * @param page the page, from 1
 * @param size rows per page (see {@link #SIZES})
 */
public record ResultsQuery(String quiz, Optional<LocalDate> from, Optional<LocalDate> to, String passed,
    String search, String hidden, String sort, boolean descending, int page, int size) {

  /** The columns the table sorts by. */
  public static final List<String> SORTS = List.of("started", "submitted", "duration", "learner", "quiz", "score",
      "passed");
  /** The page sizes offered. */
  public static final List<Integer> SIZES = List.of(10, 25, 50, 100);
  /** The earliest date a filter accepts. */
  static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);
  /** The latest date a filter accepts. */
  static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
  private static final int MAX_SEARCH = 120;

  /**
   * The query in {@code params} (first value of each parameter; absent ones take their defaults: every quiz, any
   * date, passed or not, no search, hidden attempts left out, newest first, page 1 of 25).
   *
   * @throws HttpProblem 400 naming the first parameter whose value is not allowed
   */
  public static ResultsQuery parse(Function<String, String> params) {
    String quiz = value(params, "quiz", "");
    Optional<LocalDate> from = date(params.apply("from"), "from");
    Optional<LocalDate> to = date(params.apply("to"), "to");
    String passed = oneOf(params, "passed", "any", Set.of("any", "yes", "no"), "passed must be yes, no or any");
    String search = value(params, "q", "");
    if (search.length() > MAX_SEARCH) {
      throw HttpProblem.badRequest("q (the search) may have at most " + MAX_SEARCH + " characters");
    }
    String hidden = oneOf(params, "hidden", "no", Set.of("no", "yes", "only"), "hidden must be no, yes or only");
    String sort = oneOf(params, "sort", "started", Set.copyOf(SORTS), "sort must be one of " + String.join(", ", SORTS));
    String dir = oneOf(params, "dir", "", Set.of("", "asc", "desc"), "dir must be asc or desc");
    boolean descending = dir.isEmpty() ? sort.equals("started") || sort.equals("submitted") : dir.equals("desc");
    int page = number(params, "page", 1, 1, 1_000_000);
    int size = number(params, "size", 25, 1, 100);
    if (!SIZES.contains(size)) {
      throw HttpProblem.badRequest("size must be one of 10, 25, 50 or 100");
    }
    return new ResultsQuery(quiz, from, to, passed, search, hidden, sort, descending, page, size);
  }

  private static String value(Function<String, String> params, String name, String fallback) {
    String v = params.apply(name);
    return v == null ? fallback : v.strip();
  }

  private static String oneOf(Function<String, String> params, String name, String fallback, Set<String> allowed,
      String message) {
    String v = value(params, name, fallback);
    if (v.isEmpty()) {
      v = fallback;
    }
    if (!allowed.contains(v)) {
      throw HttpProblem.badRequest(message);
    }
    return v;
  }

  private static int number(Function<String, String> params, String name, int fallback, int min, int max) {
    String v = value(params, name, "");
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw HttpProblem.badRequest(name + " must be a whole number from " + min + " to " + max);
      }
      return n;
    } catch (NumberFormatException e) {
      throw HttpProblem.badRequest(name + " must be a whole number from " + min + " to " + max);
    }
  }

  private static Optional<LocalDate> date(String value, String name) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw HttpProblem.badRequest(name + " must be a date such as 2026-11-29");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw HttpProblem.badRequest(name + " must be a date between " + EARLIEST + " and " + LATEST);
    }
    return Optional.of(date);
  }

  /** The start of the {@code from} day in {@code zone}. */
  public Optional<Instant> fromInstant(ZoneId zone) {
    return from.map(d -> d.atStartOfDay(zone).toInstant());
  }

  /** The end of the {@code to} day in {@code zone} (the start of the next day). */
  public Optional<Instant> toInstant(ZoneId zone) {
    return to.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant());
  }

  /**
   * One attempt as the table judges it.
   *
   * @param attempt the attempt
   * @param quizTitle the quiz's title
   * @param passMark the pass mark it was judged against, if its quiz has one
   * @param hidden whether it is hidden
   */
  public record Entry(StoredAttempt attempt, String quizTitle, OptionalInt passMark, boolean hidden) {

    /** "yes", "no", or empty while open or when the quiz has no pass mark. */
    public Optional<Boolean> passed() {
      return passMark.isPresent() ? attempt.result().map(r -> r.passed()) : Optional.empty();
    }

    /** From start to submit, while submitted. */
    public Optional<Duration> duration() {
      return attempt.result().map(r -> Duration.between(attempt.created(), r.submitted()));
    }
  }

  /** The entries that pass the passed, hidden and search filters, in the chosen order. */
  public List<Entry> apply(List<Entry> entries) {
    List<Entry> kept = new ArrayList<>();
    String needle = search.toLowerCase(Locale.ROOT);
    for (Entry e : entries) {
      if (passed.equals("yes") && !e.passed().orElse(false) || passed.equals("no") && e.passed().orElse(true)) {
        continue;
      }
      if (hidden.equals("no") && e.hidden() || hidden.equals("only") && !e.hidden()) {
        continue;
      }
      if (!needle.isEmpty() && !(e.attempt().learner().orElse("").toLowerCase(Locale.ROOT).contains(needle)
          || e.attempt().id().toLowerCase(Locale.ROOT).startsWith(needle)
          || e.quizTitle().toLowerCase(Locale.ROOT).contains(needle))) {
        continue;
      }
      kept.add(e);
    }
    kept.sort(order());
    return kept;
  }

  private Comparator<Entry> order() {
    Comparator<Entry> byStarted = Comparator.comparing((Entry e) -> e.attempt().created());
    Comparator<Entry> primary = switch (sort) {
      case "submitted" -> nullsLow(e -> e.attempt().result().map(r -> r.submitted()).orElse(null));
      case "duration" -> nullsLow(e -> e.duration().orElse(null));
      case "learner" -> Comparator.comparing((Entry e) -> e.attempt().learner().orElse("").toLowerCase(Locale.ROOT));
      case "quiz" -> Comparator.comparing((Entry e) -> e.quizTitle().toLowerCase(Locale.ROOT));
      case "score" -> nullsLow(e -> e.attempt().result().map(r -> r.percent()).orElse(null));
      case "passed" -> Comparator.comparingInt((Entry e) -> e.passed().map(p -> p ? 2 : 1).orElse(0));
      default -> byStarted;
    };
    Comparator<Entry> full = primary.thenComparing(byStarted).thenComparing(e -> e.attempt().id());
    return descending ? full.reversed() : full;
  }

  private static <T extends Comparable<T>> Comparator<Entry> nullsLow(Function<Entry, T> key) {
    return Comparator.comparing(key, Comparator.nullsFirst(Comparator.naturalOrder()));
  }

  /** The number of pages {@code total} rows fill (at least 1). */
  public int pages(int total) {
    return Math.max(1, (total + size - 1) / size);
  }

  /** This query's page of {@code rows}; past the last page, the last page. */
  public <T> List<T> pageOf(List<T> rows) {
    int p = Math.min(page, pages(rows.size()));
    int start = (p - 1) * size;
    return rows.subList(start, Math.min(rows.size(), start + size));
  }

  /** The query's parameters that differ from the defaults, in a fixed order, with {@code changes} applied. */
  public Map<String, String> parameters(Map<String, String> changes) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("quiz", quiz);
    m.put("from", from.map(LocalDate::toString).orElse(""));
    m.put("to", to.map(LocalDate::toString).orElse(""));
    m.put("passed", passed.equals("any") ? "" : passed);
    m.put("q", search);
    m.put("hidden", hidden.equals("no") ? "" : hidden);
    m.put("sort", sort.equals("started") ? "" : sort);
    m.put("dir", descending == (sort.equals("started") || sort.equals("submitted")) ? "" : descending ? "desc" : "asc");
    m.put("size", size == 25 ? "" : String.valueOf(size));
    m.put("page", page == 1 ? "" : String.valueOf(page));
    m.putAll(changes);
    m.values().removeIf(String::isEmpty);
    return m;
  }

  /** {@code path} with this query's parameters (and {@code changes}) as its query string. */
  public String url(String path, Map<String, String> changes) {
    StringBuilder url = new StringBuilder(path);
    char sep = '?';
    for (Map.Entry<String, String> e : parameters(changes).entrySet()) {
      url.append(sep).append(e.getKey()).append('=')
          .append(java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8));
      sep = '&';
    }
    return url.toString();
  }
}
