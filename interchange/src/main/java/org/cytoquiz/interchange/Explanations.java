package org.cytoquiz.interchange;

import java.util.List;
import java.util.stream.Collectors;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Question;

/** The words every format gives a learner as feedback: the verdict, our explanation and where the article says so. */
public final class Explanations {

  private Explanations() {}

  /**
   * The feedback as one paragraph for {@code audience}: the verdict word ("Correct.", or "Not quite." for a
   * patient), the explanation, and the source reference, such as {@code Source: "How are cytokines taken?",
   * paragraph 2.}
   */
  public static String of(Feedback feedback, Audience audience) {
    return feedback.verdict().word(audience) + " " + feedback.text().strip() + " " + source(feedback.source());
  }

  /** A source reference as a sentence: {@code Source: "<section heading>", paragraph N.} */
  public static String source(SourceRef ref) {
    return "Source: " + ref.citation() + ".";
  }

  /** Every passage of the article the question's key rests on, as one sentence. */
  public static String sources(Question question) {
    List<SourceRef> refs = question.sources();
    return (refs.size() == 1 ? "Source: " : "Sources: ")
        + refs.stream().map(SourceRef::citation).collect(Collectors.joining("; ")) + ".";
  }
}
