package org.cytoquiz.web.xapi;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;

/**
 * Where statements go: a learning record store's xAPI endpoint and the Basic-auth credentials it wants.
 *
 * @param endpoint the xAPI endpoint, ending in a slash (statements go to {@code endpoint + "statements"})
 * @param user the Basic-auth user (often the LRS client's key)
 * @param password the Basic-auth password (often the client's secret); never shown by {@link #toString()}
 */
public record LrsSettings(URI endpoint, String user, String password) {

  /**
   * Checks the parts and adds the final slash to the endpoint if missing.
   *
   * @throws IllegalArgumentException if the endpoint is not an absolute http(s) URL with a host, or has a query or
   *     fragment
   */
  public LrsSettings {
    requireNonNull(endpoint, "endpoint");
    requireNonNull(user, "user");
    requireNonNull(password, "password");
    String scheme = endpoint.getScheme();
    if (!endpoint.isAbsolute() || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
        || endpoint.getHost() == null || endpoint.getRawQuery() != null || endpoint.getRawFragment() != null) {
      throw new IllegalArgumentException("LRS URL '" + endpoint + "' must be an absolute http:// or https:// "
          + "address of the xAPI endpoint, such as https://lrs.example.org/xapi/");
    }
    if (!endpoint.toString().endsWith("/")) {
      endpoint = URI.create(endpoint + "/");
    }
  }

  /**
   * Settings from text (command-line options or environment variables).
   *
   * @throws IllegalArgumentException naming the URL if it is not one
   */
  public static LrsSettings parse(String url, String user, String password) {
    try {
      return new LrsSettings(new URI(url.strip()), user == null ? "" : user, password == null ? "" : password);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("LRS URL '" + url + "' is not a URL: " + e.getMessage(), e);
    }
  }

  /** Where one statement is PUT: {@code endpoint/statements?statementId=ID}. */
  public URI statement(UUID id) {
    return URI.create(endpoint + "statements?statementId=" + id);
  }

  /** The endpoint and user, without the password. */
  @Override
  public String toString() {
    return "LrsSettings[endpoint=" + endpoint + ", user=" + user + ", password=" + (password.isEmpty() ? "" : "***")
        + "]";
  }
}
