package org.cytoquiz.web.xapi;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small learning record store on loopback for tests: it takes {@code PUT /xapi/statements?statementId=ID}, checks
 * the version header and Basic auth, keeps each statement by id, answers 503 to its first {@code failFirst}
 * requests (an outage), and counts every PUT of an id it already holds (a duplicate delivery).
 */
public final class LrsStandIn implements AutoCloseable {

  /** The user the stand-in accepts. */
  public static final String USER = "cytoquiz-client";
  /** The password the stand-in accepts. */
  public static final String PASSWORD = "s3cret:with-colon";

  private final HttpServer server;
  private final AtomicInteger failuresLeft;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger duplicates = new AtomicInteger();
  private final Map<String, String> stored = new LinkedHashMap<>();
  private final List<String> refusals = new ArrayList<>();
  private volatile int delayMillis;

  private LrsStandIn(int failFirst) throws IOException {
    this.failuresLeft = new AtomicInteger(failFirst);
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/xapi/statements", this::handle);
    server.start();
  }

  /** A stand-in on a free loopback port that fails its first {@code failFirst} requests with 503. */
  public static LrsStandIn start(int failFirst) {
    try {
      return new LrsStandIn(failFirst);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The xAPI endpoint (ends in a slash). */
  public URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/");
  }

  /** Settings that reach this stand-in with the right credentials. */
  public LrsSettings settings() {
    return new LrsSettings(endpoint(), USER, PASSWORD);
  }

  /** Makes each later request take {@code millis} before it is answered. */
  public void delay(int millis) {
    this.delayMillis = millis;
  }

  /** Fails the next {@code count} requests with 503. */
  public void fail(int count) {
    failuresLeft.set(count);
  }

  /** Every request received, failed ones included. */
  public int requests() {
    return requests.get();
  }

  /** PUTs of a statement id already stored. */
  public int duplicates() {
    return duplicates.get();
  }

  /** The statements held, by id, in the order first stored. */
  public synchronized Map<String, String> stored() {
    return new LinkedHashMap<>(stored);
  }

  /** Why requests were refused with a 4xx (wrong header, auth, method or body). */
  public synchronized List<String> refusals() {
    return List.copyOf(refusals);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      requests.incrementAndGet();
      byte[] body = exchange.getRequestBody().readAllBytes();
      int delay = delayMillis;
      if (delay > 0) {
        Thread.sleep(delay);
      }
      if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        answer(exchange, 503, "down for maintenance");
        return;
      }
      String expectedAuth = "Basic " + Base64.getEncoder().encodeToString(
          (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      String refusal = null;
      String query = exchange.getRequestURI().getRawQuery();
      if (!"PUT".equals(exchange.getRequestMethod())) {
        refusal = "method " + exchange.getRequestMethod();
      } else if (!"1.0.3".equals(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"))) {
        refusal = "version header " + exchange.getRequestHeaders().getFirst("X-Experience-API-Version");
      } else if (!expectedAuth.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
        answer(exchange, 401, "who are you?");
        synchronized (this) {
          refusals.add("authorization");
        }
        return;
      } else if (query == null || !query.startsWith("statementId=")) {
        refusal = "no statementId in " + query;
      }
      String id = query == null ? "" : query.substring("statementId=".length());
      String json = new String(body, StandardCharsets.UTF_8);
      if (refusal == null && !json.contains("\"id\":\"" + id + "\"")) {
        refusal = "statement id " + id + " differs from the body's";
      }
      if (refusal != null) {
        synchronized (this) {
          refusals.add(refusal);
        }
        answer(exchange, 400, refusal);
        return;
      }
      int status;
      synchronized (this) {
        String before = stored.putIfAbsent(id, json);
        if (before == null) {
          status = 204;
        } else {
          duplicates.incrementAndGet();
          status = before.equals(json) ? 204 : 409;
        }
      }
      answer(exchange, status, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    if (text == null) {
      exchange.sendResponseHeaders(status, -1);
    } else {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(status, bytes.length);
      exchange.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
