package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;

/**
 * A short typed answer, accepted in any of its listed forms and regardless of case, spacing, hyphens and
 * punctuation (see {@link TextAnswers}).
 *
 * @param header id, stem and what it tests
 * @param accepted the accepted answers, the preferred form first
 * @param right the feedback for an accepted answer
 * @param wrong the feedback for any other answer
 */
public record TextEntry(Header header, List<String> accepted, Feedback right, Feedback wrong)
    implements Question {

  public TextEntry {
    accepted = ImmutableList.copyOf(accepted);
    checkArgument(!accepted.isEmpty(), "question %s accepts no answer", header.id());
    checkNotNull(right, "right");
    checkNotNull(wrong, "wrong");
  }

  /** A text entry has nothing to reorder. */
  @Override
  public TextEntry shuffled(java.util.Random random) {
    return this;
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.TEXT_ENTRY;
  }

  @Override
  public Response key() {
    return new Response.Text(accepted.get(0));
  }

  @Override
  public void validate(Response response) {
    text(response);
  }

  private String text(Response response) {
    if (!(response instanceof Response.Text text)) {
      throw new InvalidResponseException("this is a text-entry question: answer with {\"text\": \"...\"}");
    }
    if (text.text().isBlank()) {
      throw new InvalidResponseException("the answer is empty: type a word or name");
    }
    if (text.text().length() > 500) {
      throw new InvalidResponseException("the answer is longer than 500 characters");
    }
    return text.text();
  }

  /** Whether {@code text} is one of the accepted answers. */
  public boolean accepts(String text) {
    return accepted.stream().anyMatch(a -> TextAnswers.matches(text, a));
  }

  @Override
  public double fraction(Response response, Marking marking) {
    return accepts(text(response)) ? 1 : 0;
  }

  @Override
  public List<Feedback> feedback(Response response) {
    return List.of(accepts(text(response)) ? right : wrong);
  }
}
