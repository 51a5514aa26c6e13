package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.teaching.Difficulty;

/**
 * What every question has besides its answers.
 *
 * @param id the stable id: the same content always yields the same id
 * @param audience who the wording is for
 * @param topic the topic's id
 * @param difficulty how hard it is
 * @param stem the question as the learner reads it
 * @param tests the facts whose knowledge the question checks, as typed claims whose {@code holds} is what the
 *     key says of each; two questions of one quiz never share one
 * @param sources where the article says what the key rests on
 */
public record Header(
    String id, Audience audience, String topic, Difficulty difficulty, String stem, List<Claim> tests,
    List<SourceRef> sources) {

  public Header {
    checkNotNull(id, "id");
    checkNotNull(audience, "audience");
    checkNotNull(topic, "topic");
    checkNotNull(difficulty, "difficulty");
    checkNotNull(stem, "stem");
    checkArgument(!stem.isBlank(), "question %s has a blank stem", id);
    tests = ImmutableList.copyOf(tests);
    checkArgument(!tests.isEmpty(), "question %s tests no fact", id);
    sources = ImmutableList.copyOf(sources.stream().distinct().toList());
    checkArgument(!sources.isEmpty(), "question %s cites no source", id);
  }
}
