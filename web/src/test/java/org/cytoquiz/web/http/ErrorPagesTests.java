package org.cytoquiz.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.cytoquiz.web.text.UiText;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages Jetty writes itself, outside the application's handlers, speak the language of the phrases
 * {@link ErrorPages} was given, not English by default: a server whose error handler has the phrases of a language
 * without its own files ("sw", which reads English phrases) names that language on its page.
 */
class ErrorPagesTests {

  private Server server;
  private int port;

  @BeforeEach
  void start() throws Exception {
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setErrorHandler(new ErrorPages(false, UiText.of(Locale.forLanguageTag("sw"))));
    server.start();
    port = connector.getLocalPort();
  }

  @AfterEach
  void stop() throws Exception {
    server.stop();
  }

  @Test
  void aPageJettyWritesIsInTheApplicationsLanguage() throws IOException {
    String page = raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    assertThat(page).startsWith("HTTP/1.1 414").contains("<html lang=\"sw\">")
        .contains("<title>414 URI Too Long - cytoquiz</title>").contains("<p>the address is too long.</p>");
  }

  @Test
  void theApiKeepsItsEnglishJson() throws IOException {
    String answer = raw("GET /api/v1/x HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
        + "\r\nConnection: close\r\n\r\n");
    assertThat(answer).startsWith("HTTP/1.1 431")
        .contains("\"details\":\"the request's headers are too large\"").doesNotContain("<html");
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
