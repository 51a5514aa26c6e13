package org.cytoquiz.quiz.question;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;

/**
 * Items on the left, each matched to one item on the right (such as generic name to brand name).
 *
 * @param header id, stem and what it tests
 * @param left the items to match, at least three
 * @param right the items to match them to
 * @param answer each left item's id to its right item's id
 * @param feedback each left item's id to the explanation of its right pair; {@link #feedback(Response)} gives it
 *     the verdict on the pair the learner made
 */
public record Matching(
    Header header, List<Item> left, List<Item> right, Map<String, String> answer, Map<String, Feedback> feedback)
    implements Question {

  public Matching {
    left = ImmutableList.copyOf(left);
    right = ImmutableList.copyOf(right);
    answer = ImmutableMap.copyOf(answer);
    feedback = ImmutableMap.copyOf(feedback);
    checkArgument(left.size() >= 3, "question %s matches fewer than three items", header.id());
    Set<String> leftIds = ids(left);
    Set<String> rightIds = ids(right);
    checkArgument(answer.keySet().equals(leftIds), "question %s: the key must pair every left item", header.id());
    checkArgument(rightIds.containsAll(answer.values()), "question %s: the key names unknown right items", header.id());
    checkArgument(feedback.keySet().equals(leftIds), "question %s: every pair needs feedback", header.id());
  }

  private static Set<String> ids(List<Item> items) {
    Set<String> ids = new HashSet<>();
    for (Item item : items) {
      checkArgument(ids.add(item.id()), "item id %s twice", item.id());
    }
    return ids;
  }

  /** The left items keep their order; the right items are reordered. */
  @Override
  public Matching shuffled(java.util.Random random) {
    List<Item> order = new java.util.ArrayList<>(right);
    java.util.Collections.shuffle(order, random);
    return new Matching(header, left, order, answer, feedback);
  }

  @Override
  public QuestionKind kind() {
    return QuestionKind.MATCHING;
  }

  @Override
  public Response key() {
    return new Response.Pairs(answer);
  }

  @Override
  public void validate(Response response) {
    pairs(response);
  }

  private Map<String, String> pairs(Response response) {
    if (!(response instanceof Response.Pairs pairs)) {
      throw new InvalidResponseException(
          "this is a matching question: answer with {\"pairs\": {leftId: rightId, ...}}");
    }
    if (pairs.pairs().isEmpty()) {
      throw new InvalidResponseException("no pairs given: match at least one item");
    }
    Set<String> rightIds = ids(right);
    for (Map.Entry<String, String> pair : pairs.pairs().entrySet()) {
      if (!answer.containsKey(pair.getKey())) {
        throw new InvalidResponseException("unknown left item '" + pair.getKey() + "'");
      }
      if (!rightIds.contains(pair.getValue())) {
        throw new InvalidResponseException("unknown right item '" + pair.getValue() + "'");
      }
    }
    return pairs.pairs();
  }

  /** Each pair counts equally (all or nothing: every pair must be right). */
  @Override
  public double fraction(Response response, Marking marking) {
    Map<String, String> pairs = pairs(response);
    long matched = answer.entrySet().stream().filter(e -> e.getValue().equals(pairs.get(e.getKey()))).count();
    if (marking == Marking.ALL_OR_NOTHING) {
      return matched == answer.size() ? 1 : 0;
    }
    return (double) matched / answer.size();
  }

  @Override
  public List<Feedback> feedback(Response response) {
    Map<String, String> pairs = pairs(response);
    return left.stream().filter(i -> pairs.containsKey(i.id()))
        .map(i -> feedback.get(i.id()).withVerdict(
            answer.get(i.id()).equals(pairs.get(i.id())) ? Verdict.RIGHT : Verdict.WRONG))
        .toList();
  }
}
