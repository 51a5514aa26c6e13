package org.cytoquiz.content.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.content.validate.ValidationReport;
import org.cytoquiz.core.CheckedModel;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.ModelProblem;
import org.cytoquiz.core.Severity;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.teaching.Curriculum;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates course content: YAML files in, a {@link Curriculum} (the {@link KnowledgeBase} of facts with
 * its teaching material) or a list of problems out.
 *
 * <p>Validation reports every problem with its file, line and field: YAML syntax, missing or unknown fields,
 * malformed ids, dates and source references, unknown relations and entities, duplicate ids, contradicting
 * facts, and (as a warning) a medical review that is due.
 *
 * <p>A caller that goes on to use the course in other ways (the quiz engine building its item banks, for one)
 * passes those ways' own checks to {@link #validate(ContentFiles, LocalDate, Function)}, so that validating
 * accepts exactly the content that using it accepts, and every problem still has a file and line.
 *
 * <p>Stateless and safe to call from several threads at once. Null {@code files} throw {@link NullPointerException};
 * a null {@code today} means "do not check the review date".
 */
public final class ContentLoader {

  private static final Logger LOG = LoggerFactory.getLogger(ContentLoader.class);

  private ContentLoader() {}

  /**
   * Validates the course in {@code files} as of {@code today}, which decides whether its review is due.
   * Never throws for bad content: every problem is in the report.
   */
  public static ValidationReport validate(ContentFiles files, LocalDate today) {
    return validate(files, today, c -> List.of());
  }

  /**
   * Validates the course in {@code files} as of {@code today}, and then, when the model holds together, runs
   * {@code check} on it: each problem it returns is located by the element it names (an entity, fact, question or
   * the course) and counts like any other. Never throws for bad content.
   *
   * @param files where the course is; not null
   * @param today the date the review is judged against; null skips that check
   * @param check further checks of a loaded model, such as {@code ItemBank::problems} of cytoquiz-quiz; not null
   * @return every problem, sorted by file and line, with the course (knowledge base and teaching) when there is no error
   * @throws NullPointerException if {@code files} or {@code check} is null
   */
  public static ValidationReport validate(
      ContentFiles files, LocalDate today, Function<? super Curriculum, ? extends List<ModelProblem>> check) {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(check, "check");
    ContentReader.Result read = ContentReader.read(files);
    List<ContentProblem> problems = new ArrayList<>(read.problems());
    if (read.course().isEmpty()) {
      return new ValidationReport(sorted(problems), Optional.empty());
    }
    var course = read.course().get();
    CheckedModel model = KnowledgeBase.checked(course, read.entities(), read.relations(), read.facts());
    for (ModelProblem problem : model.problems()) {
      problems.add(locate(problem, read));
    }
    Optional<Curriculum.Checked> taught = model.knowledgeBase().map(kb -> Curriculum.checked(kb, read.teaching()));
    if (taught.isPresent()) {
      for (ModelProblem problem : taught.get().problems()) {
        problems.add(locate(problem, read));
      }
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
    Optional<Curriculum> curriculum = valid ? taught.orElseThrow().curriculum() : Optional.empty();
    if (curriculum.isPresent()) {
      for (ModelProblem problem : check.apply(curriculum.get())) {
        problems.add(locate(problem, read));
      }
      if (problems.stream().anyMatch(ContentProblem::isError)) {
        curriculum = Optional.empty();
      }
    }
    LOG.debug("validated {}: {} problem(s)", files.describe(), problems.size());
    return new ValidationReport(sorted(problems), curriculum);
  }

  /**
   * Loads the course in {@code files}, ignoring warnings.
   *
   * @throws ContentValidationException carrying every problem, if the content has any error
   */
  public static Curriculum load(ContentFiles files) throws ContentValidationException {
    return load(files, null, c -> List.of()).curriculum();
  }

  /**
   * Loads the course in {@code files} with the warnings a portal should show beside it, such as a medical review
   * that has been due since a date before {@code today}.
   *
   * @param files where the course is; not null
   * @param today the date the review is judged against; null skips that check
   * @return the course and its warnings
   * @throws NullPointerException if {@code files} is null
   * @throws ContentValidationException carrying every problem, if the content has any error
   */
  public static LoadedCourse load(ContentFiles files, LocalDate today) throws ContentValidationException {
    return load(files, today, c -> List.of());
  }

  /**
   * Loads the course in {@code files} with its warnings, refusing it when {@code check} finds an error (see
   * {@link #validate(ContentFiles, LocalDate, Function)}): the load that accepts exactly what validation accepts.
   *
   * @param files where the course is; not null
   * @param today the date the review is judged against; null skips that check
   * @param check further checks of a loaded model; not null
   * @return the course and its warnings
   * @throws NullPointerException if {@code files} or {@code check} is null
   * @throws ContentValidationException carrying every problem, if the content or {@code check} has any error
   */
  public static LoadedCourse load(
      ContentFiles files, LocalDate today, Function<? super Curriculum, ? extends List<ModelProblem>> check)
      throws ContentValidationException {
    ValidationReport report = validate(files, today, check);
    if (report.curriculum().isEmpty()) {
      throw new ContentValidationException(report.problems());
    }
    return new LoadedCourse(report.curriculum().get(), report.warnings());
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
