package org.cytoquiz.teaching;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Truth;

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

  /**
   * Whether the option is right by the model: TRUE when every statement is true, FALSE when one is false,
   * UNKNOWN otherwise.
   *
   * @param kb the model to ask; not null
   * @return the option's truth
   * @throws NullPointerException if {@code kb} is null
   * @throws org.cytoquiz.core.UnknownEntityException if a statement names a relation or entity the model lacks
   */
  public Truth truth(KnowledgeBase kb) {
    java.util.Objects.requireNonNull(kb, "kb");
    boolean allTrue = true;
    for (Statement statement : statements) {
      Truth truth = statement.truth(kb);
      if (truth == Truth.FALSE) {
        return Truth.FALSE;
      }
      allTrue &= truth == Truth.TRUE;
    }
    return allTrue ? Truth.TRUE : Truth.UNKNOWN;
  }
}
