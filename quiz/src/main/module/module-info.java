/**
 * Question generation, scoring, attempts and item statistics over the cytoquiz model, as a Java module. Compiled
 * after the tests (see the parent POM).
 */
module org.cytoquiz.quiz {
  requires transitive org.cytoquiz.teaching;

  exports org.cytoquiz.quiz.delivery;
  exports org.cytoquiz.quiz.generate;
  exports org.cytoquiz.quiz.lint;
  exports org.cytoquiz.quiz.question;
  exports org.cytoquiz.quiz.scoring;
  exports org.cytoquiz.quiz.stats;
  exports org.cytoquiz.quiz.wording;
}
