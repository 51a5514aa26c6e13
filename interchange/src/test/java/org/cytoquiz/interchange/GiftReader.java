package org.cytoquiz.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads GIFT back through the third-party parser (the kit's {@code gift-check.sh --json}, gift-pegjs) into plain
 * values to compare with what was exported: the parser is lenient, so only values tell whether GIFT kept them.
 */
final class GiftReader {

  /** One question as GIFT carries it. */
  record GiftQuestion(String type, String title, String stem, List<GiftAnswer> answers, String generalFeedback) {}

  /**
   * One answer: its text (for matching, {@code "left -> right"}), its credit in percent rounded to 4 decimals, and
   * its feedback (null when none). A true/false question has the answers {@code wrong} and {@code right}, with
   * the feedback GIFT shows for each (the first and second feedback of the question).
   */
  record GiftAnswer(String text, BigDecimal percent, String feedback) {}

  private static final ObjectMapper JSON = new ObjectMapper();

  private GiftReader() {}

  /** A credit (1 = full) as a percentage rounded to 4 decimals, for comparisons. */
  static BigDecimal percent(double credit) {
    return BigDecimal.valueOf(credit * 100).setScale(4, RoundingMode.HALF_EVEN);
  }

  /** The questions of {@code gift} (category lines left out), as the parser reads them. */
  static List<GiftQuestion> parse(byte[] gift, Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Files.write(file, gift);
    Validators.Run run = Validators.run("gift-check.sh", List.of("--json", file.toAbsolutePath().toString()));
    assertThat(run.exitCode()).as(run.output()).isZero();
    int end = run.output().indexOf("\n]");
    assertThat(end).as(run.output()).isPositive();
    JsonNode items = JSON.readTree(run.output().substring(0, end + 2));
    List<GiftQuestion> questions = new ArrayList<>();
    for (JsonNode item : items) {
      String type = item.get("type").asText();
      if (type.equals("Category") || type.equals("Description")) {
        continue;
      }
      List<GiftAnswer> answers = new ArrayList<>();
      switch (type) {
        case "TF" -> {
          answers.add(new GiftAnswer("wrong", percent(0), text(item.get("trueFeedback"))));
          answers.add(new GiftAnswer("right", percent(1), text(item.get("falseFeedback"))));
          answers.add(new GiftAnswer(item.get("isTrue").asBoolean() ? "key: true" : "key: false", percent(1), null));
        }
        case "Matching" -> {
          for (JsonNode pair : item.get("matchPairs")) {
            String left = text(pair.get("subquestion"));
            answers.add(new GiftAnswer((left == null ? "" : left) + " -> " + pair.get("subanswer").asText(),
                null, null));
          }
        }
        default -> {
          for (JsonNode choice : item.get("choices")) {
            JsonNode weight = choice.get("weight");
            double credit = weight == null || weight.isNull()
                ? (choice.get("isCorrect").asBoolean() ? 1 : 0) : weight.asDouble() / 100;
            answers.add(new GiftAnswer(text(choice.get("text")), percent(credit), text(choice.get("feedback"))));
          }
        }
      }
      questions.add(new GiftQuestion(type, item.get("title").asText(), text(item.get("stem")), answers,
          text(item.get("globalFeedback"))));
    }
    return questions;
  }

  private static String text(JsonNode formatted) {
    if (formatted == null || formatted.isNull()) {
      return null;
    }
    return formatted.isTextual() ? formatted.asText() : formatted.get("text").asText();
  }
}
