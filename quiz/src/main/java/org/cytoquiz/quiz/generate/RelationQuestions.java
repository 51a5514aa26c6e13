package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Derivation;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.QuestionTemplate;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Header;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.SingleChoice;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.quiz.question.Verdict;

/**
 * Questions from one relation's facts, through its template: true/false on every fact (and on statements
 * a closed-world or one-object relation rules out), single choice and multiple response asking for the
 * subject or the object, text entry where the answer is unique, and matching for one-object relations.
 *
 * <p>Only statements the model makes true or false become options; unknown ones are never used.
 */
final class RelationQuestions {

  /** Up to this many wrong options beside the key in a single-choice question. */
  private static final int DISTRACTORS = 3;
  private static final int MAX_PAIRS = 5;
  /** Kinds with up to this many entities are scanned for wrong options; larger ones are sampled. */
  private static final int SCAN_LIMIT = 64;
  /** How many wrong-option candidates to gather at most. */
  private static final int CANDIDATES = 8;
  private static final int SAMPLE_TRIES = 64;

  private final KnowledgeBase kb;
  private final Wordings words;
  private final String suffix;
  private final Cues cues;

  /** A generator with English fixed phrases. */
  RelationQuestions(KnowledgeBase kb, Audience audience) {
    this(kb, audience, java.util.Locale.ENGLISH);
  }

  RelationQuestions(KnowledgeBase kb, Audience audience, java.util.Locale language) {
    this.kb = kb;
    this.words = new Wordings(kb, audience, language);
    this.suffix = words.idSuffix();
    this.cues = new Cues(kb);
  }

  List<Question> generate(Relation relation, QuestionTemplate template) {
    List<Question> questions = new ArrayList<>();
    trueFalse(relation, template, questions);
    template.askObject().ifPresent(stem -> askObject(relation, template, questions));
    template.askSubject().ifPresent(stem -> askSubject(relation, template, questions));
    if (relation.cardinality() == Cardinality.ONE && template.askObject().isPresent()) {
      matching(relation, template, questions);
    }
    return questions;
  }

  // ---- true/false ----------------------------------------------------------------------------------

  private void trueFalse(Relation relation, QuestionTemplate template, List<Question> out) {
    for (Fact fact : kb.facts(relation)) {
      if (!cues.answeredBySubject(fact.subject(), relation) && !cues.told(fact.subject(), relation, fact.object())) {
        // No false statement whose one falsity is a "must": the denial of an absolute reads as a cue. Nor one
        // whose names are related ("targeted immunotherapy" against "not targeted" says it is false), unless it
        // is a comparison whose reverse holds: the names cannot tell which way "lasts longer than" goes.
        if (fact.holds() || correctable(fact.subject(), relation, fact.object()) && !Cues.absolute(relation, fact)
            && (!cues.related(fact.subject(), fact.object())
                || kb.truth(fact.object(), relation, fact.subject()) == Truth.TRUE)) {
          out.add(trueFalse(relation, template, fact.subject(), fact.object(), fact.holds()));
        }
      }
    }
    // What a stated fact entails for the broader forms of its object is true too ("interferon-alfa treatment
    // gives you interferon"); what a class's fact entails for each member is left to the class's own item.
    for (Derivation derived : kb.entailment().derived()) {
      Fact conclusion = derived.conclusion();
      boolean toBroaderObject = derived.grounds().get(0).subject().equals(conclusion.subject());
      if (conclusion.relation().equals(relation) && toBroaderObject
          && !cues.answeredBySubject(conclusion.subject(), relation)
          && !cues.told(conclusion.subject(), relation, conclusion.object())) {
        out.add(trueFalse(relation, template, conclusion.subject(), conclusion.object(), true));
      }
    }
    // One statement per subject that the relation's completeness rules out, so closed-world and one-object
    // relations yield false statements too, not only true ones.
    if ((relation.world() == World.CLOSED || relation.cardinality() == Cardinality.ONE) && !Cues.absolute(relation)) {
      Set<EntityId> done = new LinkedHashSet<>();
      for (Fact fact : kb.facts(relation)) {
        if (!fact.holds() || !done.add(fact.subject()) || cues.answeredBySubject(fact.subject(), relation)) {
          continue;
        }
        Entity object = kb.entity(fact.object());
        List<Entity> ruledOut = candidates(relation.objectTypes(), object, e -> !e.id().equals(fact.object())
            && !e.id().equals(fact.subject())
            && !cues.related(fact.subject(), e.id())
            && !cues.kin(e.id(), fact.object())
            && kb.fact(fact.subject(), relation, e.id()).isEmpty()
            && kb.truth(fact.subject(), relation, e.id()) == Truth.FALSE
            && correctable(fact.subject(), relation, e.id()));
        if (!ruledOut.isEmpty()) {
          String id = "tf-" + relation.id() + "-" + fact.subject() + "-not" + suffix;
          Entity pick = ruledOut.get(random(id).nextInt(ruledOut.size()));
          out.add(trueFalse(relation, template, fact.subject(), pick.id(), false));
        }
      }
    }
  }

