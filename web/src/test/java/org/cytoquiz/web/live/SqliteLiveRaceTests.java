package org.cytoquiz.web.live;

import java.nio.file.Path;
import org.cytoquiz.web.app.TestApp;
import org.junit.jupiter.api.io.TempDir;

/** The live-session races on a real SQLite file. */
class SqliteLiveRaceTests extends LiveRaceContract {

  @TempDir
  Path dir;

  @Override
  TestApp newApp() {
    return TestApp.sqlite(dir);
  }
}
