package org.cytoquiz.interchange.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.core.source.SourceRef;

/**
 * The whole knowledge base as a stable JSON document (format documented in {@code docs/facts-format.md}): an
 * object with, in this order, {@code format} ({@value #FORMAT}), {@code course} (id, title in both wordings,
 * source article with review dates and sections), and the arrays {@code relations}, {@code entities} and
 * {@code facts}, shaped as the nested records below. Write it with {@link JsonDocuments}; no web server is needed.
 *
 * @param format the name and version of this format
 * @param course the course and its source article
 * @param relations every relation
 * @param entities every entity
 * @param facts every fact, stated or denied, with its sentence in both wordings
 */
@JsonPropertyOrder({"format", "course", "relations", "entities", "facts"})
public record FactsDocument(
    String format, CourseJson course, List<RelationJson> relations, List<EntityJson> entities,
    List<FactJson> facts) {

  /** The format identifier; the number changes only when a field changes meaning or goes away. */
  public static final String FORMAT = "cytoquiz-facts/1";

  /** The document for {@code kb}. */
  public static FactsDocument of(KnowledgeBase kb) {
    Source source = kb.course().source();
    return new FactsDocument(
        FORMAT,
        new CourseJson(kb.course().id(), kb.course().title(), new SourceJson(source.title(), source.reviewer(),
            source.lastReviewed().toString(), source.reviewDue().toString(), source.sections())),
        kb.relations().stream().map(RelationJson::of).toList(),
        kb.entities().stream().map(EntityJson::of).toList(),
        kb.facts().stream().map(f -> FactJson.of(kb, f)).toList());
  }

  /** The course and its source. */
  public record CourseJson(String id, Wording title, SourceJson source) {}

  /** The source article with its review dates and outline. */
  public record SourceJson(
      String title, String reviewer, String lastReviewed, String reviewDue, List<Section> sections) {}

  /**
   * Where in the article something is said: a paragraph, or a run of paragraphs up to {@code lastParagraph}
   * (present only for a run).
   */
  public record RefJson(String section, String heading, int paragraph,
      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
      Integer lastParagraph) {
    static RefJson of(SourceRef ref) {
      return new RefJson(ref.section().id(), ref.section().heading(), ref.paragraph(),
          ref.isRange() ? ref.lastParagraph() : null);
    }
  }

  /**
   * A relation: its sentence templates, the kinds it links, what its silence means, whether it is taxonomic,
   * how its facts carry along the taxonomy, and the modality its wording reads when a fact names none (absent
   * when the wording has none).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record RelationJson(
      String id, String patient, String clinical, List<String> subjects, List<String> objects, String world,
      String objectsPerSubject, boolean taxonomic, List<String> carries, String modality) {
    static RelationJson of(Relation r) {
      return new RelationJson(r.id(), r.wording().patient(), r.wording().clinical(),
          r.subjectTypes().stream().map(EntityType::key).toList(),
          r.objectTypes().stream().map(EntityType::key).toList(),
          r.world().name().toLowerCase(Locale.ROOT), r.cardinality() == Cardinality.ONE ? "one" : "many",
          r.taxonomic(), r.carries().stream().map(org.cytoquiz.core.fact.Carry::key).toList(),
          r.modality().map(org.cytoquiz.core.fact.Modality::key).orElse(null));
    }
  }

  /** An entity with its labels, other names, definition and source. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record EntityJson(
      String id, String type, String patient, String clinical, List<String> aliases, Wording definition,
      RefJson source) {
    static EntityJson of(Entity e) {
      return new EntityJson(e.id().value(), e.type().key(), e.label().patient(), e.label().clinical(),
          e.aliases(), e.definition().orElse(null), RefJson.of(e.source()));
    }
  }

  /** A fact: the triple, whether it holds, its sentence in both wordings, qualifiers and source. */
  public record FactJson(
      String subject, String relation, String object, boolean holds, String patient, String clinical,
      List<QualifierJson> qualifiers, RefJson source) {
    static FactJson of(KnowledgeBase kb, Fact f) {
      Wording sentence = kb.statement(f);
      return new FactJson(f.subject().value(), f.relation().id(), f.object().value(), f.holds(),
          sentence.patient(), sentence.clinical(),
          f.qualifiers().stream().map(q -> QualifierJson.of(q, kb.course().language())).toList(),
          RefJson.of(f.source()));
    }
  }

  /** A hedge of a fact: its kind (modality, extent, scope, condition or reason) and its words. */
  public record QualifierJson(String kind, String patient, String clinical) {
    static QualifierJson of(org.cytoquiz.core.fact.Qualifier q, java.util.Locale language) {
      Wording words = q.wording(language);
      return new QualifierJson(q.kind(), words.patient(), words.clinical());
    }
  }
}