  /**
   * Whether the model states a true fact that rules out the false statement {@code s relation o}, so that
   * feedback on it can say what is true instead; a false statement with nothing to correct it is not asked.
   */
  private boolean correctable(EntityId s, Relation relation, EntityId o) {
    return !words.falsityOf(s, relation, o).facts().isEmpty();
  }

  private TrueFalse trueFalse(Relation relation, QuestionTemplate template, EntityId s, EntityId o, boolean holds) {
    String id = "tf-" + relation.id() + "-" + s + "-" + o + suffix;
    String statement = Wordings.capitalized(words.clause(s, relation, o));
    String stem = words.phrases().fill("true-false.stem", "statement", statement);
    Feedback explanation = holds ? words.truthOf(s, relation, o) : words.falsityOf(s, relation, o);
    Claim claim = claim(s, relation, o);
    // "True" asserts the statement, "False" denies it; each is right exactly when the model agrees.
    Option yes = new Option(TrueFalse.TRUE, words.phrases().get("true-false.true"), holds, List.of(claim),
        verdict(holds, explanation));
    Option no = new Option(TrueFalse.FALSE, words.phrases().get("true-false.false"), !holds,
        List.of(claim.negated()), verdict(!holds, explanation));
    return new TrueFalse(header(id, template, Difficulty.RECALL, stem, List.of(holds ? claim : claim.negated()),
        List.of(explanation.source())), List.of(yes, no));
  }

  // ---- asking for the object -----------------------------------------------------------------------

  private void askObject(Relation relation, QuestionTemplate template, List<Question> out) {
    Map<EntityId, List<Entity>> bySubject = new LinkedHashMap<>();
    for (Fact fact : kb.facts(relation)) {
      if (fact.holds() && !cues.told(fact.subject(), relation, fact.object())) {
        bySubject.computeIfAbsent(fact.subject(), s -> new ArrayList<>()).add(kb.entity(fact.object()));
      }
    }
    bySubject.forEach((subjectId, rights) -> {
      Entity subject = kb.entity(subjectId);
      Entity key = rights.get(0);
      // No wrong option is kin to a right one or to the subject (a broader or narrower form, or linked by a fact),
      // nor one whose names the subject's name rules out ("targeted immunotherapy" against "not targeted").
      List<Entity> wrongs = candidates(relation.objectTypes(), key,
          e -> !e.id().equals(subjectId) && kb.truth(subjectId, relation, e.id()) == Truth.FALSE
              && !cues.kin(e.id(), subjectId) && !cues.related(subjectId, e.id())
              && rights.stream().noneMatch(r -> cues.kin(e.id(), r.id())));
      String stem = words.stem(template.askObject().orElseThrow(), Relation.SUBJECT, subject);
      if (readingApart(wrongs, key).size() >= 2) {
        String id = "sc-" + relation.id() + "-object-" + subjectId + suffix;
        List<Entity> picked = pick(readingApart(wrongs, key), DISTRACTORS, id);
        List<Option> options = new ArrayList<>();
        options.add(option(key.id().value(), words.label(key), true, subjectId, relation, key.id()));
        for (Entity wrong : picked) {
          options.add(option(wrong.id().value(), words.label(wrong), false, subjectId, relation, wrong.id()));
        }
        out.add(new SingleChoice(header(id, template, template.difficulty(), stem,
            List.of(claim(subjectId, relation, key.id())), sources(options)), shuffled(options, id)));
      }
      List<Entity> sameTypeRights = rights.stream().filter(r -> r.type() == key.type()).toList();
      if (sameTypeRights.size() >= 2 && !readingApart(wrongs, key).isEmpty()) {
        String id = "mr-" + relation.id() + "-object-" + subjectId + suffix;
        addIfMade(out, multipleResponse(id, template, stem, sameTypeRights, wrongs,
            e -> new EntityId[] {subjectId, e.id()}, relation));
      }
      // A typed answer is marked against what the model settles: one object, and every other one known false
      // (a one-object relation, or a closed list whose subject has one object, stated or entailed).
      if (relation.cardinality() == Cardinality.ONE
          || (relation.world() == World.CLOSED && kb.objects(subjectId, relation).size() == 1)) {
        String id = "text-" + relation.id() + "-object-" + subjectId + suffix;
        out.add(textEntry(id, template, stem, key, subjectId, relation, key.id()));
      }
    });
  }

