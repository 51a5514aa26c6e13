package org.cytoquiz.quiz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.TestModels;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Header;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.SingleChoice;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.Verdict;

/** Small questions built by hand, so scores can be worked out on paper. */
public final class HandMade {

  private HandMade() {}

  public static final Feedback FEEDBACK = Feedback.of(Verdict.RIGHT, "Because the article says so.",
      TestModels.ref(TestModels.CARE, 1));

  public static Header header(String id) {
    return new Header(id, Audience.STAFF, "topic", Difficulty.RECALL, "Stem of " + id + "?",
        List.of(Claim.of(EntityId.of(id), "fact", EntityId.of("topic"))), List.of(TestModels.ref(TestModels.CARE, 1)));
  }

  /** Options a..n; the first {@code right} of them right. */
  public static List<Option> options(int count, int right) {
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.valueOf((char) ('a' + i));
      options.add(new Option(id, "Option " + id, i < right, List.of(Claim.of(EntityId.of("claim"), "option", EntityId.of(id))), FEEDBACK));
    }
    return options;
  }

  /** A single choice with four options, "a" right. */
  public static SingleChoice singleChoice(String id) {
    return new SingleChoice(header(id), options(4, 1));
  }

  /** A multiple response with four options, "a" and "b" right. */
  public static MultipleResponse multipleResponse(String id) {
    return new MultipleResponse(header(id), options(4, 2));
  }

  /** Four pairs: l1-r1 ... l4-r4. */
  public static Matching matching(String id) {
    List<Item> left = new ArrayList<>();
    List<Item> right = new ArrayList<>();
    Map<String, String> answer = new LinkedHashMap<>();
    Map<String, Feedback> feedback = new LinkedHashMap<>();
    for (int i = 1; i <= 4; i++) {
      left.add(new Item("l" + i, "Left " + i));
      right.add(new Item("r" + i, "Right " + i));
      answer.put("l" + i, "r" + i);
      feedback.put("l" + i, FEEDBACK);
    }
    return new Matching(header(id), left, right, answer, feedback);
  }

  /** Accepts IL-2 and its usual spellings. */
  public static TextEntry textEntry(String id) {
    return new TextEntry(header(id), List.of("interleukin-2", "IL-2", "interleukin two"), FEEDBACK, FEEDBACK);
  }
}
