package org.cytoquiz.web.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database behind the application: an embedded SQLite file by default, PostgreSQL when given a
 * {@code jdbc:postgresql:} URL. Opening it brings the schema up to date with Flyway.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final HikariDataSource dataSource;
  private final boolean sqlite;

  private Database(HikariDataSource dataSource, boolean sqlite) {
    this.dataSource = dataSource;
    this.sqlite = sqlite;
  }

  /** The SQLite file {@code cytoquiz.db} in {@code dataDir}, created with its folder if needed. */
  public static Database sqlite(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + dataDir, e);
    }
    return open("jdbc:sqlite:" + dataDir.resolve("cytoquiz.db").toAbsolutePath(), null, null);
  }

  /**
   * The database at {@code jdbcUrl} ({@code jdbc:sqlite:...} or {@code jdbc:postgresql:...}).
   *
   * @throws IllegalArgumentException for any other kind of URL
   */
  public static Database open(String jdbcUrl, String user, String password) {
    boolean sqlite = jdbcUrl.startsWith("jdbc:sqlite:");
    if (!sqlite && !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("unsupported database URL '" + jdbcUrl
          + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("cytoquiz");
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    if (sqlite) {
      // WAL lets pages read while an answer is written; synchronous=FULL makes every commit durable on disk
      // before the server says "saved".
      config.addDataSourceProperty("journal_mode", "WAL");
      config.addDataSourceProperty("synchronous", "FULL");
      config.addDataSourceProperty("busy_timeout", "10000");
      config.addDataSourceProperty("foreign_keys", "true");
      config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      config.setMaximumPoolSize(4);
    } else {
      config.setMaximumPoolSize(10);
    }
    HikariDataSource dataSource = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    LOG.info("database ready: {}", sqlite ? jdbcUrl : jdbcUrl.replaceAll("//[^@/]*@", "//"));
    return new Database(dataSource, sqlite);
  }

  /** The pooled connections. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Whether this is the embedded SQLite database. */
  public boolean isSqlite() {
    return sqlite;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
