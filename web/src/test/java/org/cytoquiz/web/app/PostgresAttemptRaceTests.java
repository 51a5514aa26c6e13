package org.cytoquiz.web.app;

import org.cytoquiz.web.store.Postgres;

/** The attempt races on a real PostgreSQL, where writers do not queue on one lock. */
class PostgresAttemptRaceTests extends AttemptRaceContract {

  @Override
  TestApp open() {
    return TestApp.postgres(Postgres.freshDatabase());
  }

  @Override
  int rounds() {
    return 150;
  }
}
