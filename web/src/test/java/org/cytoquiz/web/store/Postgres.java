package org.cytoquiz.web.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.cytoquiz.web.attempt.Secrets;

/** One real PostgreSQL server for the whole test run, with a fresh database per caller. */
public final class Postgres {

  private static EmbeddedPostgres server;

  private Postgres() {}

  /** The JDBC URL of a new, empty database. */
  public static synchronized String freshDatabase() {
    try {
      if (server == null) {
        server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            // the JVM is going away anyway
          }
        }));
      }
      String name = "cq_" + Secrets.random(6).toLowerCase().replace('-', '_').replace("_", "x");
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      }
      return server.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
