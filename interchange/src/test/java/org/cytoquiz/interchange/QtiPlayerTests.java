package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cytoquiz.core.Audience;
import org.cytoquiz.interchange.qti.QtiIds;
import org.cytoquiz.interchange.qti.QtiItemWriter;
import org.cytoquiz.interchange.qti.QtiPackageWriter;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * cytoquiz's QTI 3 export, played in a real QTI 3 player: the {@code @citolab/qti-components} web components
 * (installed by {@code .ci/qti-player/install.sh} into {@code target/qti-player}) in Debian's headless Chromium.
 * The QTI 3 content package of each whole item bank is served on loopback with a small harness page
 * ({@code qti-player/harness.html}); for every item the manifest lists, the player is given the key and wrong
 * responses (each wrong option; the key set, the key set with each option toggled and each option alone; the key
 * pairing, the key pairing with two pairs swapped and with a pair moved to the spare right item; every accepted
 * typed answer, as listed and in capitals, and a wrong one): in a choice interaction by clicking its choices, in a
 * match or text-entry interaction by setting RESPONSE through the item's {@code variables} property. It runs the
 * item's own response processing, and the SCORE it computes must be the fraction cytoquiz's own scoring
 * ({@link Question#fraction}) gives the same response under the set's marking. The player shows SCORE with three
 * decimals, so scores agree within 0.0005. The FEEDBACK outcome must name the modal feedback cytoquiz shows for the
 * response (each picked option's, or that of a right or wrong typed answer; not compared for matching, see
 * {@link #expectedFeedback}). The staff bank's questions are also played under every other marking.
 *
 * <p>Skipped where Chromium, chromedriver or the player are missing, unless the environment sets
 * {@code CYTOQUIZ_REQUIRE_QTI_PLAYER=1} (as {@code .ci/run} does), when it fails instead.
 */
class QtiPlayerTests {

  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  /** The player's self-contained ES module bundle, under the install folder. */
  private static final String BUNDLE = "node_modules/@citolab/qti-components/cdn/index.js";
  /** How far the player's score (shown with three decimals) may lie from ours. */
  private static final double TOLERANCE = 0.0005;

  private static final ObjectMapper JSON = new ObjectMapper();
  /** What the loopback server serves: path to content type and bytes. */
  private static final Map<String, Served> SERVED = new ConcurrentHashMap<>();

  private static HttpServer server;
  private static WebDriver driver;
  private static Path profile;

  private record Served(String contentType, byte[] bytes) {}

  /** One response to play: ours, its QTI value (a string, a list of strings) and a readable label. */
  private record Case(Response response, Object qtiValue, String label) {}

  @BeforeAll
  static void start() throws IOException {
    Path bundle = player();
    SERVED.put("/harness.html", new Served("text/html; charset=utf-8", resource("qti-player/harness.html")));
    SERVED.put("/player/index.js", new Served("text/javascript; charset=utf-8", Files.readAllBytes(bundle)));
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", QtiPlayerTests::serve);
    server.start();
    profile = Files.createTempDirectory("cytoquiz-qti-player");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
  }

  @AfterAll
  static void stop() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void thePlayerScoresEveryItemOfTheBankAsCytoquizDoes(Audience audience) throws Exception {
    check(QuestionSet.bank(audience, ItemBank.of(Fixtures.CURRICULUM, audience)));
  }

  /**
   * The banks are exported with partial credit; the other markings write other response processing (a base value
   * summed with {@code map_response}, negative credit for a wrong single choice, {@code match_correct} for a set of
   * picks or pairs). The staff bank's questions whose credit the marking changes (all but true/false and typed
   * answers, whose rules have the same form under every marking) are played under each of them.
   */
  @Test
  void thePlayerScoresTheStaffBankUnderEveryOtherMarkingAsCytoquizDoes() throws Exception {
    QuestionSet bank = QuestionSet.bank(Audience.STAFF, ItemBank.of(Fixtures.CURRICULUM, Audience.STAFF));
    List<Question> changing = bank.questions().stream()
        .filter(q -> !(q instanceof TrueFalse) && !(q instanceof TextEntry)).toList();
    assertThat(changing).as("staff questions whose credit follows the marking")
        .anySatisfy(q -> assertThat(q).isInstanceOf(MultipleResponse.class))
        .anySatisfy(q -> assertThat(q).isInstanceOf(Matching.class));
    // The marking type is taken from the set, not named, so that this test does not depend on its package.
    for (var marking : bank.marking().getDeclaringClass().getEnumConstants()) {
      if (marking != bank.marking()) {
        check(new QuestionSet("staff-" + marking.name().toLowerCase(Locale.ROOT).replace('_', '-'),
            "staff questions under " + marking, marking, changing));
      }
    }
  }

  /** Plays every item of {@code set}'s QTI 3 package in one page load and compares each SCORE with ours. */
  private static void check(QuestionSet set) throws Exception {
    Map<String, byte[]> entries = unzip(Fixtures.export(Format.QTI3, set));
    String root = "/" + set.id() + "/";
    entries.forEach((name, bytes) -> SERVED.put(root + name, new Served("application/xml; charset=utf-8", bytes)));

    // The items as an LMS finds them: the manifest's item resources, each matched to the question it came from.
    Map<String, Question> byPath = new LinkedHashMap<>();
    set.questions().forEach(q -> byPath.put(QtiPackageWriter.itemPath(q), q));
    List<String> hrefs = itemHrefs(entries.get("imsmanifest.xml"));
    assertThat(hrefs).as("item resources in the manifest of %s", set.id())
        .containsExactlyInAnyOrderElementsOf(byPath.keySet());

    List<Question> questions = new ArrayList<>();
    List<List<Case>> cases = new ArrayList<>();
    List<Map<String, Object>> request = new ArrayList<>();
    for (String href : hrefs) {
      Question q = byPath.get(href);
      List<Case> qCases = cases(q);
      questions.add(q);
      cases.add(qCases);
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("href", root + href);
      entry.put("responses", qCases.stream().map(Case::qtiValue).toList());
      request.add(entry);
    }

    JsonNode results = play(request);
    assertThat(results.size()).as("items the player reported on").isEqualTo(questions.size());
    List<String> problems = new ArrayList<>();
    int compared = 0;
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      JsonNode result = results.get(i);
      String item = QtiItemWriter.itemIdentifier(q);
      if (result.hasNonNull("failure")) {
        problems.add(item + ": the player failed: " + result.get("failure").asText());
        continue;
      }
      if (!item.equals(result.path("identifier").asText())) {
        problems.add(item + ": the player loaded item '" + result.path("identifier").asText() + "'");
      }
      for (JsonNode logged : result.path("logged")) {
        problems.add(item + ": the player logged " + logged.asText());
      }
      JsonNode outcomes = result.path("outcomes");
      List<Case> qCases = cases.get(i);
      if (outcomes.size() != qCases.size()) {
        problems.add(item + ": " + outcomes.size() + " outcomes for " + qCases.size() + " responses");
        continue;
      }
      for (int k = 0; k < qCases.size(); k++) {
        Case c = qCases.get(k);
        double ours = q.fraction(c.response(), set.marking());
        JsonNode score = outcomes.get(k).path("score");
        Double theirs = parseScore(score);
        if (theirs == null || Math.abs(theirs - ours) > TOLERANCE) {
          problems.add(String.format(Locale.ROOT, "%s (%s) answered %s [QTI %s]: player SCORE %s, cytoquiz %.4f",
              item, q.id(), c.label(), JSON.writeValueAsString(c.qtiValue()), score, ours));
        }
        String how = outcomes.get(k).path("how").asText();
        String wanted = q instanceof Matching || q instanceof TextEntry ? "set" : "clicked";
        if (!how.equals(wanted)) {
          problems.add(item + ": response " + c.label() + " was " + how + ", not " + wanted);
        }
        Set<String> expected = expectedFeedback(q, c, ours);
        Set<String> shown = new LinkedHashSet<>();
        outcomes.get(k).path("feedback").forEach(v -> shown.add(v.asText()));
        if (expected != null && !shown.equals(expected)) {
          problems.add(String.format(Locale.ROOT, "%s (%s) answered %s: player FEEDBACK %s, expected %s",
              item, q.id(), c.label(), shown, expected));
        }
        compared++;
      }
    }
    assertThat(problems).as("items of %s the player scores otherwise than cytoquiz (%d of %d responses)",
        set.id(), problems.size(), compared).isEmpty();
    assertThat(compared).as("responses compared").isGreaterThan(3 * questions.size());
  }

  /** The responses to play for {@code q}: the key and wrong answers as the class comment lists them. */
  static List<Case> cases(Question q) {
    List<Case> cases = new ArrayList<>();
    if (q instanceof Matching m) {
      Map<String, String> key = m.answer();
      cases.add(pairs(key, "the key pairing"));
      List<String> lefts = m.left().stream().map(Item::id).toList();
      for (int a = 0; a < lefts.size(); a++) {
        for (int b = a + 1; b < lefts.size(); b++) {
          Map<String, String> swapped = new LinkedHashMap<>(key);
          swapped.put(lefts.get(a), key.get(lefts.get(b)));
          swapped.put(lefts.get(b), key.get(lefts.get(a)));
          cases.add(pairs(swapped, "the key pairing with " + lefts.get(a) + " and " + lefts.get(b) + " swapped"));
        }
      }
      Set<String> spare = new LinkedHashSet<>(m.right().stream().map(Item::id).toList());
      spare.removeAll(key.values());
      for (String right : spare) {
        for (String left : lefts) {
          Map<String, String> moved = new LinkedHashMap<>(key);
          moved.put(left, right);
          cases.add(pairs(moved, "the key pairing with " + left + " matched to the spare " + right));
        }
      }
    } else if (q instanceof TextEntry t) {
      for (String accepted : new LinkedHashSet<>(t.accepted())) {
        cases.add(new Case(new Response.Text(accepted), accepted, "the accepted answer '" + accepted + "'"));
        String upper = accepted.toUpperCase(Locale.ROOT);
        cases.add(new Case(new Response.Text(upper), upper, "the accepted answer in capitals '" + upper + "'"));
      }
      String wrong = "zzz not an answer";
      cases.add(new Case(new Response.Text(wrong), wrong, "the wrong answer '" + wrong + "'"));
    } else if (q instanceof MultipleResponse) {
      List<String> key = q.options().stream().filter(Option::correct).map(Option::id).toList();
      cases.add(choices(key, "the key set"));
      for (Option option : q.options()) {
        List<String> toggled = new ArrayList<>(key);
        if (!toggled.remove(option.id())) {
          toggled.add(option.id());
        }
        if (!toggled.isEmpty()) {
          cases.add(choices(toggled, "the key set with " + option.id() + (option.correct() ? " left out" : " added")));
        }
        // Alone, a wrong pick would earn less than nothing: the lower bound of the mapping must hold it at 0.
        cases.add(choices(List.of(option.id()), "only " + option.id()));
      }
    } else {
      for (Option option : q.options()) {
        String value = QtiIds.of(QtiIds.OPTION, option.id());
        cases.add(new Case(new Response.Choice(List.of(option.id())), value,
            (option.correct() ? "the key " : "the wrong option ") + option.id()));
      }
    }
    return cases;
  }

  /**
   * The modal feedback (identifiers in FEEDBACK) the item should show for {@code c}, which cytoquiz scores
   * {@code ours}: each picked option's, or the right or wrong typed answer's. Null for matching, whose rules add
   * one feedback per left item to FEEDBACK ({@code qti-multiple} over FEEDBACK itself), which this player version
   * joins into one string, keeping only the last left item's apart: its feedback is not compared.
   */
  private static Set<String> expectedFeedback(Question q, Case c, double ours) {
    if (q instanceof Matching) {
      return null;
    }
    if (q instanceof TextEntry) {
      return Set.of(ours > 0 ? "FB_RIGHT" : "FB_WRONG");
    }
    return new LinkedHashSet<>(((Response.Choice) c.response()).selected().stream()
        .map(id -> QtiIds.of(QtiIds.OPTION, id)).toList());
  }

  private static Case choices(List<String> ids, String label) {
    return new Case(new Response.Choice(ids), ids.stream().map(id -> QtiIds.of(QtiIds.OPTION, id)).toList(), label);
  }

  private static Case pairs(Map<String, String> pairs, String label) {
    List<String> values = pairs.entrySet().stream()
        .map(e -> QtiIds.of(QtiIds.LEFT, e.getKey()) + " " + QtiIds.of(QtiIds.RIGHT, e.getValue())).toList();
    return new Case(new Response.Pairs(Map.copyOf(pairs)), values, label);
  }

  /** Loads the harness (one page load) and plays every item of {@code request} in it. */
  private static JsonNode play(List<Map<String, Object>> request) throws IOException {
    driver.get("http://127.0.0.1:" + server.getAddress().getPort() + "/harness.html");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    Object out = js.executeAsyncScript(
        "var done = arguments[arguments.length - 1]; var cases = JSON.parse(arguments[0]);"
        + "var started = Date.now();"
        + "(function wait() {"
        + "  if (window.cytoquizPlay) {"
        + "    window.cytoquizPlay(cases).then(function (r) { done(JSON.stringify(r)); },"
        + "      function (e) { done(JSON.stringify({harnessFailed: String(e)})); });"
        + "  } else if (Date.now() - started > 20000) {"
        + "    done(JSON.stringify({harnessFailed: 'the harness did not load the player'}));"
        + "  } else { setTimeout(wait, 20); }"
        + "})();", JSON.writeValueAsString(request));
    JsonNode results = JSON.readTree((String) out);
    if (results.has("harnessFailed")) {
      fail("the QTI player harness failed: " + results.get("harnessFailed").asText());
    }
    return results;
  }

  /** The player's SCORE as a number, or null when it is not one. */
  private static Double parseScore(JsonNode score) {
    if (score == null || score.isNull() || score.isMissingNode()) {
      return null;
    }
    try {
      return Double.parseDouble(score.asText().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The hrefs of the manifest's item resources, in its order. */
  private static List<String> itemHrefs(byte[] manifest) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList resources = factory.newDocumentBuilder().parse(new ByteArrayInputStream(manifest))
        .getElementsByTagNameNS("*", "resource");
    List<String> hrefs = new ArrayList<>();
    for (int i = 0; i < resources.getLength(); i++) {
      Element resource = (Element) resources.item(i);
      if (resource.getAttribute("type").startsWith("imsqti_item_")) {
        hrefs.add(resource.getAttribute("href"));
      }
    }
    return hrefs;
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (!entry.isDirectory()) {
          entries.put(entry.getName(), in.readAllBytes());
        }
      }
    }
    return entries;
  }

  private static void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      Served served = "GET".equals(exchange.getRequestMethod())
          ? SERVED.get(exchange.getRequestURI().getPath()) : null;
      if (served == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", served.contentType());
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.sendResponseHeaders(200, served.bytes().length);
      try (OutputStream body = exchange.getResponseBody()) {
        body.write(served.bytes());
      }
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = QtiPlayerTests.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("test resource " + name + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The installed player's bundle; skips the test class (or fails it, when {@code CYTOQUIZ_REQUIRE_QTI_PLAYER=1})
   * when it, Chromium or chromedriver is missing.
   */
  private static Path player() {
    Path bundle = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("target/qti-player").resolve(BUNDLE);
      if (Files.isRegularFile(candidate)) {
        bundle = candidate;
        break;
      }
      if (Files.exists(dir.resolve("interchange/pom.xml"))) {
        break;
      }
    }
    boolean present = bundle != null && Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String missing = "the QTI player check needs Debian's chromium and chromium-driver and the player: "
        + "apt-get install -y chromium chromium-driver, then .ci/qti-player/install.sh target/qti-player";
    if ("1".equals(System.getenv("CYTOQUIZ_REQUIRE_QTI_PLAYER"))) {
      assertThat(present).as("CYTOQUIZ_REQUIRE_QTI_PLAYER=1 but " + missing).isTrue();
    }
    Assumptions.assumeTrue(present, missing);
    return bundle;
  }
}
