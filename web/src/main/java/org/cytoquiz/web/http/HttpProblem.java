package org.cytoquiz.web.http;

/** A request the application refuses with a given status; the message is safe to show. */
public final class HttpProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String type;

  /** A refusal with {@code status}, a title, a stable type and details. */
  public HttpProblem(int status, String title, String type, String details) {
    super(details);
    this.status = status;
    this.title = title;
    this.type = type;
  }

  /** The HTTP status. */
  public int status() {
    return status;
  }

  /** A short summary. */
  public String title() {
    return title;
  }

  /** A stable machine-readable kind. */
  public String type() {
    return type;
  }

  /** 400: the request is malformed. */
  public static HttpProblem badRequest(String details) {
    return new HttpProblem(400, "Bad request", "bad-request", details);
  }

  /** 401: no valid login or token. */
  public static HttpProblem unauthorized(String details) {
    return new HttpProblem(401, "Not signed in", "unauthorized", details);
  }

  /** 403: a form without its CSRF token. */
  public static HttpProblem forbidden(String details) {
    return new HttpProblem(403, "Forbidden", "forbidden", details);
  }

  /** 404: nothing here for this caller. */
  public static HttpProblem notFound(String details) {
    return new HttpProblem(404, "Not found", "not-found", details);
  }
}
