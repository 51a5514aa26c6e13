package org.cytoquiz.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.cytoquiz.web.text.Ui;
import org.cytoquiz.web.text.UiText;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error responses Jetty writes itself, before the application sees a request (a malformed request line or
 * header, a URI or headers too long): the same security headers as every other response, the JSON error shape on
 * {@code /api/} and {@code /health}, a plain page elsewhere in the application's language, and nothing of the
 * server's internals. Jetty writes these outside the application's handlers, so the page sets the application's
 * phrases ({@link Ui}) itself while it is written.
 */
public final class ErrorPages extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The HTTP statuses whose name and details the phrases word; others show Jetty's name of the status. */
  private static final java.util.Set<Integer> WORDED = java.util.Set.of(400, 413, 414, 431);

  private final boolean https;
  private final UiText text;

  /**
   * Error responses that also send Strict-Transport-Security when {@code https}, their pages in {@code text}'s
   * language (the JSON errors stay English, as the API's are).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public ErrorPages(boolean https, UiText text) {
    this.https = https;
    this.text = Objects.requireNonNull(text, "text");
  }

  /** Adds the security headers to a response Jetty is about to write. */
  public void addHeaders(Response response) {
    Web.SECURITY_HEADERS.forEach((name, value) -> response.getHeaders().put(name, value));
    if (https) {
      response.getHeaders().put("Strict-Transport-Security", Web.hsts());
    }
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) {
    addHeaders(response);
    String reason = HttpStatus.getMessage(code);
    String path = request.getHttpURI() == null || request.getHttpURI().getPath() == null ? ""
        : request.getHttpURI().getPath();
    byte[] body;
    if (path.startsWith("/api/") || path.equals("/health")) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      body = json(new ApiError(reason, code, code < 500 ? "bad-request" : "server-error",
          details(UiText.english(), code, reason)));
    } else {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      Ui.use(text);
      try {
        body = page(code, reason).getBytes(StandardCharsets.UTF_8);
      } finally {
        Ui.clear();
      }
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  /** The page for status {@code code}, in the phrases of this thread ({@link Ui}). */
  private static String page(int code, String jettyReason) {
    String reason = WORDED.contains(code) ? Ui.t("common.error.jetty.reason." + code) : jettyReason;
    return "<!DOCTYPE html>\n<html lang=\"" + escape(Ui.lang()) + "\"><head><meta charset=\"utf-8\"><title>"
        + escape(Ui.t("common.error.jetty.title", "code", String.valueOf(code), "reason", reason))
        + "</title></head><body><h1>" + escape(reason) + "</h1><p>" + escape(details(Ui.text(), code, reason))
        + ".</p><p><a href=\"/\">" + escape(Ui.t("common.error.home")) + "</a></p></body></html>\n";
  }

  /** What went wrong with a request that got status {@code code}, in {@code text}'s words; else the reason. */
  private static String details(UiText text, int code, String reason) {
    return WORDED.contains(code) ? text.t("common.error.jetty.detail." + code) : reason;
  }

  /** {@code s} safe in HTML text and attribute values: {@code & < > "} escaped, all else as it is. */
  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static byte[] json(ApiError error) {
    try {
      return JSON.writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error record did not serialise", e);
    }
  }
}
