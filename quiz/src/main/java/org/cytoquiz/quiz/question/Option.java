package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One choice of a choice question.
 *
 * @param id the option's id, unique within its question
 * @param text what the learner reads
 * @param correct whether the model makes this option right
 * @param claims what choosing the option asserts, as "subject relation object" statements (or
 *     "definition term-id meaning-id"), so that anyone can check its key against the model
 * @param feedback why it is right or wrong
 */
public record Option(String id, String text, boolean correct, List<String> claims, Feedback feedback) {

  public Option {
    checkNotNull(id, "id");
    checkArgument(!id.isBlank(), "blank option id");
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "option %s has blank text", id);
    claims = ImmutableList.copyOf(claims);
    checkArgument(!claims.isEmpty(), "option %s makes no claim", id);
    checkNotNull(feedback, "feedback");
  }

  /** The same option under another id (such as an opaque one that does not name what the option stands for). */
  public Option withId(String newId) {
    return new Option(newId, text, correct, claims, feedback);
  }
}
