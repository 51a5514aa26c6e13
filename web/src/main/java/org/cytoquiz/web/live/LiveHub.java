package org.cytoquiz.web.live;

import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Server-Sent Event streams this node holds, by session, and what is pushed on them. It keeps no state of a
 * session beyond the revision it last pushed: told of a move this node made, it pushes the state the move stored
 * without reading it back; told that a session changed by a PostgreSQL notification (any node's move) it reads the
 * session from the database once. Either way the event is encoded once and the same bytes are written to every
 * stream, and a state no newer than one already pushed is not pushed again. Participants get
 * only the state ({@code state} events: phase, question number, vote, revision; never a key); instructors also
 * get {@code answers} events with the count and distribution, at most every {@value #ANSWER_PUSH_MILLIS} ms.
 */
public final class LiveHub implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

  /** How often answer counts are pushed to projectors while answers arrive. */
  public static final long ANSWER_PUSH_MILLIS = 200;
  /** How often an idle stream gets a comment, so proxies and phones keep it open and dead ones are found. */
  public static final long PING_SECONDS = 15;

  /** A stream: the client and whether it is the instructor's. */
  private record Stream(SseClient client, boolean instructor) {}

  private final Map<String, Set<Stream>> streams = new ConcurrentHashMap<>();
  /** The revision of the state last pushed to each session's streams (set on the push thread). */
  private final Map<String, Long> pushed = new ConcurrentHashMap<>();
  private final Set<String> answered = ConcurrentHashMap.newKeySet();
  private final Function<String, Optional<String>> stateJson;
  private final Function<String, Optional<String>> answersJson;
  private final ExecutorService pushes = Executors.newSingleThreadExecutor(r -> daemon(r, "live-push"));
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
      r -> daemon(r, "live-timer"));

  /**
   * A hub pushing {@code stateJson(sessionId)} as {@code state} events and {@code answersJson(sessionId)} as
   * {@code answers} events (to instructors); each gives empty when the session is gone.
   */
  public LiveHub(Function<String, Optional<String>> stateJson, Function<String, Optional<String>> answersJson) {
    this.stateJson = stateJson;
    this.answersJson = answersJson;
    timer.scheduleWithFixedDelay(this::flushAnswers, ANSWER_PUSH_MILLIS, ANSWER_PUSH_MILLIS, TimeUnit.MILLISECONDS);
    timer.scheduleWithFixedDelay(this::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /**
   * Holds {@code client} open as a stream of session {@code sessionId} and sends it the current state at once, so a
   * reconnecting phone resumes where the session is (whatever Last-Event-ID it sends).
   */
  public void add(String sessionId, SseClient client, boolean instructor) {
    Stream stream = new Stream(client, instructor);
    client.onClose(() -> remove(sessionId, stream));
    streams.computeIfAbsent(sessionId, s -> new CopyOnWriteArraySet<>()).add(stream);
    client.keepAlive();
    // Sent from the push thread, in order with the pushes of moves, so a stream never sees an older state last.
    pushes.execute(() -> {
      try {
        stateJson.apply(sessionId).ifPresent(json -> send(stream, "state", json, revisionOf(json)));
        if (instructor) {
          answersJson.apply(sessionId).ifPresent(json -> send(stream, "answers", json, null));
        }
      } catch (RuntimeException e) {
        LOG.warn("could not send the state of live session {} to a new stream", sessionId, e);
      }
    });
  }

  private void remove(String sessionId, Stream stream) {
    streams.computeIfPresent(sessionId, (id, set) -> {
      set.remove(stream);
      if (set.isEmpty()) {
        // forgotten with the last stream; a stream that comes later gets the state read afresh when it connects
        pushed.remove(id);
        return null;
      }
      return set;
    });
  }

  /**
   * Pushes {@code stateJson}, the state a move on this node has just stored in session {@code sessionId}, to the
   * session's streams here, without reading it back (the reveal's path: one encoding, the same bytes to every
   * stream). Runs on the hub's own thread, in order with the other pushes.
   */
  public void moved(String sessionId, String stateJson) {
    if (!streams.containsKey(sessionId)) {
      return;
    }
    pushes.execute(() -> {
      try {
        pushState(sessionId, stateJson);
      } catch (RuntimeException e) {
        LOG.warn("could not push the state of live session {}", sessionId, e);
      }
    });
  }

  /** How many streams this node holds for a session. */
  public int streams(String sessionId) {
    Set<Stream> set = streams.get(sessionId);
    return set == null ? 0 : set.size();
  }

  /** Says that session {@code sessionId} changed; pushes run on the hub's own thread, in order. */
  public void changed(String sessionId, LiveStore.Change change) {
    if (!streams.containsKey(sessionId)) {
      return;
    }
    if (change == LiveStore.Change.MOVE) {
      pushes.execute(() -> pushState(sessionId));
    } else {
      answered.add(sessionId);
    }
  }

  /** Pushes the state of every session with streams here again (after a lost notification connection). */
  public void resync() {
    for (String id : streams.keySet()) {
      pushes.execute(() -> pushState(id));
    }
  }

  private void pushState(String sessionId) {
    try {
      if (streams.containsKey(sessionId)) {
        stateJson.apply(sessionId).ifPresent(json -> pushState(sessionId, json));
      }
    } catch (RuntimeException e) {
      LOG.warn("could not push the state of live session {}", sessionId, e);
    }
  }

  /** Writes the state event {@code json} to every stream of the session, unless a newer or equal one went out. */
  private void pushState(String sessionId, String json) {
    Set<Stream> set = streams.get(sessionId);
    if (set == null) {
      return;
    }
    String id = revisionOf(json);
    long revision = id == null ? -1 : Long.parseLong(id);
    Long last = pushed.get(sessionId);
    if (last != null && revision <= last) {
      return; // a phone that reloads on this revision has it already, and an older one must not come last
    }
    pushed.put(sessionId, revision);
    byte[] frame = frame("state", json, id);
    for (Stream s : set) {
      write(s, frame);
    }
    answered.add(sessionId); // a move resets the counts on projectors
  }

  private void flushAnswers() {
    for (String sessionId : answered) {
      answered.remove(sessionId);
      pushes.execute(() -> {
        try {
          Set<Stream> set = streams.get(sessionId);
          if (set == null || set.stream().noneMatch(Stream::instructor)) {
            return;
          }
          answersJson.apply(sessionId).ifPresent(json -> {
            byte[] frame = frame("answers", json, null);
            set.stream().filter(Stream::instructor).forEach(s -> write(s, frame));
          });
        } catch (RuntimeException e) {
          LOG.warn("could not push the answers of live session {}", sessionId, e);
        }
      });
    }
  }

  private void ping() {
    pushes.execute(() -> streams.values().forEach(set -> set.forEach(s -> {
      synchronized (s) {
        if (!s.client().terminated()) {
          s.client().sendComment("ping");
        }
      }
    })));
  }

  private static void send(Stream stream, String event, String json, String id) {
    synchronized (stream) {
      if (stream.client().terminated()) {
        return;
      }
      if (id == null) {
        stream.client().sendEvent(event, json);
      } else {
        stream.client().sendEvent(event, json, id);
      }
    }
  }

  /**
   * One event as it goes on the wire, encoded once for all streams: the id line (if any), the event line and the
   * data line (our JSON has no line breaks), and the blank line that ends it.
   */
  static byte[] frame(String event, String json, String id) {
    if (json.indexOf('\n') >= 0 || json.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("an event's data is one line of JSON");
    }
    String text = (id == null ? "" : "id: " + id + "\n") + "event: " + event + "\ndata: " + json + "\n\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes an encoded event to a stream and flushes it; a stream that fails is closed (the phone reconnects). */
  private static void write(Stream stream, byte[] frame) {
    synchronized (stream) {
      SseClient client = stream.client();
      if (client.terminated()) {
        return;
      }
      try {
        client.ctx().res().getOutputStream().write(frame);
        client.ctx().res().flushBuffer();
      } catch (IOException | RuntimeException e) {
        client.close();
      }
    }
  }

  /** The {@code revision} field of a state's JSON, used as the event id. */
  private static String revisionOf(String json) {
    int at = json.indexOf("\"revision\":");
    if (at < 0) {
      return null;
    }
    int start = at + "\"revision\":".length();
    int end = start;
    while (end < json.length() && Character.isDigit(json.charAt(end))) {
      end++;
    }
    return json.substring(start, end);
  }

  @Override
  public void close() {
    timer.shutdownNow();
    pushes.shutdownNow();
    streams.values().forEach(set -> set.forEach(s -> s.client().close()));
    streams.clear();
  }
}
