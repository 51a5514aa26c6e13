package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.source.SourceRef;

/**
 * An explanation a learner can teach back: why an answer is right or wrong, and where the article says so.
 *
 * @param text the explanation, in the question's audience wording
 * @param source where the article backs it
 */
public record Feedback(String text, SourceRef source) {

  public Feedback {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "blank feedback");
    checkNotNull(source, "source");
  }
}
