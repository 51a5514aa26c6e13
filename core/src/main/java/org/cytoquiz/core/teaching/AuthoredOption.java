package org.cytoquiz.core.teaching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;

/**
 * One option of a hand-authored question. Whether it is right is not written by the author but decided by
 * the model: right when every statement is true, wrong when one is false.
 *
 * @param id the option's id within its question
 * @param text the option in both wordings
 * @param statements the claims the option makes
 * @param expected whether the author meant the option to be right, if stated; checked against the model
 * @param feedback the author's explanation, if any; otherwise the statements explain it
 */
public record AuthoredOption(
    String id, Wording text, List<Statement> statements, Optional<Boolean> expected, Optional<Wording> feedback) {

  public AuthoredOption {
    id = EntityId.of(id).value();
    checkNotNull(text, "text of option %s", id);
    statements = ImmutableList.copyOf(statements);
    checkArgument(!statements.isEmpty(), "option %s rests on no statement", id);
    checkNotNull(expected, "expected of option %s", id);
    checkNotNull(feedback, "feedback of option %s", id);
  }
}
