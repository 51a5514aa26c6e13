package org.cytoquiz.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.content.load.LoadedCourse;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.content.validate.ValidationReport;
import org.cytoquiz.quiz.generate.ItemBank;

/** Portal task 4: check a hospital's own course folder, then load it with the warnings to show beside it. */
public final class ValidateCourseFolder {

  private ValidateCourseFolder() {}

  /**
   * Every problem of the course in {@code dir} as {@code file:line: field: message}, with the item banks' own
   * checks, so that a folder that passes here also serves.
   *
   * @param dir a course folder holding {@code course.yaml}; not null
   * @param today the date the medical review is judged against; not null
   * @return the problems, errors and warnings, by file and line; empty when the course is clean
   */
  public static List<String> problems(Path dir, LocalDate today) {
    ValidationReport report = ContentLoader.validate(ContentFiles.directory(dir), today, ItemBank::problems);
    return report.problems().stream().map(ContentProblem::format).toList();
  }

  /**
   * The course in {@code dir} and its warnings, refused when it has any error.
   *
   * @param dir a course folder; not null
   * @param today the date the medical review is judged against; not null
   * @return the course with its warnings
   * @throws ContentValidationException listing every problem, if the course has an error
   */
  public static LoadedCourse load(Path dir, LocalDate today) throws ContentValidationException {
    return ContentLoader.load(ContentFiles.directory(dir), today, ItemBank::problems);
  }

  /**
   * Validates the course folder given on the command line and prints its problems.
   *
   * @param args the folder
   */
  public static void main(String[] args) {
    problems(Path.of(args[0]), LocalDate.now()).forEach(System.out::println);
  }
}
