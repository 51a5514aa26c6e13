package org.cytoquiz.bench;

import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.teaching.AuthoredOption;
import org.cytoquiz.teaching.AuthoredQuestion;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.teaching.Statement;
import org.cytoquiz.teaching.Teaching;

/**
 * A synthetic course {@code copies} times the size of a real one: every entity, fact and authored question
 * copied under new ids, relations, templates, topics and presets shared. Each copy is a world of its own, so
 * the model stays consistent.
 */
final class ScaledCourse {

  private ScaledCourse() {}

  static Curriculum of(Curriculum course, int copies) {
    if (copies == 1) {
      return course;
    }
    KnowledgeBase kb = course.knowledgeBase();
    List<Entity> entities = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    List<AuthoredQuestion> questions = new ArrayList<>();
    for (int c = 0; c < copies; c++) {
      String suffix = "-c" + c;
      for (Entity e : kb.entities()) {
        entities.add(new Entity(id(e.id(), suffix), e.type(), e.label(), e.aliases(), e.definition(), e.source()));
      }
      for (Fact f : kb.facts()) {
        facts.add(new Fact(id(f.subject(), suffix), f.relation(), id(f.object(), suffix), f.holds(),
            f.qualifiers(), f.source()));
      }
      for (AuthoredQuestion q : course.teaching().questions()) {
        List<AuthoredOption> options = new ArrayList<>();
        for (AuthoredOption o : q.options()) {
          options.add(new AuthoredOption(o.id(), o.text(), o.statements().stream()
              .map(s -> new Statement(id(s.subject(), suffix), s.relation(), id(s.object(), suffix))).toList(),
              o.expected(), o.feedback()));
        }
        questions.add(new AuthoredQuestion(q.id() + suffix, q.kind(), q.audiences(), q.difficulty(), q.topic(),
            q.stem(), options));
      }
    }
    Teaching teaching = course.teaching();
    return Curriculum.of(KnowledgeBase.of(kb.course(), entities, kb.relations(), facts), new Teaching(
        teaching.topics(), teaching.templates(), questions, teaching.presets(), teaching.definitionsTopic()));
  }

  private static EntityId id(EntityId id, String suffix) {
    return EntityId.of(id.value() + suffix);
  }
}