  // ---- asking for the subject ----------------------------------------------------------------------

  private void askSubject(Relation relation, QuestionTemplate template, List<Question> out) {
    Map<EntityId, List<Entity>> byObject = new LinkedHashMap<>();
    for (Fact fact : kb.facts(relation)) {
      if (fact.holds() && !cues.told(fact.subject(), relation, fact.object())) {
        byObject.computeIfAbsent(fact.object(), o -> new ArrayList<>()).add(kb.entity(fact.subject()));
      }
    }
    byObject.forEach((objectId, rights) -> {
      Entity object = kb.entity(objectId);
      Entity key = rights.get(0);
      List<Entity> wrongs = candidates(relation.subjectTypes(), key,
          e -> !e.id().equals(objectId) && kb.truth(e.id(), relation, objectId) == Truth.FALSE
              && !cues.kin(e.id(), objectId) && rights.stream().noneMatch(r -> cues.kin(e.id(), r.id())));
      String stem = modal(words.stem(template.askSubject().orElseThrow(), Relation.OBJECT, object), relation,
          rights.stream().map(r -> kb.fact(r.id(), relation, objectId)
              .or(() -> kb.entailed(r.id(), relation, objectId))).toList());
      if (readingApart(wrongs, key).size() >= 2) {
        String id = "sc-" + relation.id() + "-subject-" + objectId + suffix;
        List<Option> options = new ArrayList<>();
        options.add(option(key.id().value(), words.label(key), true, key.id(), relation, objectId));
        for (Entity wrong : pick(readingApart(wrongs, key), DISTRACTORS, id)) {
          options.add(option(wrong.id().value(), words.label(wrong), false, wrong.id(), relation, objectId));
        }
        out.add(new SingleChoice(header(id, template, template.difficulty(), stem,
            List.of(claim(key.id(), relation, objectId)), sources(options)), shuffled(options, id)));
      }
      List<Entity> sameTypeRights = rights.stream().filter(r -> r.type() == key.type()).toList();
      if (sameTypeRights.size() >= 2 && !readingApart(wrongs, key).isEmpty()) {
        String id = "mr-" + relation.id() + "-subject-" + objectId + suffix;
        addIfMade(out, multipleResponse(id, template, stem, sameTypeRights, wrongs,
            e -> new EntityId[] {e.id(), objectId}, relation));
      }
      if (relation.world() == World.CLOSED && kb.subjects(relation, objectId).size() == 1) {
        String id = "text-" + relation.id() + "-subject-" + objectId + suffix;
        out.add(textEntry(id, template, stem, key, key.id(), relation, objectId));
      }
    });
  }

  // ---- shared builders -----------------------------------------------------------------------------

  /**
   * The stem with {@value Relation#MODAL} read as the modality its right answers' facts share ("may possibly"
   * for the treatments that may possibly be given at home by yourself), else the relation's default, so the
   * stem keeps the hedge of the facts it asks about. A stem without the placeholder is returned as it is.
   */
  private String modal(String stem, Relation relation, List<java.util.Optional<Fact>> rights) {
    if (!stem.contains(Relation.MODAL)) {
      return stem;
    }
    Set<org.cytoquiz.core.fact.Modality> shared = new LinkedHashSet<>();
    for (java.util.Optional<Fact> fact : rights) {
      shared.add(fact.flatMap(f -> f.qualifiers().stream()
              .filter(org.cytoquiz.core.fact.Modality.class::isInstance)
              .map(org.cytoquiz.core.fact.Modality.class::cast).findFirst())
          .or(relation::modality).orElse(org.cytoquiz.core.fact.Modality.CAN));
    }
    org.cytoquiz.core.fact.Modality modality = shared.size() == 1 ? shared.iterator().next()
        : relation.modality().orElse(org.cytoquiz.core.fact.Modality.CAN);
    return stem.replace(Relation.MODAL, modality.wording(words.phrases().language()).in(words.audience()));
  }

