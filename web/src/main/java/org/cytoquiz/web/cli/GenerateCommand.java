package org.cytoquiz.web.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.UnknownEntityException;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.Quiz;
import org.cytoquiz.quiz.generate.QuizAssembler;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.interchange.json.JsonDocuments;
import org.cytoquiz.interchange.json.QuestionText;
import org.cytoquiz.interchange.json.QuizDocument;
import org.cytoquiz.teaching.Curriculum;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cytoquiz generate}: prints one quiz, from a preset or from a spec given on the command line. */
@Command(name = "generate",
    description = "Prints a quiz: a preset (--quiz) or one described by --audience and --count.")
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ContentOption content;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(names = "--quiz", paramLabel = "PRESET", description = "A quiz preset from the content, such as staff-certification.")
    String preset;

    @ArgGroup(exclusive = false)
    Custom custom;
  }

  static final class Custom {
    @Option(names = "--audience", required = true, paramLabel = "AUDIENCE", description = "patient or staff.")
    String audience;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many questions.")
    int count;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
        description = "Question kinds, comma-separated (default: all): single-choice, multiple-response, "
            + "true-false, matching, text-entry, scenario.")
    List<String> kinds;

    @Option(names = "--topics", split = ",", paramLabel = "TOPIC", description = "Topics, comma-separated (default: all).")
    List<String> topics;
  }

  @Option(names = "--seed", paramLabel = "S", description = "The seed (default: the preset's, or 1).")
  Long seed;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "json or text (default: ${DEFAULT-VALUE}).")
  FactsCommand.Format format;

  @Override
  public Integer call() {
    Curriculum course = content.load();
    Optional<QuizPreset> preset = Optional.empty();
    QuizSpec quizSpec;
    if (source.preset != null) {
      try {
        preset = Optional.of(course.preset(source.preset));
      } catch (UnknownEntityException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown quiz '" + e.id() + "'; the presets are "
            + String.join(", ", e.known()));
      }
      QuizSpec base = QuizSpec.of(preset.get());
      quizSpec = seed == null ? base : base.withSeed(seed);
    } else {
      Custom c = source.custom;
      Audience audience = Keyed.fromKey(Audience.class, c.audience).orElseThrow(() ->
          new CommandLine.ParameterException(spec.commandLine(), "unknown audience '" + c.audience + "'; use patient or staff"));
      if (c.count < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--count must be 1 or more");
      }
      Set<QuestionKind> kinds = EnumSet.allOf(QuestionKind.class);
      if (c.kinds != null) {
        kinds = EnumSet.noneOf(QuestionKind.class);
        for (String k : c.kinds) {
          kinds.add(Keyed.fromKey(QuestionKind.class, k.strip()).orElseThrow(() ->
              new CommandLine.ParameterException(spec.commandLine(), "unknown kind '" + k + "'; use "
                  + Keyed.keys(QuestionKind.class))));
        }
      }
      Set<String> topics = c.topics == null ? Set.of() : Set.copyOf(c.topics);
      for (String topic : topics) {
        if (course.teaching().topics().stream().noneMatch(t -> t.id().equals(topic))) {
          throw new CommandLine.ParameterException(spec.commandLine(), "unknown topic '" + topic + "'");
        }
      }
      quizSpec = new QuizSpec(audience, c.count, kinds, topics, Map.of(), seed == null ? 1 : seed);
    }
    Quiz quiz;
    try {
      quiz = QuizAssembler.assemble(course, quizSpec);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == FactsCommand.Format.json) {
      out.println(JsonDocuments.toJson(QuizDocument.of(quiz, preset)));
    } else {
      preset.ifPresent(p -> out.printf("%s (%s, %d questions, seed %d)%n%n", p.title().in(p.audience()),
          p.audience().key(), quiz.questions().size(), quiz.spec().seed()));
      QuestionText.print(quiz.questions(), out);
    }
    out.flush();
    return 0;
  }
}
