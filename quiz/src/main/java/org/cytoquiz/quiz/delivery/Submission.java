package org.cytoquiz.quiz.delivery;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.cytoquiz.quiz.scoring.AttemptResult;
import org.cytoquiz.quiz.scoring.ScoringPolicy;

/**
 * The marks of a submitted attempt, fixed at the moment of submission: the one source of every results view.
 *
 * @param submitted when the attempt was submitted
 * @param policy the marking policy the marks were given under
 * @param result the marks per question (in form order) and in total, with the pass mark
 */
public record Submission(Instant submitted, ScoringPolicy policy, AttemptResult result) {

  public Submission {
    checkNotNull(submitted, "submitted");
    checkNotNull(policy, "policy");
    checkNotNull(result, "result");
  }
}
