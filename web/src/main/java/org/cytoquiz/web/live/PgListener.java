package org.cytoquiz.web.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One PostgreSQL connection per node that {@code LISTEN}s on {@link LiveStore#CHANNEL} and hands every
 * notification to the node's {@link LiveHub}, so participants on any node see the moves made on any other. If the
 * connection fails it is opened again, and every session with streams here is pushed again, since notifications
 * sent meanwhile are lost.
 */
public final class PgListener implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(PgListener.class);

  private final DataSource dataSource;
  private final LiveHub hub;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile boolean listening;

  /** Starts listening on a connection from {@code dataSource}, feeding {@code hub}. */
  public PgListener(DataSource dataSource, LiveHub hub) {
    this.dataSource = dataSource;
    this.hub = hub;
    this.thread = new Thread(this::run, "live-listen");
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether the listening connection is up (for tests and health). */
  public boolean listening() {
    return listening;
  }

  private void run() {
    boolean first = true;
    while (running) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
          s.execute("LISTEN " + LiveStore.CHANNEL);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        listening = true;
        if (!first) {
          hub.resync();
        }
        first = false;
        while (running) {
          PGNotification[] notes = pg.getNotifications(500);
          if (notes == null) {
            continue;
          }
          for (PGNotification note : notes) {
            String payload = note.getParameter();
            LiveStore.Change.of(payload).ifPresent(change -> hub.changed(payload.substring(2), change));
          }
        }
      } catch (SQLException | RuntimeException e) {
        listening = false;
        if (running) {
          LOG.warn("the live-session listener lost its PostgreSQL connection; opening it again", e);
          try {
            Thread.sleep(1_000);
          } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      }
    }
  }

  @Override
  public void close() {
    running = false;
    thread.interrupt();
    try {
      thread.join(2_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
