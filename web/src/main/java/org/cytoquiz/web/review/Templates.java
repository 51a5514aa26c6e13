package org.cytoquiz.web.review;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The precompiled templates: HTML (escaped by default) and plain text such as Markdown. */
public final class Templates {

  private static final TemplateEngine HTML = TemplateEngine.createPrecompiled(
      null, ContentType.Html, Templates.class.getClassLoader(), "org.cytoquiz.web.templates.html");
  private static final TemplateEngine PLAIN = TemplateEngine.createPrecompiled(
      null, ContentType.Plain, Templates.class.getClassLoader(), "org.cytoquiz.web.templates.plain");

  private Templates() {}

  /** Renders the HTML template {@code name} (such as {@code review-sheet.jte}) with one parameter. */
  public static String html(String name, Object param) {
    return render(HTML, name, param);
  }

  /** Renders the plain-text template {@code name} with one parameter. */
  public static String plain(String name, Object param) {
    return render(PLAIN, name, param);
  }

  private static String render(TemplateEngine engine, String name, Object param) {
    StringOutput output = new StringOutput();
    engine.render(name, param, output);
    return output.toString();
  }
}
