package org.cytoquiz.web.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.interchange.Format;
import org.cytoquiz.interchange.Interchange;
import org.cytoquiz.interchange.QuestionSet;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.generate.QuizAssembler;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.teaching.Curriculum;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cytoquiz export}: writes a preset's quiz or a whole item bank for a learning management system, as a
 * QTI 3.0 or QTI 2.1 content package, GIFT or Moodle XML (see {@code docs/interchange.md}).
 */
@Command(name = "export",
    description = "Writes a quiz (--quiz) or an item bank (--bank --audience) as qti3, qti21, gift or moodle-xml.")
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ContentOption content;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "qti3 (QTI 3.0 content package, zip), qti21 (QTI 2.1 content package, zip), gift, or moodle-xml.")
  String format;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--quiz", paramLabel = "PRESET", description = "A quiz preset, such as staff-certification.")
    String preset;

    @Option(names = "--bank", description = "The whole item bank of one audience (give --audience).")
    boolean bank;
  }

  @Option(names = "--audience", paramLabel = "AUDIENCE", description = "With --bank: patient or staff.")
  String audience;

  @Option(names = "--seed", paramLabel = "S", description = "With --quiz: the seed that draws the quiz (default: the preset's).")
  Long seed;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Format chosen = Format.fromKey(format).orElseThrow(() -> refuse(
        "--format: unknown format '" + format + "'; use one of " + Format.keys()));
    Path parent = out.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw refuse("--out: the folder of " + out + " does not exist");
    }
    if (Files.isDirectory(out)) {
      throw refuse("--out: " + out + " is a folder; give a file name");
    }
    Curriculum course = content.load();
    QuestionSet set = (source.bank ? bank(course) : quiz(course))
        .withLanguage(course.knowledgeBase().course().language());
    Path partial = out.resolveSibling(out.getFileName() + ".part");
    try (OutputStream file = Files.newOutputStream(partial)) {
      Interchange.write(chosen, set, file);
    } catch (IllegalArgumentException e) {
      Files.deleteIfExists(partial);
      throw refuse(e.getMessage());
    }
    Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    PrintWriter printer = spec.commandLine().getOut();
    printer.printf("wrote %d questions of %s as %s to %s%n", set.questions().size(), set.id(), chosen.key(), out);
    printer.flush();
    return 0;
  }

  private QuestionSet bank(Curriculum course) {
    if (audience == null) {
      throw refuse("--bank needs --audience patient or --audience staff");
    }
    if (seed != null) {
      throw refuse("--seed draws a quiz; it does not apply to --bank");
    }
    Audience who = Keyed.fromKey(Audience.class, audience).orElseThrow(() ->
        refuse("--audience: unknown audience '" + audience + "'; use patient or staff"));
    return QuestionSet.bank(who, ItemBank.of(course, who));
  }

  private QuestionSet quiz(Curriculum course) {
    if (audience != null) {
      throw refuse("--audience goes with --bank; a preset (--quiz) has its own audience");
    }
    QuizPreset preset;
    try {
      preset = course.preset(source.preset);
    } catch (UnknownEntityException e) {
      throw refuse("--quiz: " + e.getMessage() + "; the presets are "
          + String.join(", ", course.teaching().presets().stream().map(QuizPreset::id).toList()));
    }
    QuizSpec base = QuizSpec.of(preset);
    try {
      return QuestionSet.of(preset, QuizAssembler.assemble(course, seed == null ? base : base.withSeed(seed)));
    } catch (IllegalArgumentException e) {
      throw refuse("--quiz " + preset.id() + ": " + e.getMessage());
    }
  }

  private CommandLine.ParameterException refuse(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
