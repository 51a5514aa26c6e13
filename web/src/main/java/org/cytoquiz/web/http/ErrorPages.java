package org.cytoquiz.web.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The error responses Jetty writes itself, before the application sees a request (a malformed request line or
 * header, a URI or headers too long): the same security headers as every other response, the JSON error shape on
 * {@code /api/} and {@code /health}, a plain page elsewhere, and nothing of the server's internals.
 */
public final class ErrorPages extends ErrorHandler {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final boolean https;

  /** Error responses that also send Strict-Transport-Security when {@code https}. */
  public ErrorPages(boolean https) {
    this.https = https;
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
    String details = switch (code) {
      case 414 -> "the address is too long";
      case 431 -> "the request's headers are too large";
      case 413 -> "the request is too large";
      case 400 -> "the request is malformed";
      default -> reason;
    };
    byte[] body;
    if (path.startsWith("/api/") || path.equals("/health")) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
      body = json(new ApiError(reason, code, code < 500 ? "bad-request" : "server-error", details));
    } else {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
      body = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + code + " " + reason
          + " - cytoquiz</title></head><body><h1>" + reason + "</h1><p>" + details + ".</p>"
          + "<p><a href=\"/\">Go to the quizzes</a></p></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  private static byte[] json(ApiError error) {
    try {
      return JSON.writeValueAsBytes(error);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error record did not serialise", e);
    }
  }
}
