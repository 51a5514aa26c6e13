package org.cytoquiz.web.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.interchange.json.JsonDocuments;
import org.cytoquiz.interchange.json.FactsDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cytoquiz facts}: every fact with its subject, relation, object, both wordings and its source. */
@Command(name = "facts", description = "Lists every fact of the course with both wordings and its source.")
final class FactsCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { json, text }

  @Spec CommandSpec spec;

  @Mixin ContentOption content;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "json or text (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    KnowledgeBase kb = content.load().knowledgeBase();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      out.println(JsonDocuments.toJson(FactsDocument.of(kb)));
    } else {
      for (Fact fact : kb.facts()) {
        Wording sentence = kb.statement(fact);
        out.printf("%s%n  patient:  %s%n  clinical: %s%n  source:   %s%n%n",
            fact.describe(), sentence.patient(), sentence.clinical(), fact.source().citation());
      }
      out.printf("%d facts (%d stated, %d denied) about %d entities%n", kb.facts().size(),
          kb.facts().stream().filter(Fact::holds).count(), kb.facts().stream().filter(f -> !f.holds()).count(),
          kb.entities().size());
    }
    out.flush();
    return 0;
  }
}
