package org.cytoquiz.bench.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The crash test: runs {@code cytoquiz serve} on one SQLite folder, drives concurrent answer saves, submits and
 * starts against it, kills it with SIGKILL at a random moment, restarts it, and checks that every write the
 * server acknowledged (a 2xx reply) is still there; then again, for the number of rounds asked.
 *
 * <p>Each worker thread owns its attempts and sends one request at a time, so the last acknowledged answer to a
 * question is well defined; the one request in flight when the server died may or may not have been stored, and
 * either is accepted. Saves and submits of different workers run concurrently.
 */
public final class CrashClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String QUIZ = "staff-certification";

  private final Path jar;
  private final Path dataDir;
  private final Path log;
  private final int port;
  private final Random random;
  private final List<Worker> workers = new ArrayList<>();
  /** Replies the server should never give (a 4xx to a valid request), which fail the test. */
  private final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
  private Process server;
  private HttpClient http;
  /** Whether to delete the write-ahead log after each kill (to show that the check finds lost writes). */
  private boolean sabotage;

  private CrashClient(Path jar, Path dataDir, int workers, long seed) throws IOException {
    this.jar = jar;
    this.dataDir = dataDir;
    this.log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    this.random = new Random(seed);
    try (ServerSocket probe = new ServerSocket(0)) {
      this.port = probe.getLocalPort();
    }
    for (int i = 0; i < workers; i++) {
      this.workers.add(new Worker(i, new Random(seed * 31 + i)));
    }
  }

  /**
   * Runs the crash test and exits with 0 if no acknowledged write was lost, 1 if any was.
   *
   * <p>Arguments: {@code CYTOQUIZ-JAR DATA-DIR KILLS WORKERS SEED [--sabotage]}. The data folder must not exist
   * yet; the server's output goes to {@code DATA-DIR.log} beside it. {@code --sabotage} deletes SQLite's
   * write-ahead log after each kill, losing the commits not yet copied into the database file: a check of the
   * check, which must then report losses.
   *
   * @throws IllegalArgumentException if the arguments are missing or malformed
   * @throws IOException if the server cannot be started
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 5 && !(args.length == 6 && args[5].equals("--sabotage"))) {
      throw new IllegalArgumentException("usage: CrashClient CYTOQUIZ-JAR DATA-DIR KILLS WORKERS SEED [--sabotage]");
    }
    Path dataDir = Path.of(args[1]).toAbsolutePath();
    if (Files.exists(dataDir)) {
      throw new IllegalArgumentException("the data folder " + dataDir + " exists already; give a new one");
    }
    int kills = Integer.parseInt(args[2]);
    int workers = Integer.parseInt(args[3]);
    if (kills < 1 || workers < 1) {
      throw new IllegalArgumentException("KILLS and WORKERS must be at least 1");
    }
    CrashClient test = new CrashClient(Path.of(args[0]), dataDir, workers, Long.parseLong(args[4]));
    test.sabotage = args.length == 6;
    int bad = test.run(kills);
    System.exit(bad == 0 ? 0 : 1);
  }

  /** Runs {@code kills} rounds; returns the number of lost writes plus unexpected replies. */
  private int run(int kills) throws IOException, InterruptedException {
    int lost = 0;
    Check last = new Check(0, 0, List.of());
    startServer();
    for (int round = 1; round <= kills; round++) {
      AtomicBoolean running = new AtomicBoolean(true);
      List<Thread> threads = new ArrayList<>();
      for (Worker w : workers) {
        Thread t = new Thread(() -> w.work(running), "crash-worker-" + w.index);
        threads.add(t);
        t.start();
      }
      Thread.sleep(300 + random.nextInt(2200));
      long pid = server.pid();
      server.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no graceful stop
      server.waitFor();
      running.set(false);
      for (Thread t : threads) {
        t.join();
      }
      if (sabotage) {
        Files.deleteIfExists(dataDir.resolve("cytoquiz.db-wal"));
      }
      startServer();
      Check check = verify();
      last = check;
      lost += check.lost();
      System.out.printf("kill %2d (pid %d): acknowledged so far %d (answers %d, submits %d, starts %d); "
          + "checked %d, found %d, lost %d%n", round, pid, acknowledged(), count(w -> w.answerAcks),
          count(w -> w.submitAcks), count(w -> w.startAcks), check.checked(), check.found(), check.lost());
      check.problems().stream().limit(10).forEach(p -> System.out.println("  LOST " + p));
    }
    server.destroy();
    server.waitFor(30, TimeUnit.SECONDS);
    System.out.printf("crash test: %d SIGKILLs, %d acknowledged writes (answers %d, submits %d, starts %d); "
        + "after the last restart %d stored facts checked (starts, submits, latest answer per question), %d found; "
        + "%d lost over all checks%n", kills, acknowledged(), count(w -> w.answerAcks), count(w -> w.submitAcks),
        count(w -> w.startAcks), last.checked(), last.found(), lost);
    failures.forEach(f -> System.out.println("UNEXPECTED " + f));
    return lost + failures.size();
  }

  private long acknowledged() {
    return count(w -> w.answerAcks + w.submitAcks + w.startAcks);
  }

  private long count(java.util.function.ToLongFunction<Worker> f) {
    return workers.stream().mapToLong(f).sum();
  }

  private void startServer() throws IOException, InterruptedException {
    server = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", Integer.toString(port),
        "--data-dir", dataDir.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("cytoquiz stopped while starting; see " + log);
      }
      try {
        if (send("GET", "/health", null, null).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("cytoquiz did not answer /health within 60 s; see " + log);
  }

  private HttpResponse<String> send(String method, String path, String token, JsonNode body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.toString()));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private record Check(long checked, long found, List<String> problems) {
    long lost() {
      return checked - found;
    }
  }

  /** Reads back every attempt a worker was told about and compares it with what was acknowledged. */
  private Check verify() throws IOException, InterruptedException {
    long checked = 0;
    long found = 0;
    List<String> problems = new ArrayList<>();
    for (Worker w : workers) {
      for (Attempt a : w.attempts) {
        HttpResponse<String> reply = send("GET", "/api/v1/attempts/" + a.id, a.token, null);
        JsonNode stored = reply.statusCode() == 200 ? JSON.readTree(reply.body()) : null;
        checked++;
        if (stored == null) {
          problems.add("attempt " + a.id + " (acknowledged start) answers " + reply.statusCode());
          continue;
        }
        found++;
        boolean submitted = "submitted".equals(stored.path("state").asText());
        if (a.pendingSubmit && submitted && a.submittedPercent == null) {
          a.closed = true; // the submit in flight at the kill was stored: fine, but this attempt is done
        }
        a.pendingSubmit = false;
        if (a.submittedPercent != null) {
          checked++;
          if (submitted && stored.path("percent").asDouble() == a.submittedPercent) {
            found++;
          } else {
            problems.add("attempt " + a.id + ": acknowledged submit (" + a.submittedPercent + " %) stored as "
                + stored.path("state").asText() + " " + stored.path("percent"));
          }
        }
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (JsonNode q : stored.path("questions")) {
          if (q.has("answer")) {
            answers.put(q.path("id").asText(), q.get("answer"));
          }
        }
        for (Map.Entry<String, ObjectNode> acked : a.acked.entrySet()) {
          checked++;
          JsonNode have = answers.get(acked.getKey());
          ObjectNode pending = a.pending.filter(p -> p.question().equals(acked.getKey())).map(Pending::body)
              .orElse(null);
          if (same(have, acked.getValue())) {
            found++;
          } else if (pending != null && same(have, pending)) {
            found++;
            acked.setValue(pending); // the request in flight at the kill was stored after all: it is the answer now
          } else {
            problems.add("attempt " + a.id + " question " + acked.getKey() + ": acknowledged " + acked.getValue()
                + ", stored " + have);
          }
        }
        a.pending = Optional.empty();
      }
    }
    return new Check(checked, found, problems);
  }

  private static boolean same(JsonNode stored, ObjectNode sent) {
    return stored != null && stored.path("selected").equals(sent.path("selected"))
        && stored.path("certainty").equals(sent.path("certainty"));
  }

  /** One answer request whose reply never came. */
  private record Pending(String question, ObjectNode body) {}

  /** An attempt a worker started (acknowledged), what was acknowledged on it, and what was in flight. */
  private static final class Attempt {
    final String id;
    final String token;
    /** The choice questions of the attempt: id to option ids; null until read. */
    Map<String, List<String>> questions;
    final Map<String, ObjectNode> acked = new LinkedHashMap<>();
    Optional<Pending> pending = Optional.empty();
    boolean pendingSubmit;
    Double submittedPercent;
    boolean closed;

    Attempt(String id, String token) {
      this.id = id;
      this.token = token;
    }
  }

  /** One learner: starts attempts, answers their choice questions, and now and then submits one. */
  private final class Worker {
    final int index;
    final Random random;
    final List<Attempt> attempts = new ArrayList<>();
    long answerAcks;
    long submitAcks;
    long startAcks;

    Worker(int index, Random random) {
      this.index = index;
      this.random = random;
    }

    void work(AtomicBoolean running) {
      try {
        while (running.get()) {
          step();
        }
      } catch (IOException e) {
        // the server died under this request: what it was doing is the pending write
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        failures.add("worker " + index + ": " + e);
      }
    }

    private Attempt current() throws IOException, InterruptedException {
      Optional<Attempt> open = attempts.stream().filter(a -> a.submittedPercent == null && !a.closed).findFirst();
      if (open.isPresent()) {
        return open.get();
      }
      ObjectNode body = JSON.createObjectNode().put("quiz", QUIZ).put("learner", "crash-" + index);
      HttpResponse<String> reply = send("POST", "/api/v1/attempts", null, body);
      expect(reply, 201);
      JsonNode started = JSON.readTree(reply.body());
      startAcks++;
      Attempt a = new Attempt(started.path("attemptId").asText(), started.path("token").asText());
      attempts.add(a);
      return a;
    }

    /** Reads the attempt's choice questions (not multiple response, so that one option id is an answer). */
    private void readQuestions(Attempt a) throws IOException, InterruptedException {
      HttpResponse<String> view = send("GET", "/api/v1/attempts/" + a.id, a.token, null);
      expect(view, 200);
      Map<String, List<String>> questions = new LinkedHashMap<>();
      for (JsonNode q : JSON.readTree(view.body()).path("questions")) {
        if (q.has("options") && !q.path("kind").asText().equals("multiple-response")) {
          List<String> options = new ArrayList<>();
          q.path("options").forEach(o -> options.add(o.path("id").asText()));
          questions.put(q.path("id").asText(), options);
        }
      }
      if (questions.isEmpty()) {
        throw new IllegalStateException("attempt " + a.id + " has no choice question to answer");
      }
      a.questions = questions;
    }

    private void step() throws IOException, InterruptedException {
      Attempt a = current();
      if (a.questions == null) {
        readQuestions(a);
      }
      if (a.acked.size() >= 3 && random.nextInt(12) == 0) {
        a.pendingSubmit = true;
        HttpResponse<String> reply = send("POST", "/api/v1/attempts/" + a.id + "/submit", a.token, null);
        expect(reply, 200);
        a.pendingSubmit = false;
        a.submittedPercent = JSON.readTree(reply.body()).path("percent").asDouble();
        submitAcks++;
        return;
      }
      List<String> ids = new ArrayList<>(a.questions.keySet());
      String question = ids.get(random.nextInt(ids.size()));
      List<String> options = a.questions.get(question);
      ObjectNode body = JSON.createObjectNode();
      body.putArray("selected").add(options.get(random.nextInt(options.size())));
      body.put("certainty", 1 + random.nextInt(3));
      a.pending = Optional.of(new Pending(question, body));
      HttpResponse<String> reply = send("PUT", "/api/v1/attempts/" + a.id + "/answers/" + question, a.token, body);
      expect(reply, 200);
      a.pending = Optional.empty();
      a.acked.put(question, body);
      answerAcks++;
    }

    private void expect(HttpResponse<String> reply, int status) throws IOException {
      if (reply.statusCode() != status) {
        // A 5xx while the server is being killed is an unacknowledged write, like a broken connection.
        if (reply.statusCode() >= 500) {
          throw new IOException("server error " + reply.statusCode());
        }
        throw new UncheckedIOException(new IOException(reply.request().method() + " " + reply.request().uri()
            + " answered " + reply.statusCode() + ": " + reply.body()));
      }
    }
  }
}
