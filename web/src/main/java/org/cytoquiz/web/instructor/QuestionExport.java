package org.cytoquiz.web.instructor;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
import org.cytoquiz.web.attempt.AttemptService;
import org.cytoquiz.web.http.HttpProblem;
import org.cytoquiz.web.review.Templates;
import org.cytoquiz.web.text.Ui;

/**
 * Question export from the instructor area, behind the instructor login: {@code GET /instructor/export} lists a
 * download per quiz and item bank and format; {@code GET /instructor/export/download?format=F&quiz=PRESET} (or
 * {@code &bank=patient|staff}) sends the file, byte for byte as {@code cytoquiz export} writes it with the
 * preset's seed.
 */
public final class QuestionExport {

  private final AttemptService service;

  /** The export over {@code service}'s content. */
  public QuestionExport(AttemptService service) {
    this.service = service;
  }

  /** One download: what it holds and where. */
  public record Link(String label, String format, String href) {}

  /** The export page: one row of downloads per quiz or bank. */
  public record Page(List<Row> rows) {}

  /** A quiz or bank with a download per format. */
  public record Row(String title, List<Link> links) {}

  /**
   * Registers the page and the download; the instructor area's guard in front of {@code /instructor/*} keeps
   * them for signed-in instructors.
   */
  public void register(JavalinDefaultRoutingApi routes) {
    routes.get("/instructor/export", ctx -> ctx.html(Templates.html("instructor-export.jte", page())));
    routes.get("/instructor/export/download", this::download);
  }

  private Page page() {
    List<Row> rows = new ArrayList<>();
    for (QuizPreset preset : service.presets()) {
      rows.add(new Row(Ui.t("instructor.export.quiz", "title", preset.title().in(preset.audience()), "id", preset.id()),
          links("quiz=" + preset.id())));
    }
    for (Audience audience : Audience.values()) {
      rows.add(new Row(Ui.t("instructor.export.bank", "audience", audience.key()), links("bank=" + audience.key())));
    }
    return new Page(rows);
  }

  private static List<Link> links(String query) {
    List<Link> links = new ArrayList<>();
    for (Format format : Format.values()) {
      links.add(new Link(label(format), format.key(), "/instructor/export/download?format=" + format.key() + "&" + query));
    }
    return links;
  }

  /** A format's name on the page, in the page's language. */
  private static String label(Format format) {
    return switch (format) {
      case QTI3 -> Ui.t("instructor.export.format.qti3");
      case QTI21 -> Ui.t("instructor.export.format.qti21");
      case GIFT -> Ui.t("instructor.export.format.gift");
      case MOODLE_XML -> Ui.t("instructor.export.format.moodle-xml");
    };
  }

  private void download(Context ctx) {
    String formatKey = ctx.queryParam("format");
    if (formatKey == null) {
      throw HttpProblem.badRequest("format is missing: give one of " + Format.keys());
    }
    Format format = Format.fromKey(formatKey).orElseThrow(() ->
        HttpProblem.badRequest("format '" + formatKey + "' is unknown: give one of " + Format.keys()));
    String quiz = ctx.queryParam("quiz");
    String bank = ctx.queryParam("bank");
    if ((quiz == null) == (bank == null)) {
      throw HttpProblem.badRequest("give either quiz=PRESET or bank=patient|staff");
    }
    QuestionSet set;
    if (quiz != null) {
      QuizPreset preset;
      try {
        preset = service.preset(quiz);
      } catch (UnknownEntityException e) {
        throw HttpProblem.notFound("quiz '" + quiz + "' is unknown");
      }
      // Drawn as `cytoquiz export --quiz` draws it, so that the download and the command give the same file.
      set = QuestionSet.of(preset, QuizAssembler.assemble(service.curriculum(), QuizSpec.of(preset)));
    } else {
      Audience audience = Keyed.fromKey(Audience.class, bank).orElseThrow(() ->
          HttpProblem.badRequest("bank '" + bank + "' is unknown: give patient or staff"));
      set = QuestionSet.bank(audience, ItemBank.of(service.curriculum(), audience));
    }
    set = set.withLanguage(service.curriculum().knowledgeBase().course().language());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      Interchange.write(format, set, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(e.getMessage());
    }
    ctx.header("Content-Disposition", "attachment; filename=\"" + Interchange.fileName(format, set) + "\"");
    ctx.contentType(format.mediaType());
    ctx.result(bytes.toByteArray());
  }
}
