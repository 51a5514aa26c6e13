package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Header;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;

/** Collects the pairs of a matching question, with what each pair tests and where it is said. */
final class MatchingBuilder {

  private final List<Item> left = new ArrayList<>();
  private final List<Item> right = new ArrayList<>();
  private final Map<String, String> answer = new LinkedHashMap<>();
  private final Map<String, Feedback> feedback = new LinkedHashMap<>();
  private final List<Claim> tests = new ArrayList<>();
  private final List<SourceRef> sources = new ArrayList<>();

  /** Adds one pair: the left item, its right partner, the explanation and the fact it tests. */
  MatchingBuilder pair(Item leftItem, Item rightItem, Feedback why, Claim test) {
    left.add(leftItem);
    right.add(rightItem);
    answer.put(leftItem.id(), rightItem.id());
    feedback.put(leftItem.id(), why);
    tests.add(test);
    sources.add(why.source());
    return this;
  }

  /**
   * Adds a right-hand item that pairs with no left item, so the last pair does not follow by elimination.
   *
   * @throws IllegalArgumentException if an item with this id is already on the right
   */
  MatchingBuilder spare(Item rightItem) {
    if (right.stream().anyMatch(r -> r.id().equals(rightItem.id()))) {
      throw new IllegalArgumentException("right item " + rightItem.id() + " is already paired");
    }
    right.add(rightItem);
    return this;
  }

  /** What the question tests so far. */
  List<Claim> tests() {
    return tests;
  }

  /** Where the article says it. */
  List<SourceRef> sources() {
    return sources;
  }

  /** The question, its right-hand items shuffled deterministically from its id. */
  Matching build(Header header) {
    return new Matching(header, left, RelationQuestions.shuffled(right, header.id()), answer, feedback);
  }
}
