package org.cytoquiz.web.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The xAPI outbox contract on an embedded SQLite file (one node). */
class SqliteXapiOutboxTests extends XapiOutboxContract {

  @TempDir Path dir;

  @Override
  Database open() {
    return Database.sqlite(dir);
  }
}
