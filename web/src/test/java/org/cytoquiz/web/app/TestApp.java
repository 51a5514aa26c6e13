package org.cytoquiz.web.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.instructor.InstructorAuth;
import org.cytoquiz.web.instructor.InstructorStore;
import org.cytoquiz.web.instructor.PasswordHash;
import org.cytoquiz.web.store.Database;
import org.cytoquiz.web.store.JdbcAttemptStore;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.cytoquiz.teaching.Curriculum;

/** The real application on a random port, with a real database, and an HTTP client that keeps cookies. */
public final class TestApp implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

  /** The instructor password every test app is configured with. */
  public static final String PASSWORD = "correct horse battery staple";
  private static final String HASH = PasswordHash.create(PASSWORD.toCharArray());
  static final ObjectMapper JSON = new ObjectMapper();

  private final Curriculum kb;
  private final WebApp.Settings settings;
  private final Clock clock;
  private Database database;
  private Javalin app;
  private HttpClient client;
  private Path ownDirectory;

  private TestApp(Curriculum kb, WebApp.Settings settings, Clock clock) {
    this.kb = kb;
    this.settings = settings;
    this.clock = clock;
  }

  private TestApp(Database database) {
    this(database, BundledCourse.curriculum(), new WebApp.Settings(false));
  }

  private TestApp(Database database, Curriculum kb, WebApp.Settings settings) {
    this(database, kb, settings, Clock.systemUTC());
  }

  private TestApp(Database database, Curriculum kb, WebApp.Settings settings, Clock clock) {
    this(kb, settings, clock);
    start(database);
  }

  private void start(Database database) {
    this.database = database;
    JdbcAttemptStore store = new JdbcAttemptStore(database);
    this.app = WebApp.create(new AttemptService(kb, store, clock), store,
        new InstructorAuth(Optional.of(PasswordHash.parse(HASH)), store, clock), clock, settings,
        new InstructorStore(database))
        .start("127.0.0.1", 0);
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * An app that JUnit starts before each test on a fresh SQLite database in a folder of its own, and stops after
   * it, deleting the folder; register it with {@code @RegisterExtension final TestApp app = TestApp.perTest();}.
   */
  public static TestApp perTest() {
    return new TestApp(BundledCourse.curriculum(), new WebApp.Settings(false), Clock.systemUTC());
  }

  /** The folder of this app's SQLite database (of a {@link #perTest()} app: its own, deleted after the test). */
  public Path directory() {
    if (ownDirectory == null) {
      throw new IllegalStateException("only an app made by perTest() and started by JUnit has a folder of its own");
    }
    return ownDirectory;
  }

  /** Stops the server and closes the database, then starts both again on the same folder, as a restart does. */
  public void restart() {
    close();
    start(Database.sqlite(directory()));
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    ownDirectory = Files.createTempDirectory("cytoquiz-test-app");
    start(Database.sqlite(ownDirectory));
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    close();
    try (Stream<Path> paths = Files.walk(ownDirectory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** An app on the SQLite database in {@code dir}. */
  public static TestApp sqlite(Path dir) {
    return new TestApp(Database.sqlite(dir));
  }

  /** An app on the SQLite database in {@code dir}, with {@code settings}. */
  public static TestApp sqlite(Path dir, WebApp.Settings settings) {
    return new TestApp(Database.sqlite(dir), BundledCourse.curriculum(), settings);
  }

  /** An app on the SQLite database in {@code dir}, with {@code settings}, reading the time from {@code clock}. */
  public static TestApp sqlite(Path dir, WebApp.Settings settings, Clock clock) {
    return new TestApp(Database.sqlite(dir), BundledCourse.curriculum(), settings, clock);
  }

  /** An app serving the course {@code kb} (its knowledge base and teaching material) on the SQLite database in {@code dir}. */
  public static TestApp sqlite(Path dir, Curriculum kb) {
    return new TestApp(Database.sqlite(dir), kb, new WebApp.Settings(false));
  }

  /** An app on the PostgreSQL database at {@code url}. */
  public static TestApp postgres(String url) {
    return new TestApp(Database.open(url, "postgres", null));
  }

  /** The database under the app. */
  public Database database() {
    return database;
  }

  /** The base URL. */
  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  /** Sends a request, optionally with a bearer token and a JSON body. */
  public HttpResponse<String> send(String method, String path, String token, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    return send(request.build());
  }

  /** GETs a page with this client's cookies. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
  }

  /** GETs a file (such as a download) with this client's cookies, as bytes. */
  public HttpResponse<byte[]> getBytes(String path) {
    return exchange(client, HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** GETs a page with one cookie given by hand (for pages of an attempt started through the API). */
  public HttpResponse<String> get(String path, String cookieName, String cookieValue) {
    return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Cookie", cookieName + "=" + cookieValue)
        .GET().build());
  }

  /** The store under the app, to look at what is stored. */
  public JdbcAttemptStore store() {
    return new JdbcAttemptStore(database);
  }

  /** POSTs a form with this client's cookies. */
  public HttpResponse<String> post(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base() + path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    return exchange(client, request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends {@code request} with {@code client}, turning an I/O failure into {@link UncheckedIOException} and an
   * interruption into {@link IllegalStateException} (the thread's interrupt flag set again).
   */
  public static <T> HttpResponse<T> exchange(HttpClient client, HttpRequest request,
      HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A client of this app that keeps no cookies: anyone on the web, without a session or attempt. */
  public Anonymous anonymous() {
    return new Anonymous();
  }

  /** Requests without cookies, redirects not followed. */
  public final class Anonymous {

    private final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** GETs {@code path}. */
    public HttpResponse<String> get(String path) {
      return exchange(plain, HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }
  }

  /**
   * Sends {@code request} as raw ISO-8859-1 bytes on a new connection, for what HTTP clients refuse to send, and
   * returns what came back up to the end of the response's headers (or all of it, if the server closed first).
   */
  public String raw(String request) {
    try (Socket socket = new Socket("127.0.0.1", app.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while (!bytes.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && (n = in.read(buffer)) > 0) {
        bytes.write(buffer, 0, n);
      }
      return bytes.toString(StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The CSRF token in a page's forms. */
  public static String csrf(String html) {
    Matcher m = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF field in the page");
    }
    return m.group(1);
  }

  /** A response body as JSON. */
  public static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the server and closes the database; a second call does nothing. */
  @Override
  public void close() {
    if (app == null) {
      return;
    }
    app.stop();
    database.close();
    app = null;
  }
}
