package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.teaching.Difficulty;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Header;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.SingleChoice;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.Verdict;

/**
 * Questions on what words mean, from entities with a definition: for each kind with three or more, a
 * single choice per word, a text entry per definition, and one matching question.
 *
 * <p>Each entity has exactly one definition, so another entity's definition is a known-wrong meaning.
 */
final class DefinitionQuestions {

  private static final int MAX_OPTIONS = 4;

  private final KnowledgeBase kb;
  private final Wordings words;
  private final String topic;
  private final String suffix;

  DefinitionQuestions(KnowledgeBase kb, Audience audience, String topic) {
    this.kb = kb;
    this.words = new Wordings(kb, audience);
    this.topic = topic;
    this.suffix = words.idSuffix();
  }

  List<Question> generate() {
    List<Question> out = new ArrayList<>();
    for (EntityType type : EntityType.values()) {
      List<Entity> defined = kb.entities(type).stream().filter(e -> e.definition().isPresent()).toList();
      if (defined.size() < 3) {
        continue;
      }
      for (int i = 0; i < defined.size(); i++) {
        SingleChoice meaning = meaning(defined.get(i), defined, i);
        if (meaning != null) {
          out.add(meaning);
        }
        out.add(word(defined.get(i)));
      }
      Matching matching = matching(type, defined);
      if (matching != null) {
        out.add(matching);
      }
    }
    return out;
  }

  private String definition(Entity entity) {
    return entity.definition().orElseThrow().in(words.audience());
  }

  private SingleChoice meaning(Entity entity, List<Entity> defined, int at) {
    String id = "sc-definition-" + entity.id() + suffix;
    List<Entity> others = RelationQuestions.pick(nearby(defined, at), MAX_OPTIONS - 1, id);
    if (others.size() < 2) {
      return null;
    }
    String explanation = Wordings.capitalized(words.label(entity)) + ": " + definition(entity);
    List<Option> options = new ArrayList<>();
    List<Claim> meaning = List.of(claim(entity, entity));
    options.add(new Option(entity.id().value(), definition(entity), true, meaning,
        new Feedback(Verdict.RIGHT, explanation, meaning, entity.source())));
    for (Entity other : others) {
      options.add(new Option(other.id().value(), definition(other), false, List.of(claim(entity, other)),
          new Feedback(Verdict.WRONG, "That describes " + words.label(other) + ". " + explanation, meaning,
              entity.source())));
    }
    String stem = words.audience() == Audience.PATIENT
        ? "What does “" + words.label(entity) + "” mean?"
        : "Which definition fits “" + words.label(entity) + "”?";
    return new SingleChoice(header(id, Difficulty.RECALL, stem, entity), RelationQuestions.shuffled(options, id));
  }

  /** Up to eight other defined entities of the kind, those after position {@code at}, so cost does not grow with the kind. */
  private List<Entity> nearby(List<Entity> defined, int at) {
    Entity entity = defined.get(at);
    Set<String> seen = new java.util.HashSet<>();
    seen.add(definition(entity).toLowerCase(java.util.Locale.ROOT));
    seen.add(words.label(entity).toLowerCase(java.util.Locale.ROOT));
    List<Entity> others = new ArrayList<>();
    for (int step = 1; step < defined.size() && others.size() < 8 && step <= 64; step++) {
      Entity other = defined.get((at + step) % defined.size());
      // Two options never read alike: skip meanings (and names) already shown.
      if (seen.add(definition(other).toLowerCase(java.util.Locale.ROOT))
          && seen.add(words.label(other).toLowerCase(java.util.Locale.ROOT))) {
        others.add(other);
      }
    }
    return others;
  }

  private TextEntry word(Entity entity) {
    String id = "text-definition-" + entity.id() + suffix;
    String explanation = Wordings.capitalized(words.label(entity)) + ": " + definition(entity);
    String stem = (words.audience() == Audience.PATIENT ? "Which word or phrase means this: “" : "Name the term: “")
        + definition(entity) + "” Type your answer.";
    List<Claim> meaning = List.of(claim(entity, entity));
    return new TextEntry(header(id, Difficulty.RECALL, stem, entity),
        AcceptedAnswers.of(words.label(entity), List.of(entity), definition(entity)),
        new Feedback(Verdict.RIGHT, explanation, meaning, entity.source()),
        new Feedback(Verdict.WRONG, "The answer is " + words.label(entity) + ". " + explanation, meaning,
            entity.source()));
  }

  private Matching matching(EntityType type, List<Entity> defined) {
    String id = "match-definition-" + type.key() + suffix;
    List<Entity> picked = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Entity entity : RelationQuestions.pick(defined, Math.min(defined.size(), 64), id)) {
      if (picked.size() < 5 && seen.add("d " + definition(entity).toLowerCase(java.util.Locale.ROOT))
          && seen.add("l " + words.label(entity).toLowerCase(java.util.Locale.ROOT))) {
        picked.add(entity);
      }
    }
    if (picked.size() < 3) {
      return null;
    }
    MatchingBuilder pairs = new MatchingBuilder();
    for (Entity entity : picked) {
      String label = Wordings.capitalized(words.label(entity));
      pairs.pair(new Item(entity.id().value(), label), new Item(entity.id().value(), definition(entity)),
          new Feedback(Verdict.RIGHT, label + ": " + definition(entity), List.of(claim(entity, entity)),
              entity.source()), claim(entity, entity));
    }
    String stem = words.audience() == Audience.PATIENT
        ? "Match each word with what it means."
        : "Match each term with its definition.";
    return pairs.build(new Header(id, words.audience(), topic, Difficulty.UNDERSTANDING, stem, pairs.tests(),
        pairs.sources()));
  }

  private Header header(String id, Difficulty difficulty, String stem, Entity entity) {
    return new Header(id, words.audience(), topic, difficulty, stem, List.of(claim(entity, entity)),
        List.of(entity.source()));
  }

  /** The claim that {@code term} means what {@code meaning}'s definition says. */
  static Claim claim(Entity term, Entity meaning) {
    return Claim.meaning(term.id(), meaning.id());
  }
}
