package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Derivation;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Verdict;
import org.cytoquiz.quiz.wording.Phrases;

/**
 * Turns facts and claims into sentences and feedback in one audience's wording, with the fixed phrases
 * (connectors, stems, verdicts) of one language from {@link Phrases}.
 */
final class Wordings {

  /** At most this many true facts correct a false statement, so feedback stays short. */
  private static final int GROUNDS = 2;

  private final KnowledgeBase kb;
  private final Audience audience;
  private final Phrases phrases;

  /** Wordings with English fixed phrases. */
  Wordings(KnowledgeBase kb, Audience audience) {
    this(kb, audience, Locale.ENGLISH);
  }

  Wordings(KnowledgeBase kb, Audience audience, Locale language) {
    this.kb = kb;
    this.audience = audience;
    this.phrases = Phrases.of(audience, language);
  }

  /** The fixed phrases of this audience in this language. */
  Phrases phrases() {
    return phrases;
  }

  Audience audience() {
    return audience;
  }

  /**
   * What leads the key's explanation when it is added to the feedback on a wrong option of a single-best-answer
   * item, so the learner reads what is right as well as why the choice was not.
   */
  String keyLead() {
    return phrases.get("feedback.key-lead");
  }

  /** What ends every question id of this audience, so each audience's questions have ids of their own. */
  String idSuffix() {
    return audience == Audience.PATIENT ? "-p" : "-s";
  }

  String label(Entity entity) {
    return entity.label().in(audience);
  }

  String label(EntityId id) {
    return label(kb.entity(id));
  }

  /**
   * "subject relation object" as a clause, with the hedges of the fact that states, entails or denies it
   * (its modality, extent, scope, condition and reason) inside the clause.
   */
  String clause(EntityId subject, Relation relation, EntityId object) {
    List<Qualifier> qualifiers = kb.entailed(subject, relation, object).or(() -> kb.fact(subject, relation, object))
        .map(Fact::qualifiers).orElse(List.of());
    return relation.render(kb.entity(subject).label(), kb.entity(object).label(), qualifiers, phrases.language())
        .in(audience);
  }

  /** The clause as a sentence. */
  String sentence(EntityId subject, Relation relation, EntityId object) {
    return capitalized(clause(subject, relation, object)) + ".";
  }

  /** The clause denied. */
  String denial(EntityId subject, Relation relation, EntityId object) {
    return phrases.fill("feedback.denial", "clause", clause(subject, relation, object));
  }

  /** A stem from a template such as "Where does {subject} have to be given?". */
  String stem(Wording template, String placeholder, Entity given) {
    return capitalized(template.in(audience).replace(placeholder, label(given)));
  }

  /**
   * Feedback on a true statement: what the article says, and where; for an entailed statement, also the
   * stated facts it follows from, citing the one it is carried from. Its facts are the statement itself and,
   * for an entailed one, the stated facts it follows from.
   */
  Feedback truthOf(EntityId subject, Relation relation, EntityId object) {
    Derivation derivation = kb.entailment().derivation(subject, relation, object).orElseThrow(
        () -> new IllegalStateException("no ground for stating " + subject + " " + relation.id() + " " + object));
    String text = derivation.stated()
        ? sentence(subject, relation, object)
        : phrases.fill("feedback.conclusion",
            "grounds", derivation.grounds().stream().map(g -> sentence(g.subject(), g.relation(), g.object()))
                .collect(Collectors.joining(" ")),
            "conclusion", clause(subject, relation, object));
    List<Claim> facts = new ArrayList<>();
    facts.add(Claim.of(subject, relation.id(), object));
    if (!derivation.stated()) {
      derivation.grounds().forEach(g -> facts.add(Claim.of(g.subject(), g.relation().id(), g.object())));
    }
    return new Feedback(Verdict.RIGHT, text, facts, derivation.conclusion().sources());
  }

