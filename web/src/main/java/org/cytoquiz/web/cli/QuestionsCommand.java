package org.cytoquiz.web.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.lint.Finding;
import org.cytoquiz.quiz.lint.ItemLint;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.interchange.json.JsonDocuments;
import org.cytoquiz.interchange.json.QuestionText;
import org.cytoquiz.interchange.json.QuizDocument;
import org.cytoquiz.teaching.Curriculum;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cytoquiz questions}: every question the content yields for one audience, for review; with {@code --lint},
 * only the breaches of the item-writing rules, one per line, and exit 1 if there are any.
 */
@Command(name = "questions", description = {
    "Prints the whole item bank for one audience, keys and feedback included.",
    "With --lint, prints instead each breach of the item-writing rules as 'question-id: rule: message' and exits 1"
        + " when there is one."})
final class QuestionsCommand implements Callable<Integer> {

  /** The audiences, as typed. */
  enum AudienceName { patient, staff }

  /** Output formats: JSON, text for reviewers, or only what learners read (for readability checks). */
  enum Format { json, text, reading }

  @Spec CommandSpec spec;

  @Mixin ContentOption content;

  @Option(names = "--audience", required = true, paramLabel = "AUDIENCE", description = "patient or staff.")
  AudienceName audience;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "json, text, or reading: only what learners read, as sentences (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--lint", description = "Check the bank against the item-writing rules instead of printing it.")
  boolean lint;

  @Override
  public Integer call() {
    Curriculum course = content.load();
    Audience who = audience == AudienceName.patient ? Audience.PATIENT : Audience.STAFF;
    List<Question> bank = ItemBank.of(course, who);
    PrintWriter out = spec.commandLine().getOut();
    if (lint) {
      List<Finding> findings = ItemLint.check(bank);
      findings.forEach(out::println);
      out.flush();
      return findings.isEmpty() ? 0 : 1;
    }
    if (format == Format.json) {
      out.println(JsonDocuments.toJson(QuizDocument.bank(who.key(), bank)));
    } else if (format == Format.reading) {
      QuestionText.printReading(bank, out);
    } else {
      QuestionText.print(bank, out);
      out.printf("%d %s questions%n", bank.size(), who.key());
    }
    out.flush();
    return 0;
  }
}
