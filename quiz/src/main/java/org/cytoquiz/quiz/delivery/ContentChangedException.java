package org.cytoquiz.quiz.delivery;

/**
 * Refuses to go on with an open attempt whose form no longer matches the course: the content changed since the
 * attempt began. Its saved answers are kept; the learner is offered a fresh start.
 */
public final class ContentChangedException extends AttemptRefusedException {

  private static final long serialVersionUID = 1L;

  private final String attemptId;

  /** A refusal naming the attempt. */
  public ContentChangedException(String attemptId) {
    super("the course has changed since attempt " + attemptId + " began; its saved answers are kept, but it "
        + "cannot go on. Please start a new attempt.");
    this.attemptId = attemptId;
  }

  /** The attempt that cannot go on. */
  public String attemptId() {
    return attemptId;
  }
}