  /**
   * Feedback on a false statement: that it is not so, followed by the true facts that rule it out (when the first
   * is the same subject in the same relation, the two in one sentence: "Ipilimumab is sold under the brand name
   * Yervoy, not Keytruda."), in this
   * audience's wording, citing the denial's paragraph where it names the subject or states the first of those
   * facts, else the first fact's paragraph. Which facts rule it out, nearest first (see
   * {@link #grounds}): what the article says of the same subject in the same relation ("Ipilimumab is sold as
   * Yervoy"), or in a relation between the same kinds of things ("High-dose interleukin-2 has to be given in
   * the hospital" against "can be given at home"), or else the subjects the article does link to the object.
   * When the model states no such fact, only the denial, with no facts (which the bank's tests report).
   */
  Feedback falsityOf(EntityId subject, Relation relation, EntityId object) {
    Optional<Fact> denial = kb.fact(subject, relation, object).filter(f -> !f.holds());
    List<Fact> grounds = grounds(subject, relation, object, denial.map(Fact::source));
    if (grounds.isEmpty()) {
      // A gap in the model, not in the learner's answer: say what can be said, and let the bank's feedback
      // tests (every wrong answer's feedback states a true fact) report it rather than refuse to start.
      SourceRef source = denial.map(Fact::source).orElseGet(() -> kb.facts(relation).get(0).source());
      return new Feedback(Verdict.WRONG, denial(subject, relation, object), List.of(), source);
    }
    StringBuilder text = new StringBuilder();
    List<Claim> facts = new ArrayList<>();
    Fact first = grounds.get(0);
    // Only where the template has words of its own between subject and object ("is sold under the brand name",
    // "must be administered"): a trait's object is a whole predicate, and "…, not is directly cytotoxic" would
    // not be English.
    boolean contrast = first.subject().equals(subject) && first.relation().equals(relation)
        && relation.wording().in(audience).matches(".*\\{subject}\\s*[^{\\s][^{]*\\{object}.*");
    if (!contrast) {
      text.append(denial(subject, relation, object));
    }
    for (Fact ground : grounds) {
      String sentence = sentence(ground.subject(), ground.relation(), ground.object());
      if (ground == first && contrast) {
        // What is so, against what the learner chose: "High-dose interleukin-2 must be administered in the
        // hospital, not in the physician's office." rather than "It is not true that it must be administered in
        // the physician's office", which leaves open whether it may be.
        sentence = phrases.fill("feedback.contrast", "sentence", sentence.substring(0, sentence.length() - 1),
            "other", label(object));
      }
      text.append(text.length() == 0 ? "" : " ").append(sentence);
      facts.add(Claim.of(ground.subject(), ground.relation().id(), ground.object()));
    }
    // Cite the paragraph that names what the learner reads: the denial's, if it introduces the subject or
    // states the correcting fact; else the correcting fact's ("ipilimumab is a targeted immunotherapy" is in
    // the paragraph that lists the drugs, not in the one on cytokines).
    SourceRef cited = denial.map(Fact::source)
        .filter(s -> s.equals(kb.entity(subject).source()) || s.equals(grounds.get(0).source()))
        .orElse(grounds.get(0).source());
    // Then every other paragraph the text draws on: each correcting fact's, and the denial's.
    List<SourceRef> sources = new ArrayList<>(List.of(cited));
    grounds.stream().flatMap(f -> f.sources().stream()).filter(src -> !sources.contains(src)).forEach(sources::add);
    denial.stream().flatMap(f -> f.sources().stream()).filter(src -> !sources.contains(src)).forEach(sources::add);
    return new Feedback(Verdict.WRONG, text.toString(), facts, sources);
  }

  /**
   * Up to {@link #GROUNDS} true facts that rule out {@code subject relation object}, from the first of these
   * that has any: the subject's other objects in this relation ("Ipilimumab is sold as Yervoy"); the same
   * pair the other way round, where the article contrasts them or lists the relation completely
   * ("peginterferon stays in the body longer than interferon-alfa"); when the
   * article denies the statement in so many words ({@code denial} is its source), what the same paragraph
   * says of the subject in a relation between the same kinds of things ("high-dose interleukin-2 has to be
   * given in the hospital" against "can be given at home"); and the other subjects the article links to the
   * object by this relation (for a closed-world list). Facts from the denial's paragraph, then its section,
   * come first; among those, facts about what that paragraph itself introduces.
   */
  List<Fact> grounds(EntityId subject, Relation relation, EntityId object, Optional<SourceRef> denial) {
    List<List<Fact>> ranked = List.of(
        holding(kb.factsAbout(subject, relation), f -> !f.object().equals(object)),
        // The reverse pair rules a statement out only where the article contrasts the two (an explicit denial
        // from the same paragraph) or the relation is a complete list; "IL-2 increases interferon" says nothing
        // of whether interferon increases IL-2.
        holding(kb.factsAbout(object, relation), f -> f.object().equals(subject)
            && (denial.map(f.source()::equals).orElse(false) || relation.world() == World.CLOSED)),
        denial.map(source -> siblings(subject, relation, source)).orElse(List.of()),
        holding(kb.factsPointingAt(relation, object), f -> !f.subject().equals(subject)));
    for (int rank = 0; rank < ranked.size(); rank++) {
      List<Fact> found = ranked.get(rank);
      if (!found.isEmpty()) {
        List<Fact> sorted = new ArrayList<>(found);
        denial.ifPresent(source -> sorted.sort(Comparator.<Fact>comparingInt(f -> f.source().equals(source) ? 0
                : f.source().section().equals(source.section()) ? 1 : 2)
            // Then what the article introduces in that very paragraph, such as "binds a receptor" beside
            // "does not attack cancer cells directly".
            .thenComparingInt(f -> kb.entity(f.object()).source().equals(source) ? 0 : 1)));
        List<Fact> grounds = new ArrayList<>(sorted.subList(0, Math.min(GROUNDS, sorted.size())));
        if (rank == ranked.size() - 1) {
          // Only other subjects rule it out, which says nothing of the subject itself: say first what the article
          // does link the two by ("interleukin-2 increases interferon" against "is a form of interferon").
          holding(kb.relations().stream().filter(r -> !r.equals(relation))
              .flatMap(r -> kb.fact(subject, r, object).stream()).toList(), f -> true)
              .stream().findFirst().ifPresent(f -> grounds.add(0, f));
        }
        return List.copyOf(grounds);
      }
    }
    return List.of();
  }

  /** What {@code source}'s paragraph says of {@code subject} in other relations between the same kinds. */
  private List<Fact> siblings(EntityId subject, Relation relation, SourceRef source) {
    List<Fact> found = new ArrayList<>();
    for (Relation sibling : kb.relations()) {
      if (!sibling.id().equals(relation.id()) && sibling.objectTypes().equals(relation.objectTypes())
          && sibling.subjectTypes().contains(kb.entity(subject).type())) {
        found.addAll(holding(kb.factsAbout(subject, sibling), f -> f.source().equals(source)));
      }
    }
    return found;
  }

  private List<Fact> holding(List<Fact> facts, java.util.function.Predicate<Fact> test) {
    List<Fact> out = new ArrayList<>();
    for (Fact fact : facts) {
      if (fact.holds() && test.test(fact)
          && kb.truth(fact.subject(), fact.relation(), fact.object()) == Truth.TRUE) {
        out.add(fact);
      }
    }
    return out;
  }

  static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
