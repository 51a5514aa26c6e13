package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cytoquiz.core.source.SourceRef;

/**
 * An explanation a learner can teach back: whether the answer it explains is right (the verdict, kept apart
 * from the words so that pages style or translate it), why, which true facts the explanation states, and where
 * the article says so. Feedback on a wrong answer states the true fact that rules the answer out, not only
 * that the answer is false.
 *
 * @param verdict right, partly right or wrong
 * @param text the explanation, in the question's audience wording, without the verdict
 * @param facts the true facts the explanation states, as typed claims (empty only where none can be named,
 *     such as hand-made test questions)
 * @param source where the article backs it
 */
public record Feedback(Verdict verdict, String text, List<Claim> facts, SourceRef source) {

  public Feedback {
    checkNotNull(verdict, "verdict");
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "blank feedback");
    facts = ImmutableList.copyOf(facts);
    checkNotNull(source, "source");
  }

  /** Feedback that names no typed fact, such as on a hand-made question. */
  public static Feedback of(Verdict verdict, String text, SourceRef source) {
    return new Feedback(verdict, text, List.of(), source);
  }

  /** The same explanation with another verdict, such as for a pair a learner matched wrongly. */
  public Feedback withVerdict(Verdict other) {
    return new Feedback(other, text, facts, source);
  }
}
