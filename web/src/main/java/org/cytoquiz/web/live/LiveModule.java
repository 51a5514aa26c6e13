package org.cytoquiz.web.live;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live sessions as one piece of a web node: the store, the service, this node's event streams and, on PostgreSQL,
 * the listener that hears other nodes' writes. Closing it ends the streams (so a graceful stop does not wait on
 * them) and the listener.
 */
public final class LiveModule implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveModule.class);
  /** How often each node looks for votes whose countdown ran out: the most a vote stays open past its time. */
  public static final long COUNTDOWN_CHECK_MILLIS = 250;

  private final LiveService service;
  private final LiveHub hub;
  private final LivePages pages;
  private final Optional<PgListener> listener;
  private final ScheduledExecutorService countdowns = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "live-countdowns");
    t.setDaemon(true);
    return t;
  });

  /** Live sessions on {@code database}, recording attempts through {@code attempts}. */
  public LiveModule(Database database, AttemptService attempts, Clock clock, boolean secureCookies, ZoneId zone) {
    LiveStore store = new LiveStore(database);
    this.service = new LiveService(store, attempts, clock);
    LivePages[] self = new LivePages[1];
    this.hub = new LiveHub(id -> self[0].stateJson(id), id -> self[0].answersJson(id));
    this.pages = new LivePages(service, hub, secureCookies, zone);
    self[0] = pages;
    this.listener = store.postgres() ? Optional.of(new PgListener(store.dataSource(), hub)) : Optional.empty();
    countdowns.scheduleWithFixedDelay(this::closeCountdowns, COUNTDOWN_CHECK_MILLIS, COUNTDOWN_CHECK_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Closes the votes whose countdown ran out (on any node: the deadline is stored, and each close is a
   * compare-and-set, so a restart keeps it and several nodes close a vote once) and pushes the close. On PostgreSQL
   * the close's notification reaches every node's streams; on SQLite this node pushes it.
   */
  void closeCountdowns() {
    try {
      for (String id : service.closeCountdowns()) {
        if (!service.store().postgres()) {
          hub.changed(id, LiveStore.Change.MOVE);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("could not close the live votes whose time is up; trying again", e);
    }
  }

  /** The service (for tests and tools). */
  public LiveService service() {
    return service;
  }

  /** This node's event streams. */
  public LiveHub hub() {
    return hub;
  }

  /** Whether this node hears other nodes' writes: always on SQLite (one node), once listening on PostgreSQL. */
  public boolean listening() {
    return listener.map(PgListener::listening).orElse(true);
  }

  /** Registers the live-session routes. */
  public void register(JavalinDefaultRoutingApi routes) {
    pages.register(routes);
  }

  @Override
  public void close() {
    countdowns.shutdownNow();
    listener.ifPresent(PgListener::close);
    hub.close();
  }
}