  private static void addIfMade(List<Question> out, Question question) {
    if (question != null) {
      out.add(question);
    }
  }

  /** A multiple-response question, or null when too few options read apart from each other. */
  private MultipleResponse multipleResponse(String id, QuestionTemplate template, String stem,
      List<Entity> rights, List<Entity> candidates, java.util.function.Function<Entity, EntityId[]> pair,
      Relation relation) {
    List<Option> options = new ArrayList<>();
    List<Claim> tests = new ArrayList<>();
    List<Entity> shownRights = readingApart(rights.subList(1, rights.size()), rights.get(0));
    shownRights.add(0, rights.get(0));
    shownRights = shownRights.subList(0, Math.min(shownRights.size(), 4));
    List<Entity> wrongs = pick(readingApart(candidates, shownRights), 2, id);
    if (wrongs.isEmpty() || shownRights.size() < 2) {
      return null;
    }
    for (Entity right : shownRights) {
      EntityId[] so = pair.apply(right);
      options.add(option(right.id().value(), words.label(right), true, so[0], relation, so[1]));
      tests.add(claim(so[0], relation, so[1]));
    }
    for (Entity wrong : wrongs) {
      EntityId[] so = pair.apply(wrong);
      options.add(option(wrong.id().value(), words.label(wrong), false, so[0], relation, so[1]));
    }
    return new MultipleResponse(header(id, template, Difficulty.UNDERSTANDING,
        words.phrases().fill("multiple-response.stem", "question", stem), tests,
        sources(options)), shuffled(options, id));
  }

  private TextEntry textEntry(String id, QuestionTemplate template, String stem, Entity answer,
      EntityId s, Relation relation, EntityId o) {
    // Every entity the model makes a right answer is accepted, not only the key (such as a broader class
    // that the facts entail), in every form a learner would type.
    boolean askObject = answer.id().equals(o);
    List<Entity> rights = new ArrayList<>();
    rights.add(answer);
    for (Entity other : kb.entities(answer.type())) {
      if (!other.equals(answer) && !other.id().equals(askObject ? s : o)
          && (askObject ? kb.truth(s, relation, other.id()) : kb.truth(other.id(), relation, o)) == Truth.TRUE) {
        rights.add(other);
      }
    }
    Feedback truth = words.truthOf(s, relation, o);
    return new TextEntry(header(id, template, Difficulty.RECALL,
        words.phrases().fill("text-entry.stem", "question", stem), List.of(claim(s, relation, o)),
        List.of(truth.source())), AcceptedAnswers.of(words.label(answer), rights, stem),
        truth,
        new Feedback(Verdict.WRONG, words.phrases().fill("text-entry.wrong", "answer", words.label(answer),
            "explanation", truth.text()), truth.facts(), truth.sources()));
  }

  private void matching(Relation relation, QuestionTemplate template, List<Question> out) {
    Map<EntityId, EntityId> pairs = new LinkedHashMap<>();
    Set<EntityId> usedObjects = new LinkedHashSet<>();
    for (Fact fact : kb.facts(relation)) {
      if (fact.holds() && !pairs.containsKey(fact.subject()) && !cues.told(fact.subject(), relation, fact.object())
          && usedObjects.add(fact.object())) {
        pairs.put(fact.subject(), fact.object());
      }
    }
    // Three pairs to match and one left over, at least.
    if (pairs.size() < 4) {
      return;
    }
    String id = "match-" + relation.id() + suffix;
    // At most all pairs but one, so that a left-out pair's object can be the left-over.
    List<EntityId> subjects = pick(new ArrayList<>(pairs.keySet()), Math.min(MAX_PAIRS, pairs.size() - 1), id);
    MatchingBuilder builder = new MatchingBuilder();
    for (EntityId subject : subjects) {
      EntityId object = pairs.get(subject);
      builder.pair(new Item(subject.value(), Wordings.capitalized(words.label(subject))),
          new Item(object.value(), Wordings.capitalized(words.label(object))),
          words.truthOf(subject, relation, object), claim(subject, relation, object));
    }
    // One object no shown subject has, so that the last pair is not found by elimination: the object of a
    // pair left out (its subject is not shown, and under a one-object relation no shown subject has it).
    java.util.Optional<EntityId> spare = pairs.entrySet().stream().filter(e -> !subjects.contains(e.getKey()))
        .map(Map.Entry::getValue)
        .filter(o -> subjects.stream().allMatch(s -> kb.truth(s, relation, o) == Truth.FALSE)).findFirst();
    if (spare.isEmpty()) {
      // Without a left-over the last pair is found by elimination: no matching question at all.
      return;
    }
    builder.spare(new Item(spare.get().value(), Wordings.capitalized(words.label(spare.get()))));
    String pattern = relation.render(Wording.same("…"), Wording.same("…"), List.of(), words.phrases().language())
        .in(words.audience());
    // The stem names the left-over, which every matching item has (see above).
    String stem = words.phrases().fill("relation-matching.stem", "pattern", pattern);
    out.add(builder.build(header(id, template, Difficulty.UNDERSTANDING, stem, builder.tests(), builder.sources())));
  }

