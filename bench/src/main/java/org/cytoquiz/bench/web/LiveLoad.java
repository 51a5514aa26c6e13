package org.cytoquiz.bench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-session load driver: against a running {@code cytoquiz serve}, it signs in as the instructor, starts a
 * session, has N simulated participants join and hold an event stream each, and then, for several questions, opens
 * the vote, has every participant answer at once (threads released by one barrier), checks that every answer is
 * counted, closes, and reveals. It prints, per reveal and over all, the time from just before the instructor's
 * reveal request to each participant's stream receiving the reveal (p50, p99, max, in ms), the time the room's
 * answers took, and, given the server's process id, the growth of its resident memory per participant.
 *
 * <p>Usage: {@code java -cp bench/target/benchmarks.jar org.cytoquiz.bench.web.LiveLoad URL PASSWORD
 * [PARTICIPANTS [QUESTIONS [SERVER_PID]]]}.
 */
public final class LiveLoad {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient instructor = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
  private final HttpClient phones = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .executor(Executors.newFixedThreadPool(8)).build();
  /** For each revision, when each participant's stream received it (nanoTime), by participant index. */
  private final Map<Long, long[]> arrivals = new ConcurrentHashMap<>();
  private final int participants;

  private LiveLoad(String base, int participants) {
    this.base = base;
    this.participants = participants;
  }

