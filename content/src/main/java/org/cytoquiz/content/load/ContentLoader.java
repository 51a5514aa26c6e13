package org.cytoquiz.content.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.content.validate.ValidationReport;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.ModelProblem;
import org.cytoquiz.core.Severity;
import org.cytoquiz.core.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates course content: YAML files in, a {@link KnowledgeBase} or a list of problems out.
 *
 * <p>Validation reports every problem with its file, line and field: YAML syntax, missing or unknown fields,
 * malformed ids, dates and source references, unknown relations and entities, duplicate ids, contradicting
 * facts, and (as a warning) a medical review that is due.
 */
public final class ContentLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ContentLoader.class);

  private ContentLoader() {}

  /**
   * Validates the course in {@code files} as of {@code today}, which decides whether its review is due.
   * Never throws for bad content: every problem is in the report.
   */
  public static ValidationReport validate(ContentFiles files, LocalDate today) {
    ContentReader.Result read = ContentReader.read(files);
    List<ContentProblem> problems = new ArrayList<>(read.problems());
    if (read.course().isEmpty()) {
      return new ValidationReport(sorted(problems), Optional.empty());
    }
    var course = read.course().get();
    for (ModelProblem problem :
        KnowledgeBase.check(course, read.entities(), read.relations(), read.facts(), read.teaching())) {
      problems.add(locate(problem, read));
    }
    Source source = course.source();
    if (today != null && source.isReviewDue(today)) {
      Origin where = read.reviewDueOrigin()
          .orElse(new Origin(ContentFiles.COURSE_FILE, "source.reviewDue", 1, java.util.Map.of()));
      problems.add(new ContentProblem(where.file(), where.line(), where.path(),
          "the medical review was due on " + source.reviewDue() + " (last reviewed " + source.lastReviewed()
              + " by " + source.reviewer() + "); have the content re-reviewed, then move reviewDue forward",
          Severity.WARNING));
    }
    boolean valid = problems.stream().noneMatch(ContentProblem::isError);
    Optional<KnowledgeBase> kb = valid
        ? Optional.of(KnowledgeBase.of(course, read.entities(), read.relations(), read.facts(), read.teaching()))
        : Optional.empty();
    LOG.debug("validated {}: {} problem(s)", files.describe(), problems.size());
    return new ValidationReport(sorted(problems), kb);
  }

  /**
   * Loads the course in {@code files}, ignoring warnings.
   *
   * @throws ContentValidationException carrying every problem, if the content has any error
   */
  public static KnowledgeBase load(ContentFiles files) throws ContentValidationException {
    ValidationReport report = validate(files, null);
    if (report.knowledgeBase().isEmpty()) {
      throw new ContentValidationException(report.problems());
    }
    return report.knowledgeBase().get();
  }

  private static ContentProblem locate(ModelProblem problem, ContentReader.Result read) {
    Origin origin = read.origins().get(problem.element());
    if (origin == null) {
      return new ContentProblem(ContentFiles.COURSE_FILE, 1, problem.field(), problem.message(),
          problem.severity());
    }
    return new ContentProblem(origin.file(), origin.lineOf(problem.field()),
        origin.path() + "." + problem.field(), problem.message(), problem.severity());
  }

  private static List<ContentProblem> sorted(List<ContentProblem> problems) {
    return problems.stream()
        .sorted(Comparator.comparing(ContentProblem::file).thenComparingInt(ContentProblem::line))
        .toList();
  }
}
