package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.quiz.lint.ItemLint;
import org.cytoquiz.quiz.lint.Words;
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
 * Questions on what words mean, from entities with a definition: a text entry per definition, and, among
 * definitions of one kind and one grammatical form, a single choice per term and, where the kind has four
 * meanings or more, one matching question with a meaning left over.
 *
 * <p>Each entity has exactly one definition, so another entity's definition is a known-wrong meaning.
 *
 * <p>No question gives its answer away. The term asked about is a term the article uses, never a plain phrase
 * that explains itself: the audience's label, or else the clinical one, that is not a prepositional phrase
 * ("into a vein") and shares no identifying word with its definition ("intralesional" is not defined as
 * "into the lesion"); an entity without such a term gets no choice or matching question. Options come from
 * definitions of the same form ({@link ItemLint#form} and {@link #verbLed}), so no option stands out by its
 * grammar. A text entry accepts no name its prompt already shows.
 */
final class DefinitionQuestions {

  private static final int MAX_OPTIONS = 4;
  /** A label opening with one of these is a plain phrase that explains itself ("into a vein"), not a term. */
  private static final Set<String> PREPOSITIONS = Set.of(
      "into", "under", "below", "beneath", "in", "inside", "on", "at", "through", "by", "with", "within", "outside");

  private final KnowledgeBase kb;
  private final Wordings words;
  private final String topic;
  private final String suffix;

  DefinitionQuestions(KnowledgeBase kb, Audience audience, java.util.Locale language, String topic) {
    this.kb = kb;
    this.words = new Wordings(kb, audience, language);
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
      Map<String, List<Entity>> byForm = new LinkedHashMap<>();
      for (Entity entity : defined) {
        if (term(entity).isPresent()) {
          byForm.computeIfAbsent(form(definition(entity)), f -> new ArrayList<>()).add(entity);
        }
      }
      for (Entity entity : defined) {
        List<Entity> alike = byForm.getOrDefault(form(definition(entity)), List.of());
        if (alike.size() >= 3 && alike.contains(entity)) {
          SingleChoice meaning = meaning(entity, alike, alike.indexOf(entity));
          if (meaning != null) {
            out.add(meaning);
          }
        }
        TextEntry word = word(entity);
        if (word != null) {
          out.add(word);
        }
      }
      int groups = 0;
      for (List<Entity> alike : byForm.values()) {
        Matching matching = alike.size() >= 3 ? matching(type, alike, groups == 0 ? "" : "-" + (groups + 1)) : null;
        if (matching != null) {
          out.add(matching);
          groups++;
        }
      }
    }
    return out;
  }

  /**
   * The term a question on {@code entity}'s meaning names: the audience's label, else the clinical label, that
   * is not a plain prepositional phrase and shares no identifying word with the definition the learner reads.
   */
  Optional<String> term(Entity entity) {
    Set<String> names = new LinkedHashSet<>(List.of(words.label(entity), entity.label().clinical()));
    String definition = definition(entity);
    for (String name : names) {
      boolean phrase = PREPOSITIONS.contains(name.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT));
      boolean explained = !Words.foundIn(Words.of(name), definition).isEmpty()
          || !Words.foundIn(Words.of(definition), name).isEmpty();
      if (!phrase && !explained) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** The grammatical form of a definition, for keeping options of one form together. */
  static String form(String definition) {
    return ItemLint.form(definition) + (verbLed(definition) ? ", led by a verb" : "");
  }

  /**
   * Whether a definition opens with a verb in the third person ("Connects to …", "Attaches to …"), which
   * defines a verb; a definition of an adjective or a noun would read wrongly as an option for it. English
   * only: a first word of more than three letters ending in a single "s".
   */
  static boolean verbLed(String definition) {
    String first = definition.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
    return first.length() > 3 && first.endsWith("s") && !first.endsWith("ss");
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
    String explanation = defines(term(entity).orElseThrow(), definition(entity));
    List<Option> options = new ArrayList<>();
    List<Claim> meaning = List.of(claim(entity, entity));
    options.add(new Option(entity.id().value(), definition(entity), true, meaning,
        new Feedback(Verdict.RIGHT, explanation, meaning, entity.source())));
    for (Entity other : others) {
      options.add(new Option(other.id().value(), definition(other), false, List.of(claim(entity, other)),
          new Feedback(Verdict.WRONG, words.phrases().fill("definition.choice.wrong",
              "term", term(other).orElseThrow(), "explanation", explanation), meaning, entity.source())));
    }
    String term = term(entity).orElseThrow();
    String stem = words.phrases().fill("definition.choice.stem", "term", term);
    return new SingleChoice(header(id, Difficulty.RECALL, stem, entity), RelationQuestions.shuffled(options, id));
  }

  /** Up to eight other defined entities of the kind, those after position {@code at}, so cost does not grow with the kind. */
  private List<Entity> nearby(List<Entity> defined, int at) {
    Entity entity = defined.get(at);
    Set<String> seen = new java.util.HashSet<>();
    seen.add(definition(entity).toLowerCase(java.util.Locale.ROOT));
    seen.add(term(entity).orElseThrow().toLowerCase(java.util.Locale.ROOT));
    List<Entity> others = new ArrayList<>();
    for (int step = 1; step < defined.size() && others.size() < 8 && step <= 64; step++) {
      Entity other = defined.get((at + step) % defined.size());
      // Two options never read alike: skip meanings (and names) already shown.
      if (seen.add(definition(other).toLowerCase(java.util.Locale.ROOT))
          && seen.add(term(other).orElseThrow().toLowerCase(java.util.Locale.ROOT))) {
        others.add(other);
      }
    }
    return others;
  }

  /** A text entry asking for the term, accepting only names its prompt does not show; null if none is left. */
  private TextEntry word(Entity entity) {
    String id = "text-definition-" + entity.id() + suffix;
    // The phrase picks the definition as written or, to quote it inside a sentence, without its final full stop.
    String stem = words.phrases().fill("definition.text.stem", "definition", definition(entity),
        "unstopped", definition(entity).replaceAll("\\.$", ""));
    Set<String> names = new LinkedHashSet<>();
    term(entity).ifPresent(names::add);
    names.add(words.label(entity));
    names.add(entity.label().patient());
    names.add(entity.label().clinical());
    names.addAll(entity.aliases());
    // Each reading of a name with a parenthesis too, and one form per normalised spelling.
    Map<String, String> forms = new LinkedHashMap<>();
    for (String name : names) {
      for (String form : AcceptedAnswers.forms(name)) {
        if (!Words.givesAway(stem, form)) {
          forms.putIfAbsent(org.cytoquiz.quiz.question.TextAnswers.normalise(form), form);
        }
      }
    }
    List<String> accepted = List.copyOf(forms.values());
    if (accepted.isEmpty()) {
      return null;
    }
    String answer = accepted.get(0);
    String explanation = defines(answer, definition(entity));
    List<Claim> meaning = List.of(claim(entity, entity));
    return new TextEntry(header(id, Difficulty.RECALL, stem, entity), accepted,
        new Feedback(Verdict.RIGHT, explanation, meaning, entity.source()),
        new Feedback(Verdict.WRONG, words.phrases().fill("definition.text.wrong", "answer", answer,
            "explanation", explanation), meaning, entity.source()));
  }

  /**
   * A whole sentence that gives a term's meaning, not a glossary fragment: "Intravenous (IV) means given as a
   * shot straight into a vein." for a meaning that describes, "“Cytokine” is the general name for …" for one
   * that names a thing (it begins with "A", "An" or "The"; the term in quotes, as a word, needs no article).
   */
  String defines(String term, String definition) {
    String subject = Wordings.capitalized(term);
    boolean names = definition.startsWith("A ") || definition.startsWith("An ") || definition.startsWith("The ");
    String rest = definition.length() > 1 && Character.isUpperCase(definition.charAt(1))
        ? definition
        : Character.toLowerCase(definition.charAt(0)) + definition.substring(1);
    return words.phrases().fill(names ? "definition.names" : "definition.means", "term", subject, "definition", rest);
  }

  private Matching matching(EntityType type, List<Entity> defined, String group) {
    String id = "match-definition-" + type.key() + group + suffix;
    List<Entity> picked = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (Entity entity : RelationQuestions.pick(defined, Math.min(defined.size(), 64), id)) {
      if (picked.size() < 6 && seen.add("d " + definition(entity).toLowerCase(java.util.Locale.ROOT))
          && seen.add("l " + term(entity).orElseThrow().toLowerCase(java.util.Locale.ROOT))) {
        picked.add(entity);
      }
    }
    // Three terms at least, and one meaning more than terms: the last picked is the left-over, so the last pair
    // is not found by elimination. A kind with fewer than four meanings gets no matching question.
    if (picked.size() < 4) {
      return null;
    }
    Entity leftOver = picked.remove(picked.size() - 1);
    MatchingBuilder pairs = new MatchingBuilder();
    for (Entity entity : picked) {
      String label = Wordings.capitalized(term(entity).orElseThrow());
      pairs.pair(new Item(entity.id().value(), label), new Item(entity.id().value(), definition(entity)),
          new Feedback(Verdict.RIGHT, defines(label, definition(entity)), List.of(claim(entity, entity)),
              entity.source()), claim(entity, entity));
    }
    pairs.spare(new Item(leftOver.id().value(), definition(leftOver)));
    String stem = words.phrases().get("definition.matching.stem");
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
