package org.cytoquiz.teaching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;

/**
 * A question written by a course author, such as a clinical scenario. Its options rest on statements the
 * model judges, so it is checked like a generated question.
 *
 * @param id the question's stable id
 * @param kind single choice, multiple response or scenario
 * @param audiences who it suits
 * @param difficulty how hard it is
 * @param topic the topic's id
 * @param stem the question in both wordings
 * @param options its options
 */
public record AuthoredQuestion(
    String id,
    QuestionKind kind,
    Set<Audience> audiences,
    Difficulty difficulty,
    String topic,
    Wording stem,
    List<AuthoredOption> options) {

  /** The kinds an author can write: those whose options are claims about the model. */
  public static final Set<QuestionKind> KINDS =
      Sets.immutableEnumSet(EnumSet.of(QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_RESPONSE,
          QuestionKind.SCENARIO));

  public AuthoredQuestion {
    id = EntityId.of(id).value();
    checkArgument(KINDS.contains(kind), "question %s: kind %s cannot be authored", id, kind);
    checkArgument(!audiences.isEmpty(), "question %s suits no audience", id);
    audiences = Sets.immutableEnumSet(audiences);
    checkNotNull(difficulty, "difficulty");
    checkNotNull(topic, "topic");
    checkNotNull(stem, "stem");
    options = ImmutableList.copyOf(options);
    checkArgument(options.size() >= 2, "question %s has fewer than two options", id);
    Set<String> ids = new HashSet<>();
    for (AuthoredOption option : options) {
      checkArgument(ids.add(option.id()), "question %s has option %s twice", id, option.id());
    }
  }
}
