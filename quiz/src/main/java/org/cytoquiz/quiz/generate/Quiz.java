package org.cytoquiz.quiz.generate;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.cytoquiz.quiz.question.Question;

/**
 * An assembled quiz: its spec and its questions in the order they are asked.
 *
 * @param spec what was asked for
 * @param questions the questions, options already in their quiz order
 */
public record Quiz(QuizSpec spec, List<Question> questions) {

  public Quiz {
    questions = ImmutableList.copyOf(questions);
  }
}
