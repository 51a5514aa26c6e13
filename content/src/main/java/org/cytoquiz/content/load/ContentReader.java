package org.cytoquiz.content.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.core.Course;
import org.cytoquiz.core.Severity;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.teaching.Teaching;

/**
 * Reads a course's files into the parts of a knowledge base: finds the files ({@code course.yaml} and what it
 * includes), has each one parsed and checked against the schema, and hands the records to the mappings in the
 * order references need (relations, then entities, then facts and teaching material).
 *
 * <p>It reads everything it can: a broken entry is reported and skipped, and the rest still gets checked, so one
 * run tells the author every problem.
 */
final class ContentReader {

  static final String RELATIONS = "relations";
  static final String FACTS = "facts";
  static final String QUESTIONS = "questions";
  static final String QUIZZES = "quizzes";

  /** Everything read, with where each element came from. */
  record Result(
      Optional<Course> course,
      List<Entity> entities,
      List<Relation> relations,
      List<Fact> facts,
      List<ContentProblem> problems,
      Map<Object, Origin> origins,
      Optional<Origin> reviewDueOrigin,
      Teaching teaching) {}

  private ContentReader() {}

  /** Reads the course in {@code files}. */
  static Result read(ContentFiles files) {
    List<ContentProblem> problems = new ArrayList<>();
    Map<Object, Origin> origins = new IdentityHashMap<>();
    TeachingMapping teaching = new TeachingMapping(origins);
    Optional<FileContext> courseFile = parse(files, ContentFiles.COURSE_FILE, ContentSchema.Kind.COURSE, problems);
    if (courseFile.isEmpty() || !courseFile.get().doc().root().isObject()) {
      return new Result(Optional.empty(), List.of(), List.of(), List.of(), problems, origins, Optional.empty(),
          teaching.teaching());
    }
    CourseMapping.Read course = CourseMapping.read(courseFile.get());
    teaching.readCourseTopics(courseFile.get());
    if (course.course().isEmpty()) {
      return new Result(Optional.empty(), List.of(), List.of(), List.of(), problems, origins,
          course.reviewDueOrigin(), teaching.teaching());
    }
    Map<String, Section> sections = course.course().get().source().sections().stream()
        .collect(Collectors.toMap(Section::id, s -> s));
    KnowledgeMapping knowledge = new KnowledgeMapping(sections, origins);

    List<FileContext> contents = new ArrayList<>();
    for (String path : course.included()) {
      parse(files, path, ContentSchema.Kind.CONTENT, problems)
          .filter(ctx -> ctx.doc().root().isObject())
          .ifPresent(contents::add);
    }
    // Relations first, so that facts in any file can use relations from any file.
    for (FileContext ctx : contents) {
      for (FileContext.Item item : ctx.items(RELATIONS)) {
        knowledge.readRelation(ctx, item).ifPresent(relation -> teaching.readTemplate(ctx, relation, item));
      }
    }
    Map<String, Relation> relationsById = new HashMap<>();
    knowledge.relations().forEach(r -> relationsById.putIfAbsent(r.id(), r));
    for (FileContext ctx : contents) {
      ctx.doc().root().fieldNames().forEachRemaining(key -> EntityType.fromKey(key).ifPresent(type ->
          ctx.items(key).forEach(item -> knowledge.readEntity(ctx, type, item))));
    }
    for (FileContext ctx : contents) {
      ctx.items(FACTS).forEach(item -> knowledge.readFact(ctx, item, relationsById));
      ctx.items(QUESTIONS).forEach(item -> teaching.readQuestion(ctx, item));
      ctx.items(QUIZZES).forEach(item -> teaching.readPreset(ctx, item));
    }
    warnAboutFilesNotIncluded(files, course.included(), problems);
    return new Result(course.course(), knowledge.entities(), knowledge.relations(), knowledge.facts(), problems,
        origins, course.reviewDueOrigin(), teaching.teaching());
  }

  /** The file at {@code path} read and checked against the schema of {@code kind}, or empty if it is unreadable. */
  private static Optional<FileContext> parse(
      ContentFiles files, String path, ContentSchema.Kind kind, List<ContentProblem> problems) {
    Optional<byte[]> bytes;
    try {
      bytes = files.read(path);
    } catch (IOException e) {
      problems.add(fileError(path, 1, "cannot read the file: " + e.getMessage()));
      return Optional.empty();
    }
    if (bytes.isEmpty()) {
      problems.add(fileError(path, 1, "the file does not exist in " + files.describe()));
      return Optional.empty();
    }
    try {
      Optional<YamlDocument> doc = new YamlReader().read(bytes.get());
      if (doc.isEmpty()) {
        problems.add(fileError(path, 1, "the file is empty"));
        return Optional.empty();
      }
      ContentSchema.Checked checked = ContentSchema.instance().check(path, doc.get(), kind);
      problems.addAll(checked.problems());
      return Optional.of(new FileContext(path, doc.get(), checked, problems));
    } catch (YamlReader.SyntaxException e) {
      problems.add(fileError(path, e.line(), e.getMessage()));
      return Optional.empty();
    }
  }

  private static ContentProblem fileError(String path, int line, String message) {
    return new ContentProblem(path, line, "-", message, Severity.ERROR);
  }

  private static void warnAboutFilesNotIncluded(
      ContentFiles files, List<String> included, List<ContentProblem> problems) {
    try {
      for (String path : files.listYaml()) {
        if (!path.equals(ContentFiles.COURSE_FILE) && !included.contains(path)) {
          problems.add(new ContentProblem(path, 1, "-",
              "this file is not listed under 'include' in course.yaml, so its content is ignored",
              Severity.WARNING));
        }
      }
    } catch (IOException e) {
      problems.add(new ContentProblem(ContentFiles.COURSE_FILE, 1, "include",
          "could not list the course folder: " + e.getMessage(), Severity.WARNING));
    }
  }
}
