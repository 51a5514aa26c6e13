package org.cytoquiz.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cytoquiz.web.live.Live.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import org.cytoquiz.web.app.TestApp;
import org.cytoquiz.web.store.Postgres;
import org.junit.jupiter.api.Test;

/**
 * Two web nodes on one PostgreSQL: the instructor on node A, participants on node B. Node B learns of each move
 * through PostgreSQL's LISTEN/NOTIFY and pushes it on its own event streams.
 */
class LiveTwoNodeTests {

  @Test
  void participantsOnOneNodeSeeEveryMoveTheInstructorMakesOnTheOther() {
    String url = Postgres.freshDatabase();
    try (TestApp a = TestApp.postgres(url); TestApp b = TestApp.postgres(url)) {
      Live.Client instructor = new Live.Client(a).signIn();
      JsonNode started = instructor.start("staff-practice", true);
      String id = started.path("sessionId").asText();
      Live.Client phones = new Live.Client(b);
      List<String> tokens = new ArrayList<>();
      List<BlockingQueue<String>> streams = new ArrayList<>();
      for (String name : List.of("Nurse A", "Nurse B", "Nurse C")) {
        String token = phones.join(started.path("joinCode").asText(), name);
        tokens.add(token);
        BlockingQueue<String> events = phones.events(id, token);
        Live.awaitState(events, 0);
        streams.add(events);
      }
      long revision = 0;
      for (String move : List.of("open", "close", "second-vote", "close", "reveal", "next")) {
        JsonNode after = instructor.moved(id, move);
        revision++;
        assertThat(after.path("revision").asLong()).isEqualTo(revision);
        for (BlockingQueue<String> events : streams) {
          JsonNode pushed = Live.awaitState(events, revision);
          assertThat(pushed.path("phase").asText()).isEqualTo(after.path("phase").asText());
          assertThat(pushed.path("vote").asInt()).isEqualTo(after.path("vote").asInt());
        }
        if (move.equals("open") || move.equals("second-vote")) {
          int vote = after.path("vote").asInt();
          JsonNode question = parse(phones.state(id, tokens.get(0)).body()).path("question");
          for (String token : tokens) {
            assertThat(phones.answer(id, token, 1, vote, Live.response(question, 0)).statusCode()).isEqualTo(200);
          }
          assertThat(parse(instructor.get("/api/v1/instructor/live/" + id).body()).path("answered").asInt())
              .isEqualTo(3);
        }
      }
      JsonNode ended = instructor.moved(id, "end");
      assertThat(Live.awaitState(streams.get(0), ended.path("revision").asLong()).path("phase").asText())
          .isEqualTo("ended");
      JsonNode report = parse(instructor.get("/api/v1/instructor/live/" + id + "/report").body());
      assertThat(report.path("questions").get(0).path("secondAnswers").asInt()).isEqualTo(3);
    }
  }
}
