package org.cytoquiz.web.app;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The attempt races on an embedded SQLite file. */
class SqliteAttemptRaceTests extends AttemptRaceContract {

  @TempDir Path dir;

  @Override
  TestApp open() {
    return TestApp.sqlite(dir);
  }

  @Override
  int rounds() {
    return 120;
  }
}
