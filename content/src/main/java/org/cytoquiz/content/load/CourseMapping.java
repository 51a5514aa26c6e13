package org.cytoquiz.content.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cytoquiz.content.format.Records;
import org.cytoquiz.core.Course;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.Source;

/**
 * Turns {@code course.yaml}'s records into the {@link Course} and the list of files it includes, with the checks
 * the schema cannot make: real dates in order, section ids used once, include paths inside the folder and listed
 * once. (Its topics are teaching material: see {@link TeachingMapping}.)
 *
 * <p>Stateless.
 */
final class CourseMapping {

  /** What {@code course.yaml} says, as far as it could be read. */
  record Read(Optional<Course> course, List<String> included, Optional<Origin> reviewDueOrigin) {}

  private CourseMapping() {}

  /** Reads the course and its includes from {@code ctx}, the context of {@code course.yaml}. */
  static Read read(FileContext ctx) {
    JsonNode root = ctx.doc().root();
    Optional<String> id = ctx.bind(root.path("id"), "/id", String.class).map(String::strip);
    Optional<Records.Wording> title = ctx.bind(root.path("title"), "/title", Records.Wording.class);
    JsonNode sourceNode = root.path("source");
    Optional<Origin> reviewDueOrigin = sourceNode.has("reviewDue")
        ? Optional.of(new Origin(ctx.file(), "source.reviewDue", ctx.doc().keyLine(sourceNode, "reviewDue"), Map.of()))
        : Optional.empty();
    Optional<Source> source = ctx.bind(sourceNode, "/source", Records.Source.class, List.of("sections"))
        .flatMap(s -> source(ctx, sourceNode, s));
    List<String> included = includes(ctx, root);
    Optional<Locale> language = language(ctx, root);
    Optional<Course> course = id.isPresent() && title.isPresent() && source.isPresent() && language.isPresent()
        ? Optional.of(new Course(id.get(), KnowledgeMapping.wording(title.get()), source.get(), language.get()))
        : Optional.empty();
    return new Read(course, included, reviewDueOrigin);
  }

  /** The course's language: English when {@code language} is left out, empty (and reported) when it is no tag. */
  private static Optional<Locale> language(FileContext ctx, JsonNode root) {
    if (!root.hasNonNull("language")) {
      return Optional.of(Locale.ENGLISH);
    }
    Optional<String> tag = ctx.bind(root.path("language"), "/language", String.class).map(String::strip);
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    try {
      Locale language = new Locale.Builder().setLanguageTag(tag.get()).build();
      if (!language.getLanguage().isEmpty()) {
        return Optional.of(language);
      }
    } catch (IllformedLocaleException e) {
      // reported below
    }
    ctx.error(root, "", "language", "'" + tag.get() + "' " + SchemaMessages.LANGUAGE_RULE);
    return Optional.empty();
  }

  private static Optional<Source> source(FileContext ctx, JsonNode map, Records.Source s) {
    Optional<YearMonth> lastReviewed = parse(ctx, map, "lastReviewed", s.lastReviewed(), YearMonth::parse,
        "is not a month; write it as YYYY-MM, such as 2022-02");
    Optional<LocalDate> reviewDue = parse(ctx, map, "reviewDue", s.reviewDue(), LocalDate::parse,
        "is not a valid date; write it as YYYY-MM-DD, such as 2025-02-28");
    List<Section> sections = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (FileContext.Item item : FileContext.items(map.path("sections"), "/source/sections", "source.sections")) {
      ctx.bind(item.node(), item.pointer(), Records.Section.class).ifPresent(section -> {
        String sectionId = section.id().strip();
        if (!ids.add(sectionId)) {
          ctx.error(item.node(), item.path(), "id", "the section id '" + sectionId + "' is used twice");
        } else {
          sections.add(new Section(sectionId, section.heading().strip(), section.paragraphs()));
        }
      });
    }
    if (lastReviewed.isEmpty() || reviewDue.isEmpty() || sections.isEmpty()
        || !ctx.checked().clean("/source/sections")) {
      return Optional.empty();
    }
    if (!reviewDue.get().isAfter(lastReviewed.get().atEndOfMonth())) {
      ctx.error(map, "source", "reviewDue", "the review-due date " + reviewDue.get()
          + " must come after the last review (" + lastReviewed.get() + ")");
      return Optional.empty();
    }
    return Optional.of(new Source(s.title().strip(), s.reviewer().strip(), lastReviewed.get(), reviewDue.get(),
        sections));
  }

  private static <T> Optional<T> parse(FileContext ctx, JsonNode map, String key, String text,
      Function<String, T> parser, String complaint) {
    try {
      return Optional.of(parser.apply(text.strip()));
    } catch (DateTimeException e) {
      ctx.error(map, "source", key, "'" + text + "' " + complaint);
      return Optional.empty();
    }
  }

  private static List<String> includes(FileContext ctx, JsonNode root) {
    Set<String> paths = new LinkedHashSet<>();
    for (FileContext.Item item : FileContext.items(root.path("include"), "/include", "include")) {
      ctx.bind(item.node(), item.pointer(), String.class).ifPresent(p -> {
        int line = YamlDocument.line(item.node());
        if (p.startsWith("/") || Arrays.asList(p.split("/")).contains("..") || p.contains("\\")) {
          ctx.error(line, item.path(), "'" + p + "' must be a path inside the course folder, written with /");
        } else if (p.equals(ContentFiles.COURSE_FILE)) {
          ctx.error(line, item.path(), "course.yaml cannot include itself");
        } else if (!paths.add(p)) {
          ctx.error(line, item.path(), "'" + p + "' is included twice");
        }
      });
    }
    return List.copyOf(paths);
  }
}
