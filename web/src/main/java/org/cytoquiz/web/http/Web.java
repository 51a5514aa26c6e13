package org.cytoquiz.web.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.cytoquiz.web.attempt.Secrets;

/** Cookies, CSRF tokens and security headers, the same for every page. */
public final class Web {

  /** The cookie holding the CSRF token that forms echo back. */
  public static final String CSRF_COOKIE = "cq_csrf";
  /** The form field holding the CSRF token. */
  public static final String CSRF_FIELD = "csrf";
  /** The cookie holding the instructor session token. */
  public static final String SESSION_COOKIE = "cq_session";
  /** The cookie naming the learner's latest attempt, so the catalog can offer to resume it. */
  public static final String LAST_ATTEMPT_COOKIE = "cq_last";

  private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
      + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private Web() {}

  /** How long browsers keep to HTTPS once told: one year, in seconds. */
  public static final long HSTS_SECONDS = 365L * 24 * 60 * 60;

  /** The security headers every response carries, by name, in the order they are sent. */
  public static final Map<String, String> SECURITY_HEADERS = headers();

  private static Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    headers.put("Cache-Control", "no-store");
    return Collections.unmodifiableMap(headers);
  }

  /** Sets the security headers every response carries (no HSTS: the site is not known to be on HTTPS). */
  public static void securityHeaders(Context ctx) {
    securityHeaders(ctx, false);
  }

  /**
   * Sets the security headers every response carries; with {@code https} (cookies marked Secure, so the site is
   * served over HTTPS) also Strict-Transport-Security, so browsers keep to HTTPS.
   */
  public static void securityHeaders(Context ctx, boolean https) {
    SECURITY_HEADERS.forEach(ctx::header);
    if (https) {
      ctx.header("Strict-Transport-Security", hsts());
    }
  }

  /** The value of the Strict-Transport-Security header. */
  public static String hsts() {
    return "max-age=" + HSTS_SECONDS + "; includeSubDomains";
  }

  /** Sets a cookie that scripts cannot read and other sites cannot send. */
  public static void cookie(Context ctx, String name, String value, String path, long maxAgeSeconds, boolean secure) {
    ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds
        + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
  }

  /** The name of the cookie that holds the token of one attempt. */
  public static String attemptCookie(String attemptId) {
    return "cq_a_" + attemptId;
  }

  /** The CSRF token of this browser, creating it (and its cookie) on first use. */
  public static String csrfToken(Context ctx, boolean secure) {
    String existing = ctx.cookie(CSRF_COOKIE);
    if (Secrets.hasShape(existing, 43)) {
      return existing;
    }
    Optional<String> madeThisRequest = Optional.ofNullable(ctx.attribute(CSRF_COOKIE));
    if (madeThisRequest.isPresent()) {
      return madeThisRequest.get();
    }
    String token = Secrets.random(32);
    cookie(ctx, CSRF_COOKIE, token, "/", 60L * 60 * 24 * 30, secure);
    ctx.attribute(CSRF_COOKIE, token);
    return token;
  }

  /**
   * Checks a form post's CSRF token against the browser's cookie.
   *
   * @throws HttpProblem 403 if it is missing or does not match
   */
  public static void checkCsrf(Context ctx) {
    String cookie = ctx.cookie(CSRF_COOKIE);
    String field = ctx.formParam(CSRF_FIELD);
    if (cookie == null || field == null || !java.security.MessageDigest.isEqual(
        cookie.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        field.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
      throw HttpProblem.forbidden("this form has expired or did not come from this site; go back, reload the page "
          + "and try again (nothing you saved before is lost)");
    }
  }

  /** The bearer token of an API call, if any. */
  public static Optional<String> bearer(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(header.substring(7).strip());
    }
    return Optional.empty();
  }
}
