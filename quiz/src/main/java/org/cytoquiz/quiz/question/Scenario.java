package org.cytoquiz.quiz.question;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;

/**
 * A clinical situation with one right option among three or more, for staff.
 *
 * @param header id, stem and what it tests
 * @param options the options, exactly one of them right
 */
public record Scenario(Header header, List<Option> options) implements Question {

  public Scenario {
    options = ImmutableList.copyOf(options);
    Choices.checkOptions(header.id(), options, 3);
    Choices.checkOneRight(header.id(), options);
  }

  @Override
  public Scenario shuffled(java.util.Random random) {
    java.util.List<Option> order = new java.util.ArrayList<>(options);
    java.util.Collections.shuffle(order, random);
    return new Scenario(header, order);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.SCENARIO;
  }

  @Override
  public Response key() {
    return Choices.key(options);
  }

  @Override
  public void validate(Response response) {
    Choices.single("scenario", options, response);
  }

  @Override
  public double fraction(Response response, Marking marking) {
    return Choices.singleFraction(options, Choices.single("scenario", options, response), marking);
  }

  @Override
  public List<Feedback> feedback(Response response) {
    return List.of(Choices.single("scenario", options, response).feedback());
  }
}
