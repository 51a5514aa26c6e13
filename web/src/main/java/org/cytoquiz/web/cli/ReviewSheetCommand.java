package org.cytoquiz.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cytoquiz.web.review.ReviewSheet;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.web.review.Templates;
import org.cytoquiz.web.text.Ui;
import org.cytoquiz.web.text.UiText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code cytoquiz review-sheet}: a printable sheet for a medical review board, in the words of the course's language
 * (English where its bundles leave a phrase out).
 */
@Command(name = "review-sheet",
    description = "Writes a printable sheet of every fact in both wordings, by article section, for medical review.")
final class ReviewSheetCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { html, markdown }

  @ParentCommand CytoquizCommand parent;

  @Spec CommandSpec spec;

  @Mixin ContentOption content;

  @Option(names = "--format", defaultValue = "html", paramLabel = "FORMAT",
      description = "html or markdown (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    KnowledgeBase kb = content.load().knowledgeBase();
    ReviewSheet sheet;
    String text;
    Ui.use(UiText.of(kb.course().language()));
    try {
      sheet = ReviewSheet.of(kb, parent.today());
      text = format == Format.html
          ? Templates.html("review-sheet.jte", sheet)
          : Templates.plain("review-sheet.jte", sheet);
    } finally {
      Ui.clear();
    }
    if (out == null) {
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(text);
      writer.flush();
    } else {
      Path parentDir = out.toAbsolutePath().getParent();
      if (parentDir != null) {
        Files.createDirectories(parentDir);
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("wrote " + out + " (" + sheet.factCount() + " facts)");
    }
    return 0;
  }
}
