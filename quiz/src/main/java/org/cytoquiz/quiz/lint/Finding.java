package org.cytoquiz.quiz.lint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One breach of an item-writing rule.
 *
 * @param questionId the question's id
 * @param rule the rule it breaks
 * @param message what in the question breaks it, quoting the words at fault
 */
public record Finding(String questionId, Rule rule, String message) {

  public Finding {
    checkNotNull(questionId, "questionId");
    checkNotNull(rule, "rule");
    checkNotNull(message, "message");
    checkArgument(!message.isBlank(), "finding on %s without a message", questionId);
  }

  /** The finding as one line: {@code question-id: rule: message}. */
  @Override
  public String toString() {
    return questionId + ": " + rule.key() + ": " + message;
  }
}
