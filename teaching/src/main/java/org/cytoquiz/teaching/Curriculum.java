package org.cytoquiz.teaching;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.cytoquiz.core.InvalidModelException;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.ModelProblem;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.core.fact.Relation;

/**
 * A course ready to teach: its knowledge base of facts with the teaching material built on it, checked to fit
 * together (see {@link TeachingCheck}). This is what the quiz engine reads; the knowledge base alone is what a
 * library user asks medical questions of.
 *
 * <p>Immutable and safe to share between threads. Null arguments throw {@link NullPointerException} naming the
 * parameter; look-ups that must find something throw {@link UnknownEntityException} naming the kind, the id and the
 * ids known.
 */
public final class Curriculum {

  private final KnowledgeBase knowledgeBase;
  private final Teaching teaching;

  private Curriculum(KnowledgeBase knowledgeBase, Teaching teaching) {
    this.knowledgeBase = knowledgeBase;
    this.teaching = teaching;
  }

  /**
   * The knowledge base with this teaching material.
   *
   * @param knowledgeBase the model of facts; not null
   * @param teaching the material; not null
   * @return the curriculum
   * @throws NullPointerException if an argument is null
   * @throws InvalidModelException carrying every problem, if {@link TeachingCheck} finds any
   */
  public static Curriculum of(KnowledgeBase knowledgeBase, Teaching teaching) {
    Checked checked = checked(knowledgeBase, teaching);
    return checked.curriculum().orElseThrow(() -> new InvalidModelException(checked.problems()));
  }

  /**
   * Checks the material against the knowledge base once and, when it fits, builds the curriculum: for a loader
   * that reports the problems and then uses the course.
   *
   * @param knowledgeBase the model of facts; not null
   * @param teaching the material; not null
   * @return the problems {@link TeachingCheck} finds, and the curriculum exactly when there are none
   * @throws NullPointerException if an argument is null
   */
  public static Checked checked(KnowledgeBase knowledgeBase, Teaching teaching) {
    Objects.requireNonNull(knowledgeBase, "knowledgeBase");
    Objects.requireNonNull(teaching, "teaching");
    List<ModelProblem> problems = TeachingCheck.check(knowledgeBase, teaching);
    return new Checked(problems,
        problems.isEmpty() ? Optional.of(new Curriculum(knowledgeBase, teaching)) : Optional.empty());
  }

  /**
   * The outcome of checking teaching material once.
   *
   * @param problems the problems found, all errors; unmodifiable
   * @param curriculum the curriculum, present exactly when there is no problem
   */
  public record Checked(List<ModelProblem> problems, Optional<Curriculum> curriculum) {

    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a curriculum is given together with problems
     */
    public Checked {
      problems = List.copyOf(problems);
      Objects.requireNonNull(curriculum, "curriculum");
      if (curriculum.isPresent() && !problems.isEmpty()) {
        throw new IllegalArgumentException("material with problems has no curriculum: " + problems);
      }
    }
  }

  /**
   * A knowledge base with no teaching material, which no quiz can be drawn from but which any check accepts.
   *
   * @param knowledgeBase the model of facts; not null
   * @return the curriculum
   * @throws NullPointerException if {@code knowledgeBase} is null
   */
  public static Curriculum of(KnowledgeBase knowledgeBase) {
    return of(knowledgeBase, Teaching.NONE);
  }

  /** The model of facts the material is built on. */
  public KnowledgeBase knowledgeBase() {
    return knowledgeBase;
  }

  /** The teaching material: topics, question templates, authored questions and quiz presets. */
  public Teaching teaching() {
    return teaching;
  }

  /**
   * The question template of a relation, if the material gives one.
   *
   * @param relation the relation; not null
   * @return its template, or empty
   * @throws NullPointerException if {@code relation} is null
   */
  public Optional<QuestionTemplate> template(Relation relation) {
    Objects.requireNonNull(relation, "relation");
    return teaching.templates().stream().filter(t -> t.relation().equals(relation.id())).findFirst();
  }

  /**
   * The quiz preset with this id.
   *
   * @param id the preset's id, such as {@code patient-basics}; not null
   * @return the preset
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownEntityException if there is none, listing the presets there are
   */
  public QuizPreset preset(String id) {
    Objects.requireNonNull(id, "id");
    return teaching.presets().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new UnknownEntityException("quiz", id,
            teaching.presets().stream().map(QuizPreset::id).toList()));
  }

  /**
   * The topic with this id.
   *
   * @param id the topic's id, such as {@code administration}; not null
   * @return the topic
   * @throws NullPointerException if {@code id} is null
   * @throws UnknownEntityException if the material has no such topic, listing the topics it has
   */
  public Topic topic(String id) {
    Objects.requireNonNull(id, "id");
    return teaching.topics().stream().filter(t -> t.id().equals(id)).findFirst()
        .orElseThrow(() -> new UnknownEntityException("topic", id,
            teaching.topics().stream().map(Topic::id).toList()));
  }

  @Override
  public String toString() {
    return "Curriculum[" + knowledgeBase.course().id() + ", " + teaching.topics().size() + " topics, "
        + teaching.presets().size() + " quizzes]";
  }
}
