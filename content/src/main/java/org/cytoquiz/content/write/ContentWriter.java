package org.cytoquiz.content.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cytoquiz.content.format.ContentFormat;
import org.cytoquiz.content.format.Records;
import org.cytoquiz.core.Course;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Carry;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.teaching.AuthoredOption;
import org.cytoquiz.teaching.AuthoredQuestion;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.teaching.QuestionTemplate;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.teaching.Statement;
import org.cytoquiz.teaching.Topic;

/**
 * Writes a knowledge base as a course folder in the content format, which the loader reads back to an equal
 * model: the way to export a course built in code, or to normalise a hand-edited one.
 *
 * <p>It writes the records of {@link Records}, the same ones the loader binds, and puts the published schema
 * beside the files, each of which starts with the line that points an editor's YAML language server at it.
 */
public final class ContentWriter {

  /** The files a written course consists of besides {@code course.yaml}, in include order. */
  public static final List<String> FILES =
      List.of("relations.yaml", "entities.yaml", "facts.yaml", "questions.yaml", "quizzes.yaml");

  private ContentWriter() {}

  /**
   * Writes the course (its knowledge base and teaching material) into the folder {@code dir}, creating it if
   * needed and replacing the course files and the two schema files ({@link ContentFormat#SCHEMAS}).
   *
   * @throws IOException if a file cannot be written
   * @throws NullPointerException if an argument is null
   */
  public static void write(Curriculum curriculum, Path dir) throws IOException {
    Objects.requireNonNull(curriculum, "curriculum");
    KnowledgeBase kb = curriculum.knowledgeBase();
    Files.createDirectories(Objects.requireNonNull(dir, "dir"));
    for (String schema : ContentFormat.SCHEMAS) {
      Files.writeString(dir.resolve(schema), ContentFormat.schema(schema), StandardCharsets.UTF_8);
    }
    write(dir.resolve("course.yaml"), ContentFormat.COURSE_SCHEMA, course(curriculum));
    write(dir.resolve(FILES.get(0)), ContentFormat.CONTENT_SCHEMA, Map.of("relations",
        kb.relations().stream().map(r -> relation(r, curriculum.template(r).map(ContentWriter::template).orElse(null)))
            .toList()));
    Map<String, Object> entities = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      List<Entity> ofType = kb.entities(type);
      if (!ofType.isEmpty()) {
        entities.put(type.key(), ofType.stream().map(ContentWriter::entity).toList());
      }
    }
    write(dir.resolve(FILES.get(1)), ContentFormat.CONTENT_SCHEMA, entities);
    write(dir.resolve(FILES.get(2)), ContentFormat.CONTENT_SCHEMA, Map.of("facts",
        kb.facts().stream().map(ContentWriter::fact).toList()));
    write(dir.resolve(FILES.get(3)), ContentFormat.CONTENT_SCHEMA, Map.of("questions",
        curriculum.teaching().questions().stream().map(ContentWriter::question).toList()));
    write(dir.resolve(FILES.get(4)), ContentFormat.CONTENT_SCHEMA, Map.of("quizzes",
        curriculum.teaching().presets().stream().map(ContentWriter::preset).toList()));
  }

  private static void write(Path file, String schema, Object value) throws IOException {
    Files.writeString(file, ContentFormat.schemaLine("", schema) + "\n"
        + ContentFormat.toYaml(value), StandardCharsets.UTF_8);
  }

  private static Records.CourseFile course(Curriculum curriculum) {
    Course course = curriculum.knowledgeBase().course();
    Source source = course.source();
    List<Records.Section> sections = source.sections().stream().map(ContentWriter::section).toList();
    List<Topic> topics = curriculum.teaching().topics();
    return new Records.CourseFile(course.id(), wording(course.title()), course.language().toLanguageTag(),
        new Records.Source(source.title(), source.reviewer(), source.lastReviewed().toString(),
            source.reviewDue().toString(), sections),
        topics.isEmpty() ? null : topics.stream()
            .map(t -> new Records.Topic(t.id(), t.label().patient(), t.label().clinical())).toList(),
        curriculum.teaching().definitionsTopic().orElse(null), FILES);
  }

  private static Records.Template template(QuestionTemplate template) {
    return new Records.Template(template.topic(), Keyed.key(template.difficulty()),
        template.audiences().stream().map(Keyed::key).toList(),
        template.askSubject().map(ContentWriter::wording).orElse(null),
        template.askObject().map(ContentWriter::wording).orElse(null));
  }

  private static Records.Relation relation(Relation relation, Records.Template template) {
    return new Records.Relation(relation.id(), relation.wording().patient(), relation.wording().clinical(),
        relation.subjectTypes().stream().map(EntityType::key).toList(),
        relation.objectTypes().stream().map(EntityType::key).toList(),
        relation.world().name().toLowerCase(java.util.Locale.ROOT),
        relation.cardinality() == Cardinality.ONE ? "one" : "many",
        relation.taxonomic() ? Boolean.TRUE : null,
        relation.carries().isEmpty() ? null : relation.carries().stream().map(Carry::key).toList(),
        relation.modality().map(m -> m.key()).orElse(null), template);
  }

  private static Records.Entity entity(Entity entity) {
    return new Records.Entity(entity.id().value(), entity.label().patient(), entity.label().clinical(),
        entity.aliases().isEmpty() ? null : entity.aliases(),
        entity.definition().map(ContentWriter::wording).orElse(null), entity.source().key());
  }

  private static Records.Fact fact(Fact fact) {
    Map<String, Qualifier> qualifiers = new LinkedHashMap<>();
    fact.qualifiers().forEach(q -> qualifiers.put(q.kind(), q));
    return new Records.Fact(fact.subject().value(), fact.relation().id(), fact.object().value(),
        fact.holds() ? null : Boolean.FALSE,
        qualifiers.containsKey("modality") ? ((org.cytoquiz.core.fact.Modality) qualifiers.get("modality")).key() : null,
        qualifier(qualifiers, "extent"), qualifier(qualifiers, "scope"), qualifier(qualifiers, "condition"),
        qualifier(qualifiers, "reason"), fact.source().key(),
        fact.furtherSources().isEmpty() ? null : fact.furtherSources().stream().map(SourceRef::key).toList());
  }

  private static Records.Wording qualifier(Map<String, Qualifier> qualifiers, String kind) {
    Qualifier qualifier = qualifiers.get(kind);
    return qualifier == null ? null : wording(qualifier.wording());
  }

  private static Records.Question question(AuthoredQuestion question) {
    return new Records.Question(question.id(), Keyed.key(question.kind()),
        question.audiences().stream().map(Keyed::key).toList(), Keyed.key(question.difficulty()),
        question.topic(), wording(question.stem()),
        question.options().stream().map(ContentWriter::option).toList());
  }

  private static Records.Option option(AuthoredOption option) {
    return new Records.Option(option.id(), option.text().patient(), option.text().clinical(),
        option.statements().stream().map(Statement::toString).toList(), option.expected().orElse(null),
        option.feedback().map(ContentWriter::wording).orElse(null));
  }

  private static Records.Quiz preset(QuizPreset preset) {
    Map<String, Integer> mix = new LinkedHashMap<>();
    preset.difficultyMix().forEach((d, w) -> mix.put(Keyed.key(d), w));
    boolean blueprint = !preset.topicMix().isEmpty();
    return new Records.Quiz(preset.id(), wording(preset.title()), wording(preset.description()),
        Keyed.key(preset.audience()), preset.questions(), preset.kinds().stream().map(Keyed::key).toList(),
        List.copyOf(preset.topics()), blueprint ? new Records.Blueprint(preset.topicMix(), mix) : null,
        blueprint ? null : mix, Keyed.key(preset.feedback()),
        preset.passMark().isPresent() ? preset.passMark().getAsInt() : null, preset.certaintyBased(),
        Keyed.key(preset.marking()), preset.seed(), preset.fixedForm() ? Boolean.TRUE : null,
        preset.validity().map(Object::toString).orElse(null));
  }

  private static Records.Wording wording(Wording wording) {
    return new Records.Wording(wording.patient(), wording.clinical());
  }

  private static Records.Section section(Section section) {
    return new Records.Section(section.id(), section.heading(), section.paragraphs());
  }
}
