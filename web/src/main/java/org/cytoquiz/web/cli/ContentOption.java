package org.cytoquiz.web.cli;

import java.nio.file.Path;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.teaching.Curriculum;
import picocli.CommandLine.Option;

/** The {@code --content DIR} option: a course folder to use instead of the bundled course. */
final class ContentOption {

  @Option(names = "--content", paramLabel = "DIR",
      description = "A course folder (holding course.yaml) to use instead of the bundled course.")
  Path dir;

  /** The course's files. */
  ContentFiles files() {
    return dir == null ? BundledCourse.files() : ContentFiles.directory(dir);
  }

  /**
   * The course (knowledge base and teaching material), loaded.
   *
   * @throws IllegalArgumentException listing every problem, if the course has errors
   */
  Curriculum load() {
    if (dir == null) {
      return BundledCourse.curriculum();
    }
    try {
      return ContentLoader.load(files(), null, ItemBank::problems).curriculum();
    } catch (ContentValidationException e) {
      throw new IllegalArgumentException("the course in " + dir + " has errors (run `cytoquiz validate "
          + dir + "` for details); first: " + e.problems().stream().filter(ContentProblem::isError)
              .findFirst().map(ContentProblem::format).orElse("?"), e);
    }
  }
}
