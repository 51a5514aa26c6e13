package org.cytoquiz.core;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;

/**
 * Facts as sentences in both wordings: the relation's wording with the entities' labels and the fact's qualifiers
 * in place (see {@link Relation#render}), framed by the words of the message bundle {@value SentenceWords#BUNDLE} for the
 * audience and language, such as "Not true: …." for a denied fact read by a patient in English.
 *
 * <p>The language is the one asked for, never the machine's default locale: a language with no file of its own
 * reads English, and a key its file leaves out reads the English words. Immutable and safe to share between
 * threads.
 */
final class Sentences {

  private static final String BUNDLE = SentenceWords.BUNDLE;

  private final Function<EntityId, Entity> entities;

  /** Sentences naming entities as {@code entities} finds them by id. */
  Sentences(Function<EntityId, Entity> entities) {
    this.entities = entities;
  }

  /** The fact as a sentence in both wordings, in {@code language}. */
  Wording statement(Fact fact, Locale language) {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(language, "language");
    Wording sentence = fact.relation().render(entities.apply(fact.subject()).label(),
        entities.apply(fact.object()).label(), fact.qualifiers(), language);
    String name = fact.holds() ? "stated" : "denied";
    return new Wording(
        frame(SentenceWords.get(Audience.PATIENT, name, language), sentence.patient()),
        frame(SentenceWords.get(Audience.STAFF, name, language), sentence.clinical()));
  }

  /** {@code template} with {@code {sentence}} and {@code {Sentence}} filled in, in one pass. */
  private static String frame(String template, String sentence) {
    String capitalised = Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    StringBuilder out = new StringBuilder(template.length() + sentence.length());
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        out.append(template, at, template.length());
        break;
      }
      String placeholder = template.substring(open + 1, close);
      out.append(template, at, open);
      switch (placeholder) {
        case "sentence" -> out.append(sentence);
        case "Sentence" -> out.append(capitalised);
        default -> throw new IllegalArgumentException("the words '" + template + "' of the bundle " + BUNDLE
            + " hold {" + placeholder + "}; only {sentence} and {Sentence} are filled in");
      }
      at = close + 1;
    }
    return out.toString();
  }
}
