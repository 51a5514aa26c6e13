package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.teaching.AuthoredQuestion;
import org.cytoquiz.core.teaching.QuestionTemplate;
import org.cytoquiz.quiz.question.Question;

/**
 * Every question the content yields for one audience: generated from each relation's facts through its
 * template, from definitions, and written by authors. The same content always gives the same bank.
 */
public final class ItemBank {

  private ItemBank() {}

  /** The full bank for {@code audience}, in content order. */
  public static List<Question> of(KnowledgeBase kb, Audience audience) {
    List<Question> bank = new ArrayList<>();
    RelationQuestions relationQuestions = new RelationQuestions(kb, audience);
    for (Relation relation : kb.relations()) {
      Optional<QuestionTemplate> template = kb.template(relation);
      if (template.isPresent() && template.get().audiences().contains(audience)) {
        bank.addAll(relationQuestions.generate(relation, template.get()));
      }
    }
    kb.teaching().definitionsTopic().ifPresent(topic ->
        bank.addAll(new DefinitionQuestions(kb, audience, topic).generate()));
    AuthoredQuestions authored = new AuthoredQuestions(kb, audience);
    for (AuthoredQuestion question : kb.teaching().questions()) {
      if (question.audiences().contains(audience)) {
        bank.add(authored.generate(question));
      }
    }
    Set<String> ids = new HashSet<>();
    for (Question question : bank) {
      if (!ids.add(question.id())) {
        throw new IllegalStateException("two questions share the id " + question.id());
      }
    }
    return List.copyOf(bank);
  }
}
