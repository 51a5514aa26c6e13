package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cytoquiz.teaching.Marking;

/** What single-answer questions (single choice, scenario, true/false) share. */
final class Choices {

  private Choices() {}

  static void checkOptions(String id, List<Option> options, int minimum) {
    checkArgument(options.size() >= minimum, "question %s has %s options, needs %s", id, options.size(), minimum);
    Set<String> ids = new HashSet<>();
    Set<String> texts = new HashSet<>();
    for (Option option : options) {
      checkArgument(ids.add(option.id()), "question %s has option id %s twice", id, option.id());
      checkArgument(texts.add(option.text().strip().toLowerCase(java.util.Locale.ROOT)),
          "question %s has two options reading '%s'", id, option.text());
    }
  }

  static void checkOneRight(String id, List<Option> options) {
    long right = options.stream().filter(Option::correct).count();
    checkArgument(right == 1, "question %s has %s right options, needs exactly one", id, right);
  }

  static Response.Choice key(List<Option> options) {
    return new Response.Choice(options.stream().filter(Option::correct).map(Option::id).toList());
  }

  /** Checks a response that picks exactly one known option. */
  static Option single(String kind, List<Option> options, Response response) {
    if (!(response instanceof Response.Choice choice)) {
      throw new InvalidResponseException(
          "this is a " + kind + " question: answer with {\"selected\": [one option id]}");
    }
    if (choice.selected().isEmpty()) {
      throw new InvalidResponseException("no option selected: pick one");
    }
    if (choice.selected().size() > 1) {
      throw new InvalidResponseException("this is a " + kind + " question: pick exactly one option, not "
          + choice.selected().size());
    }
    return byId(options).apply(choice.selected().get(0));
  }

  /** Looks options up by id, refusing an id the question does not have. */
  static Function<String, Option> byId(List<Option> options) {
    Map<String, Option> map = options.stream().collect(Collectors.toMap(Option::id, o -> o));
    return id -> {
      Option option = map.get(id);
      if (option == null) {
        throw new InvalidResponseException("unknown option '" + id + "'; this question's options are "
            + String.join(", ", map.keySet().stream().sorted().toList()));
      }
      return option;
    };
  }

  static double singleFraction(List<Option> options, Option picked, Marking marking) {
    if (picked.correct()) {
      return 1;
    }
    return marking == Marking.NEGATIVE_MARKING ? -1.0 / (options.size() - 1) : 0;
  }
}