  /** Runs the load; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: LiveLoad URL PASSWORD [PARTICIPANTS [QUESTIONS [SERVER_PID]]]");
      System.exit(2);
    }
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 300;
    int questions = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    long pid = args.length > 4 ? Long.parseLong(args[4]) : -1;
    new LiveLoad(args[0].replaceAll("/$", ""), n).run(args[1], questions, pid);
    System.exit(0);
  }

  private void run(String password, int questions, long pid) throws Exception {
    signIn(password);
    JsonNode session = json(instructor, "POST", "/api/v1/instructor/live", null,
        "{\"preset\": \"staff-practice\", \"recordsParticipation\": true}", 201);
    String id = session.path("sessionId").asText();
    String code = session.path("joinCode").asText();
    long rssBefore = rss(pid);
    ExecutorService pool = Executors.newFixedThreadPool(32);
    List<Future<String>> joins = new ArrayList<>();
    for (int i = 0; i < participants; i++) {
      int index = i;
      joins.add(pool.submit(() -> json(phones, "POST", "/api/v1/live/join", null,
          "{\"code\": \"" + code + "\", \"name\": \"Load " + index + "\"}", 201).path("token").asText()));
    }
    String[] tokens = new String[participants];
    for (int i = 0; i < participants; i++) {
      tokens[i] = joins.get(i).get();
      stream(id, tokens[i], i);
    }
    await(0, 60);
    long rssAfter = rss(pid);
    System.out.printf("participants %d joined, %d streams open%n", participants, participants);
    if (pid > 0) {
      System.out.printf("server RSS %d MiB before, %d MiB with all streams open: %.1f KiB per participant%n",
          rssBefore / 1024, rssAfter / 1024, (rssAfter - rssBefore) / (double) participants);
    }
    List<Long> all = new ArrayList<>();
    List<Long> spreads = new ArrayList<>();
    long revision = 0;
    for (int q = 1; q <= questions; q++) {
      revision = move(id, q == 1 ? "open" : "next");
      await(revision, 30);
      JsonNode question = json(phones, "GET", "/api/v1/live/" + id, tokens[0], null, 200).path("question");
      String answer = "{\"selected\": [\"" + question.path("options").path(0).path("id").asText() + "\"]}";
      if (question.path("options").size() == 0) {
        answer = question.path("kind").asText().equals("text") ? "{\"text\": \"interferon\"}"
            : "{\"pairs\": {\"" + question.path("left").path(0).path("id").asText() + "\": \""
                + question.path("right").path(0).path("id").asText() + "\"}}";
      }
      CyclicBarrier barrier = new CyclicBarrier(32);
      List<Future<Integer>> sent = new ArrayList<>();
      long t0 = System.nanoTime();
      for (int t = 0; t < 32; t++) {
        int first = t;
        String body = answer;
        int number = q;
        sent.add(pool.submit(() -> {
          barrier.await();
          int ok = 0;
          for (int i = first; i < participants; i += 32) {
            HttpResponse<String> r = send(phones, "PUT", "/api/v1/live/" + id + "/questions/" + number
                + "/votes/1", tokens[i], body);
            ok += r.statusCode() == 200 ? 1 : 0;
          }
          return ok;
        }));
      }
      int acknowledged = 0;
      for (Future<Integer> f : sent) {
        acknowledged += f.get();
      }
      long answerMillis = (System.nanoTime() - t0) / 1_000_000;
      revision = move(id, "close");
      int counted = json(instructor, "GET", "/api/v1/instructor/live/" + id, null, null, 200).path("answered")
          .asInt();
      await(revision, 30);
      long reveal = System.nanoTime();
      revision = move(id, "reveal");
      long[] got = await(revision, 30);
      long[] ms = Arrays.stream(got).map(t -> (t - reveal) / 1_000).sorted().toArray();
      for (long m : ms) {
        all.add(m);
      }
      // first stream: the move itself (request, compare-and-set commit); first to last: the push to every stream
      long spread = ms[ms.length - 1] - ms[0];
      spreads.add(spread);
      System.out.printf("question %d: %d answers acknowledged in %d ms, %d counted (%s); reveal to stream: "
          + "first %.1f ms, p50 %.1f ms, p99 %.1f ms, max %.1f ms; first to last stream %.1f ms%n", q, acknowledged,
          answerMillis, counted, counted == acknowledged && acknowledged == participants ? "none lost" : "MISMATCH",
          ms[0] / 1000.0, pct(ms, 50), pct(ms, 99), ms[ms.length - 1] / 1000.0, spread / 1000.0);
    }
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("all %d reveal deliveries: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", sorted.length,
        pct(sorted, 50), pct(sorted, 99), sorted[sorted.length - 1] / 1000.0);
    long[] pushes = spreads.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf("first to last stream per reveal: median %.1f ms, max %.1f ms%n", pct(pushes, 50),
        pushes[pushes.length - 1] / 1000.0);
    move(id, "end");
    pool.shutdownNow();
  }

  private static double pct(long[] sortedMicros, int p) {
    int i = (int) Math.ceil(p / 100.0 * sortedMicros.length) - 1;
    return sortedMicros[Math.max(0, i)] / 1000.0;
  }

  private long move(String id, String move) {
    return json(instructor, "POST", "/api/v1/instructor/live/" + id + "/moves/" + move, null, "", 200)
        .path("revision").asLong();
  }

  /** Waits until every stream has received {@code revision}; their arrival times. */
  private long[] await(long revision, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      long[] got = arrivals.get(revision);
      if (got != null && Arrays.stream(got).allMatch(t -> t != 0)) {
        return got;
      }
      Thread.sleep(2);
    }
    long[] got = arrivals.get(revision);
    long missing = got == null ? participants : Arrays.stream(got).filter(t -> t == 0).count();
    throw new IllegalStateException(missing + " streams never received revision " + revision);
  }

  private void stream(String id, String token, int index) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/live/s/" + id + "/events"))
        .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
    Pattern revision = Pattern.compile("\"revision\":(\\d+)");
    phones.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body().forEach(line -> {
      if (line.startsWith("data:")) {
        long now = System.nanoTime();
        Matcher m = revision.matcher(line);
        if (m.find()) {
          arrivals.computeIfAbsent(Long.parseLong(m.group(1)), k -> new long[participants])[index] = now;
        }
      }
    }));
  }

  private void signIn(String password) {
    HttpResponse<String> page = send(instructor, "GET", "/instructor/login", null, null);
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.body());
    if (!m.find()) {
      throw new IllegalStateException("no sign-in form at " + base);
    }
    String form = "csrf=" + m.group(1) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> r = sendRaw(instructor, HttpRequest.newBuilder(URI.create(base + "/instructor/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    if (r.statusCode() != 303) {
      throw new IllegalStateException("sign-in failed: " + r.statusCode());
    }
  }

  private JsonNode json(HttpClient client, String method, String path, String token, String body, int expected) {
    HttpResponse<String> r = send(client, method, path, token, body);
    if (r.statusCode() != expected) {
      throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
    }
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> send(HttpClient client, String method, String path, String token, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "application/json");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return sendRaw(client, b.build());
  }

  private static HttpResponse<String> sendRaw(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The resident memory of process {@code pid} in KiB, or 0 when no process is given. */
  private static long rss(long pid) throws IOException {
    if (pid <= 0) {
      return 0;
    }
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return 0;
  }
}