  private Option option(String id, String text, boolean correct, EntityId s, Relation relation, EntityId o) {
    Feedback why = correct ? words.truthOf(s, relation, o) : words.falsityOf(s, relation, o);
    return new Option(id, Wordings.capitalized(text), correct, List.of(claim(s, relation, o)), verdict(correct, why));
  }

  /** The explanation with the verdict on an option that is right or wrong. */
  private static Feedback verdict(boolean right, Feedback feedback) {
    return feedback.withVerdict(right ? Verdict.RIGHT : Verdict.WRONG);
  }

  private Header header(String id, QuestionTemplate template, Difficulty difficulty, String stem,
      List<Claim> tests, List<SourceRef> sources) {
    return new Header(id, words.audience(), template.topic(), difficulty, stem, tests, sources);
  }

  /**
   * Up to {@link #CANDIDATES} entities of {@code like}'s kind (if the relation takes it), other than
   * {@code like}, that pass {@code test}. Small kinds are scanned; large ones are sampled, so generation costs
   * the same however many entities a kind has.
   */
  private List<Entity> candidates(Set<org.cytoquiz.core.entity.EntityType> types, Entity like, Predicate<Entity> test) {
    if (!types.contains(like.type())) {
      return List.of();
    }
    List<Entity> all = kb.entities(like.type());
    List<Entity> found = new ArrayList<>();
    if (all.size() <= SCAN_LIMIT) {
      for (Entity e : all) {
        if (!e.id().equals(like.id()) && test.test(e) && found.size() < CANDIDATES) {
          found.add(e);
        }
      }
      return found;
    }
    Random random = random(like.id() + "/candidates");
    Set<Entity> seen = new java.util.HashSet<>();
    for (int tries = 0; tries < SAMPLE_TRIES && found.size() < CANDIDATES; tries++) {
      Entity e = all.get(random.nextInt(all.size()));
      if (!e.id().equals(like.id()) && seen.add(e) && test.test(e)) {
        found.add(e);
      }
    }
    return found;
  }

  /**
   * The candidates whose label, as this audience reads it, differs from the key's and from each other's:
   * two options must never read the same, even when two entities share a label.
   */
  private List<Entity> readingApart(List<Entity> candidates, Entity key) {
    return readingApart(candidates, List.of(key));
  }

  private List<Entity> readingApart(List<Entity> candidates, List<Entity> taken) {
    Set<String> seen = new java.util.HashSet<>();
    taken.forEach(t -> seen.add(words.label(t).toLowerCase(java.util.Locale.ROOT)));
    List<Entity> apart = new ArrayList<>();
    for (Entity candidate : candidates) {
      if (seen.add(words.label(candidate).toLowerCase(java.util.Locale.ROOT))) {
        apart.add(candidate);
      }
    }
    return apart;
  }

  static Claim claim(EntityId s, Relation relation, EntityId o) {
    return Claim.of(s, relation.id(), o);
  }

  static List<SourceRef> sources(List<Option> options) {
    return options.stream().map(o -> o.feedback().source()).distinct().toList();
  }

  /** A deterministic random source for one question, from its id. */
  static Random random(String id) {
    return new Random(id.hashCode());
  }

  static <T> List<T> pick(List<T> from, int count, String id) {
    List<T> copy = new ArrayList<>(from);
    java.util.Collections.shuffle(copy, random(id + "/pick"));
    return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
  }

  static <T> List<T> shuffled(List<T> items, String id) {
    List<T> copy = new ArrayList<>(items);
    java.util.Collections.shuffle(copy, random(id + "/order"));
    return copy;
  }
}
