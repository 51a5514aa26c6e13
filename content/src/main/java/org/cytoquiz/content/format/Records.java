package org.cytoquiz.content.format;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * The records a course file binds to, one per object of the schema ({@code content.schema.json} and
 * {@code course.schema.json}), with the same field names; the loader reads them and the writer writes them.
 *
 * <p>They hold the file's text as written (ids, keys such as {@code single-choice}, source references such as
 * {@code taken/2}); turning them into the model, and the checks between files, is the loader's job. A null
 * component is a field the file leaves out; lists and maps are copied and unmodifiable. Immutable.
 */
public final class Records {

  private Records() {}

  /**
   * {@code course.yaml}: the course's id and title, its language (a BCP 47 tag, null for the default English), its
   * source article, its topics and its other files.
   */
  @JsonPropertyOrder({"id", "title", "language", "source", "topics", "definitionsTopic", "include"})
  public record CourseFile(String id, Wording title, String language, Source source, List<Topic> topics,
      String definitionsTopic, List<String> include) {
    /** Copies the lists. */
    public CourseFile {
      topics = copy(topics);
      include = copy(include);
    }
  }

  /** The reviewed article: title, reviewer, {@code YYYY-MM} of the last review, {@code YYYY-MM-DD} it is due. */
  public record Source(String title, String reviewer, String lastReviewed, String reviewDue, List<Section> sections) {
    /** Copies the list. */
    public Source {
      sections = copy(sections);
    }
  }

  /** One section of the article's outline: the id facts cite, its heading and its number of paragraphs. */
  public record Section(String id, String heading, Integer paragraphs) {}

  /** A topic quizzes balance their questions over. */
  public record Topic(String id, String patient, String clinical) {}

  /** A text in the patient and the clinical wording. */
  public record Wording(String patient, String clinical) {}

  /** A relation: its id, sentence templates, the entity kinds it links and the promises it makes. */
  public record Relation(String id, String patient, String clinical, List<String> subjects, List<String> objects,
      String world, String objectsPerSubject, Boolean taxonomic, List<String> carries, String modality,
      Template quiz) {
    /** Copies the lists. */
    public Relation {
      subjects = copy(subjects);
      objects = copy(objects);
      carries = copy(carries);
    }
  }

  /** A relation's question template ({@code quiz:}): topic, difficulty, audiences and its two stems. */
  public record Template(String topic, String difficulty, List<String> audiences, Wording askSubject,
      Wording askObject) {
    /** Copies the list. */
    public Template {
      audiences = copy(audiences);
    }
  }

  /** An entity, listed under the key of its kind; {@code definition} is required for terms. */
  public record Entity(String id, String patient, String clinical, List<String> aliases, Wording definition,
      String source) {
    /** Copies the list. */
    public Entity {
      aliases = copy(aliases);
    }
  }

  /**
   * A fact: subject, relation, object, whether it holds (absent: it does), its qualifiers, its source and any
   * further paragraphs it rests on.
   */
  public record Fact(String subject, String relation, String object, Boolean holds, String modality,
      Wording extent, Wording scope, Wording condition, Wording reason, String source, List<String> furtherSources) {
    /** Copies the list. */
    public Fact {
      furtherSources = copy(furtherSources);
    }
  }

  /** A hand-written question. */
  public record Question(String id, String kind, List<String> audiences, String difficulty, String topic,
      Wording stem, List<Option> options) {
    /** Copies the lists. */
    public Question {
      audiences = copy(audiences);
      options = copy(options);
    }
  }

  /** An option of a hand-written question, with the statements ({@code subject relation object}) it makes. */
  public record Option(String id, String patient, String clinical, List<String> statements, Boolean correct,
      Wording feedback) {
    /** Copies the list. */
    public Option {
      statements = copy(statements);
    }
  }

  /** A quiz preset; {@code validity} is an ISO-8601 period such as {@code P2Y}. */
  @JsonPropertyOrder({"id", "title", "description", "audience", "questions", "kinds", "topics", "difficulty",
      "blueprint", "feedback", "passMark", "certaintyBased", "marking", "seed", "fixedForm", "validity"})
  public record Quiz(String id, Wording title, Wording description, String audience, Integer questions,
      List<String> kinds, List<String> topics, Blueprint blueprint, Map<String, Integer> difficulty,
      String feedback, Integer passMark, Boolean certaintyBased, String marking, Long seed, Boolean fixedForm,
      String validity) {
    /** Copies the lists and maps. */
    public Quiz {
      kinds = copy(kinds);
      topics = copy(topics);
      difficulty = copy(difficulty);
    }
  }

  /** A quiz blueprint: the weight of each topic and of each difficulty. */
  public record Blueprint(Map<String, Integer> topics, Map<String, Integer> difficulty) {
    /** Copies the maps. */
    public Blueprint {
      topics = copy(topics);
      difficulty = copy(difficulty);
    }
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? null : List.copyOf(list);
  }

  private static <K, V> Map<K, V> copy(Map<K, V> map) {
    return map == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
  }
}
