package org.cytoquiz.web.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.cytoquiz.web.instructor.PasswordHash;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cytoquiz hash-password}: turns the instructor password (read from standard input) into its hash. */
@Command(name = "hash-password",
    description = "Reads the instructor password from standard input and prints the hash to configure.")
final class HashPasswordCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String password;
    if (System.console() != null) {
      char[] typed = System.console().readPassword("Instructor password: ");
      password = typed == null ? "" : new String(typed);
    } else {
      password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }
    if (password == null || password.length() < 10) {
      throw new CommandLine.ParameterException(spec.commandLine(), "use a password of at least 10 characters");
    }
    spec.commandLine().getOut().println(PasswordHash.create(password.toCharArray()));
    return 0;
  }
}
