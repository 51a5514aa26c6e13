package org.cytoquiz.content.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.Course;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Fact;
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
 */
public final class ContentWriter {

  /** The files a written course consists of, in include order. */
  public static final List<String> FILES =
      List.of("relations.yaml", "entities.yaml", "facts.yaml", "questions.yaml", "quizzes.yaml");

  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  private ContentWriter() {}

  /**
   * Writes the course (its knowledge base and teaching material) into the folder {@code dir}, creating it if
   * needed and replacing the course files.
   */
  public static void write(Curriculum curriculum, Path dir) throws IOException {
    KnowledgeBase kb = curriculum.knowledgeBase();
    Files.createDirectories(dir);
    Map<String, Object> course = course(kb.course(), curriculum.teaching().topics());
    curriculum.teaching().definitionsTopic().ifPresent(t -> course.put("definitionsTopic", t));
    YAML.writeValue(dir.resolve("course.yaml").toFile(), course);
    YAML.writeValue(dir.resolve(FILES.get(0)).toFile(), Map.of("relations",
        kb.relations().stream().map(r -> relation(r, curriculum.template(r))).toList()));
    Map<String, Object> entities = new LinkedHashMap<>();
    for (EntityType type : EntityType.values()) {
      List<Entity> ofType = kb.entities(type);
      if (!ofType.isEmpty()) {
        entities.put(type.key(), ofType.stream().map(ContentWriter::entity).toList());
      }
    }
    YAML.writeValue(dir.resolve(FILES.get(1)).toFile(), entities);
    YAML.writeValue(dir.resolve(FILES.get(2)).toFile(), Map.of("facts",
        kb.facts().stream().map(ContentWriter::fact).toList()));
    YAML.writeValue(dir.resolve(FILES.get(3)).toFile(), Map.of("questions",
        curriculum.teaching().questions().stream().map(ContentWriter::question).toList()));
    YAML.writeValue(dir.resolve(FILES.get(4)).toFile(), Map.of("quizzes",
        curriculum.teaching().presets().stream().map(ContentWriter::preset).toList()));
  }

  private static Map<String, Object> template(QuestionTemplate template) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("topic", template.topic());
    map.put("difficulty", Keyed.key(template.difficulty()));
    map.put("audiences", template.audiences().stream().map(Keyed::key).toList());
    template.askSubject().ifPresent(w -> map.put("askSubject", wording(w)));
    template.askObject().ifPresent(w -> map.put("askObject", wording(w)));
    return map;
  }

  private static Map<String, Object> question(AuthoredQuestion question) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", question.id());
    map.put("kind", Keyed.key(question.kind()));
    map.put("audiences", question.audiences().stream().map(Keyed::key).toList());
    map.put("difficulty", Keyed.key(question.difficulty()));
    map.put("topic", question.topic());
    map.put("stem", wording(question.stem()));
    List<Map<String, Object>> options = new ArrayList<>();
    for (AuthoredOption option : question.options()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", option.id());
      o.putAll(wording(option.text()));
      o.put("statements", option.statements().stream().map(Statement::toString).toList());
      option.expected().ifPresent(e -> o.put("correct", e));
      option.feedback().ifPresent(f -> o.put("feedback", wording(f)));
      options.add(o);
    }
    map.put("options", options);
    return map;
  }

  private static Map<String, Object> preset(QuizPreset preset) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", preset.id());
    map.put("title", wording(preset.title()));
    map.put("description", wording(preset.description()));
    map.put("audience", Keyed.key(preset.audience()));
    map.put("questions", preset.questions());
    map.put("kinds", preset.kinds().stream().map(Keyed::key).toList());
    map.put("topics", List.copyOf(preset.topics()));
    Map<String, Object> mix = new LinkedHashMap<>();
    preset.difficultyMix().forEach((d, w) -> mix.put(Keyed.key(d), w));
    if (preset.topicMix().isEmpty()) {
      map.put("difficulty", mix);
    } else {
      Map<String, Object> blueprint = new LinkedHashMap<>();
      blueprint.put("topics", new LinkedHashMap<>(preset.topicMix()));
      blueprint.put("difficulty", mix);
      map.put("blueprint", blueprint);
    }
    map.put("feedback", Keyed.key(preset.feedback()));
    preset.passMark().ifPresent(p -> map.put("passMark", p));
    map.put("certaintyBased", preset.certaintyBased());
    map.put("marking", Keyed.key(preset.marking()));
    map.put("seed", preset.seed());
    if (preset.fixedForm()) {
      map.put("fixedForm", true);
    }
    preset.validity().ifPresent(v -> map.put("validity", v.toString()));
    return map;
  }

  private static Map<String, Object> course(Course course, List<Topic> topics) {
    Source source = course.source();
    Map<String, Object> src = new LinkedHashMap<>();
    src.put("title", source.title());
    src.put("reviewer", source.reviewer());
    src.put("lastReviewed", source.lastReviewed().toString());
    src.put("reviewDue", source.reviewDue().toString());
    List<Map<String, Object>> sections = new ArrayList<>();
    for (Section section : source.sections()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("id", section.id());
      s.put("heading", section.heading());
      s.put("paragraphs", section.paragraphs());
      sections.add(s);
    }
    src.put("sections", sections);
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", course.id());
    map.put("title", wording(course.title()));
    map.put("source", src);
    if (!topics.isEmpty()) {
      List<Map<String, Object>> list = new ArrayList<>();
      for (Topic topic : topics) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", topic.id());
        t.putAll(wording(topic.label()));
        list.add(t);
      }
      map.put("topics", list);
    }
    map.put("include", FILES);
    return map;
  }

  private static Map<String, Object> relation(Relation relation, java.util.Optional<QuestionTemplate> template) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", relation.id());
    map.putAll(wording(relation.wording()));
    map.put("subjects", relation.subjectTypes().stream().map(EntityType::key).toList());
    map.put("objects", relation.objectTypes().stream().map(EntityType::key).toList());
    map.put("world", relation.world().name().toLowerCase(java.util.Locale.ROOT));
    map.put("objectsPerSubject", relation.cardinality() == Cardinality.ONE ? "one" : "many");
    if (relation.taxonomic()) {
      map.put("taxonomic", true);
    }
    if (!relation.carries().isEmpty()) {
      map.put("carries", relation.carries().stream().map(org.cytoquiz.core.fact.Carry::key).toList());
    }
    relation.modality().ifPresent(m -> map.put("modality", m.key()));
    template.ifPresent(t -> map.put("quiz", template(t)));
    return map;
  }

  private static Map<String, Object> entity(Entity entity) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", entity.id().value());
    map.putAll(wording(entity.label()));
    if (!entity.aliases().isEmpty()) {
      map.put("aliases", entity.aliases());
    }
    entity.definition().ifPresent(d -> map.put("definition", wording(d)));
    map.put("source", entity.source().key());
    return map;
  }

  private static Map<String, Object> fact(Fact fact) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("subject", fact.subject().value());
    map.put("relation", fact.relation().id());
    map.put("object", fact.object().value());
    if (!fact.holds()) {
      map.put("holds", false);
    }
    for (org.cytoquiz.core.fact.Qualifier qualifier : fact.qualifiers()) {
      map.put(qualifier.kind(), qualifier instanceof org.cytoquiz.core.fact.Modality m
          ? m.key() : wording(qualifier.wording()));
    }
    map.put("source", fact.source().key());
    return map;
  }

  private static Map<String, Object> wording(Wording wording) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("patient", wording.patient());
    map.put("clinical", wording.clinical());
    return map;
  }
}
