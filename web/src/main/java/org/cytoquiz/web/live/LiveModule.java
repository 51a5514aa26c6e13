package org.cytoquiz.web.live;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.store.Database;

/**
 * Live sessions as one piece of a web node: the store, the service, this node's event streams and, on PostgreSQL,
 * the listener that hears other nodes' writes. Closing it ends the streams (so a graceful stop does not wait on
 * them) and the listener.
 */
public final class LiveModule implements AutoCloseable {

  private final LiveService service;
  private final LiveHub hub;
  private final LivePages pages;
  private final Optional<PgListener> listener;

  /** Live sessions on {@code database}, recording attempts through {@code attempts}. */
  public LiveModule(Database database, AttemptService attempts, Clock clock, boolean secureCookies, ZoneId zone) {
    LiveStore store = new LiveStore(database);
    this.service = new LiveService(store, attempts, clock);
    LivePages[] self = new LivePages[1];
    this.hub = new LiveHub(id -> self[0].stateJson(id), id -> self[0].answersJson(id));
    this.pages = new LivePages(service, hub, secureCookies, zone);
    self[0] = pages;
    this.listener = store.postgres() ? Optional.of(new PgListener(store.dataSource(), hub)) : Optional.empty();
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
    listener.ifPresent(PgListener::close);
    hub.close();
  }
}
