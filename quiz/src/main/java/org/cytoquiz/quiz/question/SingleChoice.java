package org.cytoquiz.quiz.question;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;

/**
 * One right option among three or more.
 *
 * @param header id, stem and what it tests
 * @param options the options, exactly one of them right
 */
public record SingleChoice(Header header, List<Option> options) implements Question {

  public SingleChoice {
    options = ImmutableList.copyOf(options);
    Choices.checkOptions(header.id(), options, 3);
    Choices.checkOneRight(header.id(), options);
  }

  @Override
  public SingleChoice shuffled(java.util.Random random) {
    java.util.List<Option> order = new java.util.ArrayList<>(options);
    java.util.Collections.shuffle(order, random);
    return new SingleChoice(header, order);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.SINGLE_CHOICE;
  }

  @Override
  public Response key() {
    return Choices.key(options);
  }

  @Override
  public void validate(Response response) {
    Choices.single("single-choice", options, response);
  }

  @Override
  public double fraction(Response response, Marking marking) {
    return Choices.singleFraction(options, Choices.single("single-choice", options, response), marking);
  }

  @Override
  public List<Feedback> feedback(Response response) {
    return List.of(Choices.single("single-choice", options, response).feedback());
  }
}
