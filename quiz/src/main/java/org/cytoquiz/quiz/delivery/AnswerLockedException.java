package org.cytoquiz.quiz.delivery;

/** Refuses a different answer to a question already marked under immediate feedback: the first answer counts. */
public final class AnswerLockedException extends AttemptRefusedException {

  private static final long serialVersionUID = 1L;

  /** A refusal naming the question. */
  public AnswerLockedException(String questionId) {
    super("question '" + questionId + "' has been answered and marked; its first answer counts");
  }
}
