package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;

/**
 * A statement to judge: the options are always {@value #TRUE} and {@value #FALSE}.
 *
 * @param header id, stem (which holds the statement) and what it tests
 * @param options the two options, {@value #TRUE} first
 */
public record TrueFalse(Header header, List<Option> options) implements Question {

  /** The id of the "true" option. */
  public static final String TRUE = "true";
  /** The id of the "false" option. */
  public static final String FALSE = "false";

  public TrueFalse {
    options = ImmutableList.copyOf(options);
    checkArgument(options.size() == 2 && options.get(0).id().equals(TRUE) && options.get(1).id().equals(FALSE),
        "question %s: a true/false question has the options true and false", header.id());
    Choices.checkOneRight(header.id(), options);
  }

  /** Whether the statement is true. */
  public boolean answer() {
    return options.get(0).correct();
  }

  /** True and false keep their order. */
  @Override
  public TrueFalse shuffled(java.util.Random random) {
    return this;
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.TRUE_FALSE;
  }

  @Override
  public Response key() {
    return Choices.key(options);
  }

  @Override
  public void validate(Response response) {
    Choices.single("true/false", options, response);
  }

  @Override
  public double fraction(Response response, Marking marking) {
    return Choices.singleFraction(options, Choices.single("true/false", options, response), marking);
  }

  @Override
  public List<Feedback> feedback(Response response) {
    return List.of(Choices.single("true/false", options, response).feedback());
  }
}
