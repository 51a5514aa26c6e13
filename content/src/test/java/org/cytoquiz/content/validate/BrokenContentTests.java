package org.cytoquiz.content.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cytoquiz.content.Fixtures;
import org.cytoquiz.content.load.ContentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One small broken course per kind of defect, each named after it, with the exact problem it must yield. */
class BrokenContentTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

  @Test
  void theFixtureCourseItselfIsValid() {
    ValidationReport report = ContentLoader.validate(Fixtures.courseWithContent("valid"), TODAY);
    assertThat(report.problems()).isEmpty();
    assertThat(report.knowledgeBase()).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      unknown-reference                   | content.yaml:4: facts[0].object: unknown entity 'hospitl'
      unknown-relation                    | content.yaml:3: facts[0].relation: unknown relation 'can-be-givn-in' (did you mean 'can-be-given-in'?)
      duplicate-id                        | content.yaml:2: care-setting[0].id: the id 'hospital' is already used by another care-setting
      fact-without-source                 | content.yaml:2: facts[0].source: missing field 'source'
      entity-without-patient-wording      | content.yaml:2: care-setting[0].patient: missing patient wording (plain language for patients)
      entity-without-clinical-wording     | content.yaml:2: care-setting[0].clinical: missing clinical wording (clinical wording for staff)
      contradicting-facts                 | content.yaml:9: facts[1].holds: contradicts the fact 'high-dose-il2 can-be-given-in hospital' (one states what the other denies)
      closed-world-relation-contradicted  | content.yaml:9: facts[1].object: relation 'uses-cytokine' allows one object per subject, but 'high-dose-il2' already has 'interleukin-2'
      source-paragraph-out-of-range       | content.yaml:5: facts[0].source: paragraph 3 is past the end of section 'care', which has 2 paragraph(s)
      source-paragraph-run-out-of-range   | content.yaml:5: facts[0].source: paragraph 3 is past the end of section 'care', which has 2 paragraph(s)
      source-paragraphs-backwards         | content.yaml:5: facts[0].source: 'care/2-1' names its paragraphs backwards; write the first one first, such as care/1-2
      further-source-repeats-source       | content.yaml:6: facts[0].furtherSources: 'care/2' is the fact's source already
      unknown-source-section              | content.yaml:5: facts[0].source: unknown section 'setting'; the article's sections are care, intro
      misspelt-field                      | content.yaml:3: care-setting[0].patinet: unknown field 'patinet' (did you mean 'patient'?); allowed here: aliases, clinical, definition, id, patient, source
      wrong-kind-of-entity                | content.yaml:2: facts[0].subject: 'interleukin-2' is a cytokine, but relation 'can-be-given-in' takes therapy as its subject
      invalid-yaml                        | content.yaml:4: -: not valid YAML: expected ',' or ']', but got : (while parsing a flow sequence that starts on line 3)
      term-without-definition             | content.yaml:2: term[0].definition: a term needs a definition with patient and clinical wording
      malformed-id                        | content.yaml:2: care-setting[0].id: 'Infusion Center' is not a valid id; use lower-case letters and digits in words joined by hyphens, such as high-dose-il2
      relation-wording-without-placeholders | content.yaml:3: relations[0].patient: the wording must contain {subject} and {object} once each, such as "{subject} can cause {object}"
      authored-option-the-article-does-not-settle | content.yaml:2: questions[0].options[0].statements: option 'hospital' rests on a statement the content neither states nor denies: high-dose-il2 can-be-given-in hospital
      authored-option-marked-against-the-model | content.yaml:7: questions[0].options[1].correct: option 'ifn' is marked right, but the model makes it wrong
      denial-contradicted-by-entailment   | content.yaml:36: facts[2].holds: denies what the facts entail: 'high-dose-il2 gives interferon-alfa' and 'interferon-alfa form-of interferon' make 'high-dose-il2 gives interferon' true
      one-object-relation-given-a-second-object-by-entailment | content.yaml:31: facts[1].object: relation 'gives' allows one object per subject, but 'high-dose-il2' has 'interferon-alfa' and, by entailment from 'high-dose-il2 gives interferon-alfa' and 'interferon-alfa form-of interferon', 'interferon'
      modality-in-a-relation-without-a-place-for-it | content.yaml:6: facts[0].modality: relation 'uses-cytokine' has no {modal} in its wording, so its facts cannot say 'may'
      modal-wording-without-a-default-modality | content.yaml:3: relations[0].modality: the wording holds {modal}, so name the modality it has when a fact names none, such as 'modality: can'
      unknown-entity-kind                 | content.yaml:1: therapies: unknown section 'therapies'; a content file holds 'relations', 'facts', 'questions', 'quizzes' or lists of entities under one of: therapy, cytokine, approach, immune-cell, condition, route, care-setting, schedule, dose, side-effect, targeted-immunotherapy, brand-name, substance, trait, factor, term
      """)
  void eachDefectIsReportedExactlyWithFileLineAndField(String fixture, String expected) {
    ValidationReport report = ContentLoader.validate(Fixtures.courseWithContent(fixture), TODAY);
    assertThat(report.errors()).extracting(ContentProblem::format).containsExactly(expected);
    assertThat(report.knowledgeBase()).isEmpty();
  }

  @Test
  void aDenialInAClosedWorldRelationIsAWarningThatFailsOnlyStrictValidation() {
    ValidationReport report =
        ContentLoader.validate(Fixtures.courseWithContent("denial-in-closed-world-relation"), TODAY);
    assertThat(report.problems()).extracting(ContentProblem::format).containsExactly(
        "content.yaml:5: facts[0].holds: warning: relation 'uses-cytokine' is closed-world, so this denial says "
            + "nothing new: every pair it does not list is already false");
    assertThat(report.passes(false)).isTrue();
    assertThat(report.passes(true)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      invalid-review-due-date      | course.yaml:9: source.reviewDue: '2025-02-30' is not a valid date; write it as YYYY-MM-DD, such as 2025-02-28
      invalid-last-reviewed-month  | course.yaml:8: source.lastReviewed: '2022-13' is not a month; write it as YYYY-MM, such as 2022-02
      missing-included-file        | facts/missing.yaml:1: -: the file does not exist in memory
      language-not-a-tag           | course.yaml:5: language: 'english!' is not a language tag; write one such as en, fr or pt-BR
      language-ill-formed          | course.yaml:5: language: 'en-a' is not a language tag; write one such as en, fr or pt-BR
      """)
  void courseFileDefectsAreReportedExactly(String fixture, String expected) {
    ValidationReport report = ContentLoader.validate(Fixtures.courseVariant(fixture), TODAY);
    assertThat(report.errors()).extracting(ContentProblem::format).containsExactly(expected);
  }

  @Test
  void aCourseIsInTheLanguageItNamesAndInEnglishWhenItNamesNone() {
    ValidationReport french = ContentLoader.validate(Fixtures.courseVariant("language-french"), TODAY);
    assertThat(french.errors()).isEmpty();
    assertThat(french.knowledgeBase().orElseThrow().course().language()).isEqualTo(java.util.Locale.CANADA_FRENCH);
    ValidationReport unnamed = ContentLoader.validate(Fixtures.courseVariant("review-due-in-the-past"), TODAY);
    assertThat(unnamed.knowledgeBase().orElseThrow().course().language())
        .isEqualTo(java.util.Locale.ENGLISH);
  }

  @Test
  void aReviewDueInThePastIsAWarningNamingTheDueDate() {
    ValidationReport report = ContentLoader.validate(Fixtures.courseVariant("review-due-in-the-past"), TODAY);
    assertThat(report.problems()).extracting(ContentProblem::format).containsExactly(
        "course.yaml:9: source.reviewDue: warning: the medical review was due on 2025-02-28 (last reviewed "
            + "2022-02 by Test board); have the content re-reviewed, then move reviewDue forward");
    assertThat(report.knowledgeBase()).isPresent();
    assertThat(ContentLoader.validate(Fixtures.courseVariant("review-due-in-the-past"), LocalDate.of(2025, 2, 27))
        .problems()).isEmpty();
  }

  @Test
  void everyProblemIsCollectedNotJustTheFirst() {
    var files = Fixtures.courseWithContent("unknown-reference");
    var combined = new java.util.HashMap<String, byte[]>();
    combined.put("course.yaml", Fixtures.resource("broken/course.yaml"));
    combined.put("base.yaml", Fixtures.resource("broken/base.yaml"));
    combined.put("content.yaml", (new String(Fixtures.resource("broken/unknown-reference.yaml"))
        + new String(Fixtures.resource("broken/fact-without-source.yaml")).replace("facts:\n", "")
        + new String(Fixtures.resource("broken/source-paragraph-out-of-range.yaml")).replace("facts:\n", ""))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    ValidationReport report = ContentLoader.validate(
        org.cytoquiz.content.load.ContentFiles.inMemory(combined), TODAY);
    assertThat(files).isNotNull();
    assertThat(report.errors()).extracting(ContentProblem::field)
        .containsExactly("facts[0].object", "facts[1].source", "facts[2].source");
  }
}
