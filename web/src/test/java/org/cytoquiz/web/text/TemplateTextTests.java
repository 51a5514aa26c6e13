package org.cytoquiz.web.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates hold no words of their own: every phrase a reader sees comes from the interface's message bundles
 * ({@link UiText}), so that a new language needs files and no code. The templates are read as jte source: code
 * ({@code ${…}}, {@code !{…}}, {@code @if(…)}, template calls) is set aside, and what is left, the HTML, may hold
 * no letters in its text or in the attributes a reader hears or sees (alt, title, aria-label, placeholder, and
 * data-label, which narrow screens show as a cell's caption); and the code may hold no English phrase in a string
 * literal.
 */
class TemplateTextTests {

  private static final Path HTML = Path.of("src/main/jte");
  private static final Path PLAIN = Path.of("src/main/jte-plain");
  private static final Pattern TEXT_NODE = Pattern.compile(">([^<]*)<");
  private static final Pattern READ_ATTRIBUTE =
      Pattern.compile("\\b(alt|title|aria-label|aria-roledescription|placeholder|data-label)=\"([^\"]*)\"");
  private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?s)<(script|style)\\b.*?</\\1>");
  /** A word of two or more letters, the brand excepted. */
  private static final Pattern WORD = Pattern.compile("(?i)\\b(?!cytoquiz\\b)\\p{L}{2,}");
  /** A string literal that reads as a phrase: a capitalised word then a space or colon, or a sentence's end. */
  private static final Pattern PHRASE_LITERAL = Pattern.compile("^\\p{Lu}\\p{Ll}+[ :,].*|.*\\p{L}{2,}[.?!]$");

  @Test
  void htmlTemplatesHoldNoWordsOfTheirOwn() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : templates(HTML)) {
      List<String> literals = new ArrayList<>();
      String html = SCRIPT_OR_STYLE.matcher(JteSource.stripCode(Files.readString(file), literals)).replaceAll("");
      Matcher text = TEXT_NODE.matcher(html);
      while (text.find()) {
        words(text.group(1)).ifPresent(w -> found.add(HTML.relativize(file) + ": text '" + w + "'"));
      }
      Matcher attribute = READ_ATTRIBUTE.matcher(html);
      while (attribute.find()) {
        String name = attribute.group(1);
        words(attribute.group(2)).ifPresent(w -> found.add(HTML.relativize(file) + ": " + name + " '" + w + "'"));
      }
      phrases(literals).forEach(l -> found.add(HTML.relativize(file) + ": string \"" + l + "\""));
    }
    assertThat(found).as("words written in templates instead of message bundles").isEmpty();
  }

  @Test
  void plainTemplatesHoldNoWordsOfTheirOwn() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path file : templates(PLAIN)) {
      List<String> literals = new ArrayList<>();
      String text = JteSource.stripCode(Files.readString(file), literals);
      for (String line : text.split("\n")) {
        words(line).ifPresent(w -> found.add(PLAIN.relativize(file) + ": '" + w + "'"));
      }
      phrases(literals).forEach(l -> found.add(PLAIN.relativize(file) + ": string \"" + l + "\""));
    }
    assertThat(found).as("words written in templates instead of message bundles").isEmpty();
  }

  @Test
  void theStripperSeesWordsInTextAttributesAndLiteralsButNotInCode() {
    List<String> literals = new ArrayList<>();
    String stripped = JteSource.stripCode("""
        @import org.cytoquiz.web.text.Ui
        @param String title
        @template.layout(title = "Question " + 1, content = @`
        <p class="eyebrow">${Ui.t("learner.question.heading", "number", 1)}</p>
        @if(title.equals("x"))<b>Saved</b>@endif
        <img alt="A logo">
        `)
        """, literals);
    assertThat(stripped).doesNotContain("Ui.t").doesNotContain("import").doesNotContain("layout")
        .contains("<b>Saved</b>").contains("alt=\"A logo\"");
    assertThat(phrases(literals)).containsExactly("Question ");
  }

  private static java.util.Optional<String> words(String text) {
    Matcher word = WORD.matcher(text.replaceAll("&[a-z]+;|&#\\d+;", " "));
    return word.find() ? java.util.Optional.of(text.strip()) : java.util.Optional.empty();
  }

  private static Set<String> phrases(List<String> literals) {
    Set<String> phrases = new TreeSet<>();
    for (String literal : literals) {
      if (PHRASE_LITERAL.matcher(literal).matches()) {
        phrases.add(literal);
      }
    }
    return phrases;
  }

  private static List<Path> templates(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".jte")).sorted().toList();
    }
  }
}
