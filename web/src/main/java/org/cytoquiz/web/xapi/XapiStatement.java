package org.cytoquiz.web.xapi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.UUID;

/**
 * One xAPI statement of an attempt, as kept in the outbox: its id (fixed when it is made, so resending it is
 * harmless), the attempt it reports, the instant of the event it reports, and the statement as JSON text.
 *
 * @param id the statement's {@code id}
 * @param attemptId the attempt it reports on
 * @param timestamp the statement's {@code timestamp}: when the attempt engine says the event happened
 * @param json the whole statement, one JSON object
 */
public record XapiStatement(UUID id, String attemptId, Instant timestamp, String json) {

  /** Checks the parts. */
  public XapiStatement {
    requireNonNull(id, "id");
    requireNonNull(attemptId, "attemptId");
    requireNonNull(timestamp, "timestamp");
    requireNonNull(json, "json");
    if (!json.startsWith("{")) {
      throw new IllegalArgumentException("statement " + id + " is not a JSON object: " + json);
    }
  }
}
