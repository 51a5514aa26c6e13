package org.cytoquiz.web.cli;

import java.time.Clock;

/** The {@code cytoquiz} command line. */
public final class Main {

  private Main() {}

  /** Runs the command given by {@code args} and exits with its code. */
  public static void main(String[] args) {
    System.exit(CytoquizCommand.commandLine(Clock.systemDefaultZone()).execute(args));
  }
}
