package org.cytoquiz.web.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code cytoquiz} command, which holds the subcommands and what they share. */
@Command(
    name = "cytoquiz",
    mixinStandardHelpOptions = true,
    versionProvider = CytoquizCommand.Version.class,
    description = "Quizzes that teach cytokine therapy for skin cancer.",
    subcommands = {
      ValidateCommand.class,
      FactsCommand.class,
      ReviewSheetCommand.class,
      GenerateCommand.class,
      QuestionsCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      HashPasswordCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CytoquizCommand implements Runnable {

  private final Clock clock;

  @Spec CommandSpec spec;

  CytoquizCommand(Clock clock) {
    this.clock = clock;
  }

  /** A ready command line whose notion of "today" comes from {@code clock}. */
  public static CommandLine commandLine(Clock clock) {
    CommandLine commandLine = new CommandLine(new CytoquizCommand(clock));
    commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
      cmd.getErr().println("cytoquiz: " + e.getMessage());
      return CommandLine.ExitCode.SOFTWARE;
    });
    return commandLine;
  }

  /** Today's date, in the clock's zone. */
  LocalDate today() {
    return LocalDate.now(clock);
  }

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    spec.commandLine().usage(out);
  }

  /** Reports the version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = CytoquizCommand.class.getPackage().getImplementationVersion();
      return new String[] {"cytoquiz " + (version == null ? "development build" : version)};
    }
  }
}
