package org.cytoquiz.bench.web;

import io.javalin.Javalin;

/**
 * The yardstick of the web benchmark: Javalin 7 with nothing but {@code GET /hello}, on the same machine and JVM
 * as cytoquiz, so that cytoquiz's figures can be quoted as ratios to it.
 */
public final class BareJavalin {

  private BareJavalin() {}

  /**
   * Serves {@code GET /hello} on 127.0.0.1 at the port given as the only argument (0 for any free port) and
   * prints {@code bare javalin serving http://127.0.0.1:PORT/} once it listens; stops on SIGTERM.
   *
   * @throws IllegalArgumentException if the argument is missing or not a port number
   */
  public static void main(String[] args) {
    if (args.length != 1 || !args[0].matches("\\d{1,5}") || Integer.parseInt(args[0]) > 65535) {
      throw new IllegalArgumentException("usage: BareJavalin PORT (0 to 65535), not " + String.join(" ", args));
    }
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/hello", ctx -> ctx.result("Hello, world"));
    });
    Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-javalin-stop"));
    app.start("127.0.0.1", Integer.parseInt(args[0]));
    System.out.printf("bare javalin serving http://127.0.0.1:%d/%n", app.port());
    System.out.flush();
  }
}
