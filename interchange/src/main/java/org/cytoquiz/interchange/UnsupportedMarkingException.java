package org.cytoquiz.interchange;

import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.quiz.question.Question;

/**
 * A format cannot score a question as cytoquiz does under the set's marking (such as all-or-nothing marking of a
 * multiple-response question in GIFT, whose answer percentages always add up); the export is refused rather than
 * scored differently.
 */
public final class UnsupportedMarkingException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The refusal for {@code question} under {@code marking} in {@code format}. */
  public UnsupportedMarkingException(Format format, Question question, Marking marking) {
    super(format.key() + " cannot score " + Keyed.key(question.kind()) + " question " + question.id() + " under "
        + Keyed.key(marking) + " marking as cytoquiz does; export it as qti3 or qti21, or with partial-credit marking");
  }
}
