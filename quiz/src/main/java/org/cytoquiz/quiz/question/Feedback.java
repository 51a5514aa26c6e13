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
 * @param sources where the article backs it: every paragraph the explanation draws on, without repeats, the
 *     main one first; never empty
 */
public record Feedback(Verdict verdict, String text, List<Claim> facts, List<SourceRef> sources) {

  /**
   * Checks the parts and copies the lists.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if {@code text} is blank, or {@code sources} is empty or repeats a paragraph
   */
  public Feedback {
    checkNotNull(verdict, "verdict");
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "blank feedback");
    facts = ImmutableList.copyOf(facts);
    sources = ImmutableList.copyOf(sources);
    checkArgument(!sources.isEmpty(), "feedback without a source");
    checkArgument(sources.stream().distinct().count() == sources.size(), "a source repeated: %s", sources);
  }

  /**
   * Feedback backed by one paragraph.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public Feedback(Verdict verdict, String text, List<Claim> facts, SourceRef source) {
    this(verdict, text, facts, List.of(checkNotNull(source, "source")));
  }

  /** The main paragraph that backs the explanation (the first of {@link #sources()}). */
  public SourceRef source() {
    return sources.get(0);
  }

  /**
   * Every source as a reader follows it, joined by "; ", such as
   * {@code "How are cytokines taken?", paragraph 2; "What do cytokines treat?", paragraph 6}.
   */
  public String citation() {
    return String.join("; ", sources.stream().map(SourceRef::citation).toList());
  }

  /** Feedback that names no typed fact, such as on a hand-made question. */
  public static Feedback of(Verdict verdict, String text, SourceRef source) {
    return new Feedback(verdict, text, List.of(), source);
  }

  /** The same explanation with another verdict, such as for a pair a learner matched wrongly. */
  public Feedback withVerdict(Verdict other) {
    return new Feedback(other, text, facts, sources);
  }
}
