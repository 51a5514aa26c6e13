package org.cytoquiz.web.live;

import org.cytoquiz.web.app.TestApp;
import org.cytoquiz.web.store.Postgres;

/** The live-session races on a real PostgreSQL (embedded), where the answer holds a share lock on the session row. */
class PostgresLiveRaceTests extends LiveRaceContract {

  @Override
  TestApp newApp() {
    return TestApp.postgres(Postgres.freshDatabase());
  }

  @Override
  int rounds() {
    return 30;
  }
}
