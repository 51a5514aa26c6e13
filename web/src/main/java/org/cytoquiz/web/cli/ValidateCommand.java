package org.cytoquiz.web.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.cytoquiz.content.validate.ContentProblem;
import org.cytoquiz.content.validate.ValidationReport;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.quiz.generate.ItemBank;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code cytoquiz validate [DIR]}: checks a course and lists every problem as {@code file:line: field: message}. */
@Command(
    name = "validate",
    description = {
      "Validates the bundled course, or the course folder DIR.",
      "Prints each problem as file:line: field: message. Exit code 0 when valid, 1 when not, 2 on usage errors."
    })
final class ValidateCommand implements Callable<Integer> {

  @ParentCommand CytoquizCommand parent;

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "A course folder holding course.yaml (default: the bundled course).")
  Path dir;

  @Option(names = "--strict", description = "Fail on warnings too, such as a medical review that is due.")
  boolean strict;

  @Override
  public Integer call() {
    if (dir != null && !Files.isDirectory(dir)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "'" + dir + "' is not a folder");
    }
    ContentFiles files = dir == null ? BundledCourse.files() : ContentFiles.directory(dir);
    // The item banks' own checks too, so that validate accepts exactly what serve accepts.
    ValidationReport report = ContentLoader.validate(files, parent.today(), ItemBank::problems);
    PrintWriter out = spec.commandLine().getOut();
    for (ContentProblem problem : report.problems()) {
      out.println(problem.format());
    }
    String where = dir == null ? "the bundled course" : dir.toString();
    int errors = report.errors().size();
    int warnings = report.warnings().size();
    if (report.passes(strict)) {
      KnowledgeBase kb = report.knowledgeBase().orElseThrow();
      out.printf("%s is valid: %d entities, %d relations, %d facts%s%n", where, kb.entities().size(),
          kb.relations().size(), kb.facts().size(),
          warnings == 0 ? "" : " (" + warnings + " warning" + (warnings == 1 ? "" : "s") + ")");
      return CommandLine.ExitCode.OK;
    }
    out.printf("%s is not valid: %d error%s, %d warning%s%s%n", where, errors, errors == 1 ? "" : "s",
        warnings, warnings == 1 ? "" : "s", errors == 0 ? " (--strict fails on warnings)" : "");
    return 1;
  }
}
