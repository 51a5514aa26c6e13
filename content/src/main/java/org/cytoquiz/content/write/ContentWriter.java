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

/**
 * Writes a knowledge base as a course folder in the content format, which the loader reads back to an equal
 * model: the way to export a course built in code, or to normalise a hand-edited one.
 */
public final class ContentWriter {

  /** The files a written course consists of, in include order. */
  public static final List<String> FILES = List.of("relations.yaml", "entities.yaml", "facts.yaml");

  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .build());

  private ContentWriter() {}

  /** Writes {@code kb} into the folder {@code dir}, creating it if needed and replacing the course files. */
  public static void write(KnowledgeBase kb, Path dir) throws IOException {
    Files.createDirectories(dir);
    YAML.writeValue(dir.resolve("course.yaml").toFile(), course(kb.course()));
    YAML.writeValue(dir.resolve(FILES.get(0)).toFile(), Map.of("relations",
        kb.relations().stream().map(ContentWriter::relation).toList()));
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
  }

  private static Map<String, Object> course(Course course) {
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
    map.put("include", FILES);
    return map;
  }

  private static Map<String, Object> relation(Relation relation) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("id", relation.id());
    map.putAll(wording(relation.wording()));
    map.put("subjects", relation.subjectTypes().stream().map(EntityType::key).toList());
    map.put("objects", relation.objectTypes().stream().map(EntityType::key).toList());
    map.put("world", relation.world().name().toLowerCase(java.util.Locale.ROOT));
    map.put("objectsPerSubject", relation.cardinality() == Cardinality.ONE ? "one" : "many");
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
    if (!fact.qualifiers().isEmpty()) {
      map.put("qualifiers", fact.qualifiers().stream().map(ContentWriter::wording).toList());
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
