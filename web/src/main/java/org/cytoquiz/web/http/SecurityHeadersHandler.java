package org.cytoquiz.web.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers on every response at the outermost Jetty handler, so that static files and errors
 * raised before any route runs carry them too (the application's own responses set them again).
 */
public final class SecurityHeadersHandler extends Handler.Wrapper {

  private final ErrorPages errors;

  /** A wrapper that adds the headers {@code errors} adds to its own pages. */
  public SecurityHeadersHandler(ErrorPages errors) {
    this.errors = errors;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    errors.addHeaders(response);
    return super.handle(request, response, callback);
  }
}
