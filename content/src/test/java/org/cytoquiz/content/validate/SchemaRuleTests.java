package org.cytoquiz.content.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.cytoquiz.content.Fixtures;
import org.cytoquiz.content.load.ContentFiles;
import org.cytoquiz.content.load.ContentLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One broken file per kind of schema rule (required, unknown field, type, enum, pattern, list length, bounds), each
 * reported by the schema validator with file, line, field and a message in words.
 */
class SchemaRuleTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  /** A fact that is valid in the fixture course, with {@code %s} replaced by one more line. */
  private static final String FACT = """
      facts:
        - subject: high-dose-il2
          relation: can-be-given-in
          object: hospital
          source: care/1
      %s""";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      required                 | `    holds: true`                 | `facts:\n  - subject: high-dose-il2\n    relation: can-be-given-in\n    source: care/1\n` | content.yaml:2: facts[0].object: missing field 'object'
      unknown field            | `    sorce: care/1`               | | content.yaml:6: facts[0].sorce: unknown field 'sorce' (did you mean 'source'?); allowed here: condition, extent, furtherSources, holds, modality, object, reason, relation, scope, source, subject
      type boolean             | `    holds: perhaps`              | | content.yaml:6: facts[0].holds: 'perhaps' is not true or false
      type mapping             | `    condition: when needed`      | | content.yaml:6: facts[0].condition: expected a mapping of fields but found the value 'when needed'
      type list                | |  `care-setting: home\n`                                                                              | content.yaml:1: care-setting: expected a list but found the value 'home'
      type text                | |  `care-setting:\n  - id: home\n    patient: [at, home]\n    clinical: home\n    source: care/1\n`      | content.yaml:3: care-setting[0].patient: expected a single value but found a list
      type number as text      | |  `care-setting:\n  - id: home\n    patient: 12\n    clinical: home\n    source: care/1\n`             | content.yaml:3: care-setting[0].patient: '12' is read as a number, not text; put it in quotes
      enum                     | `    modality: perhaps`           | | content.yaml:6: facts[0].modality: 'perhaps' is not one of: can, may, may possibly, must, usually
      pattern of an id         | |  `care-setting:\n  - id: Home\n    patient: home\n    clinical: home\n    source: care/1\n`           | content.yaml:2: care-setting[0].id: 'Home' is not a valid id; use lower-case letters and digits in words joined by hyphens, such as high-dose-il2
      pattern of a blank text  | |  `care-setting:\n  - id: home\n    patient: ' '\n    clinical: home\n    source: care/1\n`            | content.yaml:3: care-setting[0].patient: the patient wording is blank
      pattern of a source      | |  `care-setting:\n  - id: home\n    patient: home\n    clinical: home\n    source: care, 1\n`          | content.yaml:5: care-setting[0].source: 'care, 1' is not a source reference; write section/paragraph, such as taken/2, or section/first-last for a run of paragraphs, such as intro/1-2
      too few list entries     | |  `relations:\n  - id: at\n    patient: '{subject} at {object}'\n    clinical: '{subject} at {object}'\n    subjects: []\n    objects: [care-setting]\n    world: open\n    objectsPerSubject: many\n` | content.yaml:5: relations[0].subjects: list at least one entity kind
      below the minimum        | |  `quizzes:\n  - id: q\n    title: {patient: a, clinical: b}\n    description: {patient: a, clinical: b}\n    audience: patient\n    questions: 0\n    feedback: immediate\n    marking: all-or-nothing\n    seed: 1\n` | content.yaml:6: quizzes[0].questions: '0' is not a whole number of 1 or more
      above the maximum        | |  `quizzes:\n  - id: q\n    title: {patient: a, clinical: b}\n    description: {patient: a, clinical: b}\n    audience: patient\n    questions: 5\n    feedback: immediate\n    marking: all-or-nothing\n    seed: 1\n    passMark: 101\n` | content.yaml:10: quizzes[0].passMark: a pass mark is a percentage from 0 to 100
      """)
  void eachSchemaRuleIsReportedWithFileLineFieldAndWords(String rule, String extraFactLine, String file,
      String expected) {
    String content = file != null ? file.replace("\\n", "\n") : FACT.formatted(extraFactLine) + "\n";
    assertThat(errors(content)).as(rule).containsExactly(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      required in course.yaml   | `id: c\ntitle: {patient: a, clinical: b}\ninclude: []\n`                              | course.yaml:1: source: missing field 'source'
      pattern of an include     | `id: c\ntitle: {patient: a, clinical: b}\nsource: {title: t, reviewer: r, lastReviewed: 2022-02, reviewDue: 2099-01-01, sections: [{id: s, heading: h, paragraphs: 1}]}\ninclude: [/etc/passwd]\n` | course.yaml:4: include[0]: '/etc/passwd' must be a path inside the course folder, written with /
      type integer              | `id: c\ntitle: {patient: a, clinical: b}\nsource: {title: t, reviewer: r, lastReviewed: 2022-02, reviewDue: 2099-01-01, sections: [{id: s, heading: h, paragraphs: two}]}\ninclude: []\n` | course.yaml:3: source.sections[0].paragraphs: 'two' is not a whole number
      """)
  void courseFileRulesAreReportedToo(String rule, String course, String expected) {
    ContentFiles files = ContentFiles.inMemory(Map.of("course.yaml", course.replace("\\n", "\n")
        .getBytes(StandardCharsets.UTF_8)));
    assertThat(ContentLoader.validate(files, TODAY).errors()).extracting(ContentProblem::format).as(rule)
        .containsExactly(expected);
  }

  private static java.util.List<String> errors(String content) {
    ContentFiles files = ContentFiles.inMemory(Map.of(
        "course.yaml", Fixtures.resource("broken/course.yaml"),
        "base.yaml", Fixtures.resource("broken/base.yaml"),
        "content.yaml", content.getBytes(StandardCharsets.UTF_8)));
    ValidationReport report = ContentLoader.validate(files, TODAY);
    return report.errors().stream().map(ContentProblem::format).toList();
  }
}
