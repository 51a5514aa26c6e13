package org.cytoquiz.web.xapi;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Sends statements to a learning record store, one {@code PUT /statements?statementId=ID} each, with
 * {@code X-Experience-API-Version: 1.0.3} and Basic auth (none when both user and password are empty). PUT with the statement's own id is idempotent: an LRS
 * that already holds the id answers 204 (same statement) or 409, and both count as delivered.
 */
public final class LrsClient implements XapiOutbox.Courier {

  /** The xAPI version every request declares. */
  public static final String VERSION = "1.0.3";

  /** How long one request may take, connecting included, before it counts as failed. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private final LrsSettings settings;
  private final Duration timeout;
  private final HttpClient http;
  private final String authorization;

  /** A client of the LRS in {@code settings}, giving each request {@code timeout}. */
  public LrsClient(LrsSettings settings, Duration timeout) {
    this.settings = requireNonNull(settings, "settings");
    this.timeout = requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("LRS timeout must be positive, not " + timeout);
    }
    this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    this.authorization = settings.user().isEmpty() && settings.password().isEmpty() ? null
        : "Basic " + Base64.getEncoder().encodeToString(
            (settings.user() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * PUTs one statement. 200 and 204 are delivered, and so is 409 (the LRS holds a statement with that id: this
   * one, sent before its delivery was recorded); anything else, a timeout or an unreachable LRS is a failure
   * naming the cause. An interrupt gives {@link XapiOutbox.Delivery.Stopped} and keeps the interrupt flag.
   */
  @Override
  public XapiOutbox.Delivery deliver(XapiOutbox.Pending statement) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(settings.statement(statement.id()))
        .timeout(timeout)
        .header("X-Experience-API-Version", VERSION)
        .header("Content-Type", "application/json; charset=utf-8")
        .PUT(HttpRequest.BodyPublishers.ofString(statement.json(), StandardCharsets.UTF_8));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    HttpRequest request = builder.build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      int status = response.statusCode();
      if (status == 200 || status == 204 || status == 409) {
        return new XapiOutbox.Delivery.Delivered();
      }
      String body = response.body() == null ? "" : response.body().strip();
      return new XapiOutbox.Delivery.Failed("the LRS answered " + status + " to statement " + statement.id()
          + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) + "..." : body))
          + (status == 401 || status == 403 ? " (check --lrs-user and the LRS password)" : ""));
    } catch (HttpTimeoutException e) {
      return new XapiOutbox.Delivery.Failed("the LRS at " + settings.endpoint() + " did not answer within "
          + timeout.toMillis() + " ms");
    } catch (IOException e) {
      return new XapiOutbox.Delivery.Failed("cannot reach the LRS at " + settings.endpoint() + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new XapiOutbox.Delivery.Stopped();
    }
  }
}
