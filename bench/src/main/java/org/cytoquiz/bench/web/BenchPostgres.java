package org.cytoquiz.bench.web;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A throw-away PostgreSQL server for the web benchmark, with durable commits ({@code fsync} and
 * {@code synchronous_commit} on, which the embedded server's defaults turn off) so that it compares fairly with
 * SQLite under {@code synchronous=FULL}.
 */
public final class BenchPostgres {

  private BenchPostgres() {}

  /**
   * Starts the server with its data in the folder given as the only argument (created if needed), prints
   * {@code postgres ready jdbc:postgresql://...} and runs until the process is terminated.
   *
   * @throws IOException if the server cannot be started
   * @throws IllegalArgumentException if the folder is not given
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BenchPostgres DATA-FOLDER");
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    EmbeddedPostgres server = EmbeddedPostgres.builder()
        .setDataDirectory(dir.resolve("data"))
        .setCleanDataDirectory(true)
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_connections", "100")
        .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException e) {
        System.err.println("could not stop PostgreSQL cleanly: " + e.getMessage());
      }
      stopped.countDown();
    }, "bench-postgres-stop"));
    System.out.println("postgres ready " + server.getJdbcUrl("postgres", "postgres"));
    System.out.flush();
    stopped.await();
  }
}
