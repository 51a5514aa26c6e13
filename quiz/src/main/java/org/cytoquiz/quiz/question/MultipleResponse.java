package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;

/**
 * Any number of right options among three or more; the learner picks every right one.
 *
 * @param header id, stem and what it tests
 * @param options the options, at least one right and one wrong
 */
public record MultipleResponse(Header header, List<Option> options) implements Question {

  public MultipleResponse {
    options = ImmutableList.copyOf(options);
    Choices.checkOptions(header.id(), options, 3);
    long right = options.stream().filter(Option::correct).count();
    checkArgument(right >= 1 && right < options.size(),
        "question %s needs at least one right and one wrong option", header.id());
  }

  @Override
  public MultipleResponse shuffled(java.util.Random random) {
    java.util.List<Option> order = new java.util.ArrayList<>(options);
    java.util.Collections.shuffle(order, random);
    return new MultipleResponse(header, order);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.MULTIPLE_RESPONSE;
  }

  @Override
  public Response key() {
    return Choices.key(options);
  }

  @Override
  public void validate(Response response) {
    picked(response);
  }

  private Set<Option> picked(Response response) {
    if (!(response instanceof Response.Choice choice)) {
      throw new InvalidResponseException(
          "this is a multiple-response question: answer with {\"selected\": [option ids]}");
    }
    if (choice.selected().isEmpty()) {
      throw new InvalidResponseException("no option selected: pick every option you think is right");
    }
    Function<String, Option> byId = Choices.byId(options);
    Set<Option> picked = new HashSet<>();
    for (String id : choice.selected()) {
      picked.add(byId.apply(id));
    }
    return picked;
  }

  /**
   * Partial credit as Moodle gives it: each right option picked earns 1/(right options), each wrong option
   * picked costs 1/(wrong options), clamped to [0, 1]. Every decision counts: the share of options picked or
   * left correctly. All or nothing: 1 only for exactly the right set.
   */
  @Override
  public double fraction(Response response, Marking marking) {
    Set<Option> picked = picked(response);
    long rights = options.stream().filter(Option::correct).count();
    long wrongs = options.size() - rights;
    return switch (marking) {
      case ALL_OR_NOTHING -> picked.equals(Set.copyOf(options.stream().filter(Option::correct).toList())) ? 1 : 0;
      case EVERY_DECISION_COUNTS -> (double) options.stream()
          .filter(o -> picked.contains(o) == o.correct()).count() / options.size();
      case PARTIAL_CREDIT, NEGATIVE_MARKING -> {
        double sum = 0;
        for (Option o : picked) {
          sum += o.correct() ? 1.0 / rights : -1.0 / wrongs;
        }
        yield Math.max(0, Math.min(1, sum));
      }
    };
  }

  @Override
  public List<Feedback> feedback(Response response) {
    Set<Option> picked = picked(response);
    return options.stream().filter(picked::contains).map(Option::feedback).toList();
  }
}
