package org.cytoquiz.quiz.generate;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Scenario;
import org.cytoquiz.quiz.question.SingleChoice;

/**
 * Gives the options and matching items of a generated question ids that say nothing about what they stand for.
 *
 * <p>Generators name an option after its entity ("high-dose-il2"), so a definition or matching question whose
 * two sides share entities could be answered by pairing equal ids, and any option id could name its entity to a
 * learner who reads the page source or the JSON. Every id a learner receives is therefore replaced by a letter
 * ("o" for an option, "l" and "r" for the two sides of a matching question) and eight hexadecimal digits of a
 * SHA-256 hash of the question id, the side and the generator's id: stable for the same content, the same in
 * JSON, pages and exports, and unrelated between the two sides. True/false options keep "true" and "false",
 * which reveal nothing.
 */
final class OpaqueIds {

  private OpaqueIds() {}

  /**
   * The question with opaque option and item ids; its key, feedback and claims are unchanged.
   *
   * @throws IllegalStateException in the (astronomically unlikely) case that two ids of one question hash alike
   */
  static Question of(Question question) {
    String id = question.id();
    if (question instanceof SingleChoice q) {
      return new SingleChoice(q.header(), options(id, q.options()));
    }
    if (question instanceof Scenario q) {
      return new Scenario(q.header(), options(id, q.options()));
    }
    if (question instanceof MultipleResponse q) {
      return new MultipleResponse(q.header(), options(id, q.options()));
    }
    if (question instanceof Matching q) {
      return matching(q);
    }
    // True/false options are "true" and "false"; a text entry has no options.
    return question;
  }

  /** The opaque id for what a generator called {@code original} on side {@code side} of question {@code questionId}. */
  static String id(String questionId, String side, String original) {
    String hash = Hashing.sha256()
        .hashString(questionId + "\u0000" + side + "\u0000" + original, StandardCharsets.UTF_8).toString();
    return side + hash.substring(0, 8);
  }

  private static List<Option> options(String questionId, List<Option> options) {
    Set<String> seen = new HashSet<>();
    return options.stream().map(o -> o.withId(unique(seen, id(questionId, "o", o.id()), questionId))).toList();
  }

  private static Matching matching(Matching q) {
    Map<String, String> left = renamed(q.id(), "l", q.left());
    Map<String, String> right = renamed(q.id(), "r", q.right());
    Map<String, String> answer = new LinkedHashMap<>();
    Map<String, Feedback> feedback = new LinkedHashMap<>();
    q.answer().forEach((l, r) -> answer.put(left.get(l), right.get(r)));
    q.feedback().forEach((l, f) -> feedback.put(left.get(l), f));
    return new Matching(q.header(),
        q.left().stream().map(i -> new Item(left.get(i.id()), i.text())).toList(),
        q.right().stream().map(i -> new Item(right.get(i.id()), i.text())).toList(),
        answer, feedback);
  }

  private static Map<String, String> renamed(String questionId, String side, List<Item> items) {
    Set<String> seen = new HashSet<>();
    Map<String, String> names = new HashMap<>();
    for (Item item : items) {
      names.put(item.id(), unique(seen, id(questionId, side, item.id()), questionId));
    }
    return names;
  }

  private static String unique(Set<String> seen, String id, String questionId) {
    if (!seen.add(id)) {
      throw new IllegalStateException("question " + questionId + ": two opaque ids hash to " + id);
    }
    return id;
  }
}
