package org.cytoquiz.web.store;

import java.nio.file.Path;
import org.cytoquiz.web.attempt.AttemptStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on an embedded SQLite file. */
class SqliteAttemptStoreTests extends AttemptStoreContract {

  @TempDir Path dir;
  Database database;
  AttemptStore store;

  @BeforeEach
  void open() {
    database = Database.sqlite(dir);
    store = new JdbcAttemptStore(database);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Override
  AttemptStore store() {
    return store;
  }
}
