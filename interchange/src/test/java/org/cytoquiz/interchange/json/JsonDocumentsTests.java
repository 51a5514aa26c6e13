package org.cytoquiz.interchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.generate.Quiz;
import org.cytoquiz.quiz.generate.QuizAssembler;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JSON formats of facts, questions and quizzes are written by the interchange module alone, in the field
 * order and shape {@code docs/facts-format.md} and {@code docs/quiz-format.md} give.
 */
class JsonDocumentsTests {

  private static final Curriculum COURSE = BundledCourse.curriculum();
  private static final KnowledgeBase KB = COURSE.knowledgeBase();
  private static final ObjectMapper READER = new ObjectMapper();

  private static JsonNode parsed(Object document) throws Exception {
    return READER.readTree(JsonDocuments.toJson(document));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void theFormatsNeedNoWebServerOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("io.javalin.Javalin")).isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.eclipse.jetty.server.Server"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theFactsDocumentHoldsTheWholeKnowledgeBaseInItsDocumentedOrder() throws Exception {
    JsonNode doc = parsed(FactsDocument.of(KB));
    assertThat(fieldNames(doc)).containsExactly("format", "course", "relations", "entities", "facts");
    assertThat(doc.path("format").asText()).isEqualTo(FactsDocument.FORMAT).isEqualTo("cytoquiz-facts/1");
    assertThat(doc.path("facts").size()).isEqualTo(KB.facts().size());
    assertThat(doc.path("entities").size()).isEqualTo(KB.entities().size());
    assertThat(doc.path("relations").size()).isEqualTo(KB.relations().size());
    JsonNode fact = doc.path("facts").get(0);
    assertThat(fieldNames(fact)).containsExactly("subject", "relation", "object", "holds", "patient", "clinical",
        "qualifiers", "source");
    assertThat(fieldNames(fact.path("source"))).containsExactly("section", "heading", "paragraph");
    assertThat(fact.path("source").path("paragraph").asInt()).isPositive();
  }

  @ParameterizedTest
  @EnumSource(Audience.class)
  void aBankDocumentHoldsEveryQuestionWithTheFieldsOfItsKindOnly(Audience audience) throws Exception {
    List<Question> bank = ItemBank.of(COURSE, audience);
    JsonNode doc = parsed(QuizDocument.bank(audience.key(), bank));
    assertThat(fieldNames(doc)).containsExactly("format", "audience", "count", "questions");
    assertThat(doc.path("format").asText()).isEqualTo(QuizDocument.BANK_FORMAT);
    assertThat(doc.path("count").asInt()).isEqualTo(bank.size());
    for (int i = 0; i < bank.size(); i++) {
      Question q = bank.get(i);
      JsonNode json = doc.path("questions").get(i);
      assertThat(json.path("id").asText()).isEqualTo(q.id());
      assertThat(json.path("stem").asText()).isEqualTo(q.stem());
      assertThat(json.path("audience").asText()).isEqualTo(audience.key());
      assertThat(json.has("options")).as(q.id()).isEqualTo(!q.options().isEmpty());
      assertThat(json.has("accepted")).as(q.id()).isEqualTo(q instanceof TextEntry);
      assertThat(json.has("pairs")).as(q.id()).isEqualTo(q instanceof Matching);
      assertThat(json.path("tests").size()).as(q.id()).isEqualTo(q.header().tests().size());
      assertThat(json.path("sources").size()).as(q.id()).isEqualTo(q.sources().size());
      if (!q.options().isEmpty()) {
        JsonNode option = json.path("options").get(0);
        assertThat(fieldNames(option)).containsExactly("id", "text", "correct", "feedback", "claims");
        assertThat(fieldNames(option.path("feedback"))).containsExactly("verdict", "text", "facts", "source",
            "sources");
        assertThat(option.path("correct").asBoolean()).isEqualTo(q.options().get(0).correct());
      }
    }
  }

  @Test
  void aQuizDocumentNamesItsPresetAndSpec() throws Exception {
    QuizPreset preset = COURSE.teaching().presets().get(0);
    Quiz quiz = QuizAssembler.assemble(COURSE, QuizSpec.of(preset));
    JsonNode doc = parsed(QuizDocument.of(quiz, Optional.of(preset)));
    assertThat(fieldNames(doc)).containsExactly("format", "quiz", "audience", "count", "questions");
    assertThat(doc.path("format").asText()).isEqualTo(QuizDocument.QUIZ_FORMAT);
    assertThat(doc.path("quiz").path("preset").asText()).isEqualTo(preset.id());
    assertThat(doc.path("quiz").path("seed").asLong()).isEqualTo(quiz.spec().seed());
    assertThat(doc.path("count").asInt()).isEqualTo(quiz.questions().size());
    assertThat(doc.path("questions").size()).isEqualTo(quiz.questions().size());
    assertThat(parsed(QuizDocument.of(quiz, Optional.empty())).path("quiz").has("preset")).isFalse();
  }

  @Test
  void writingIsTheTextAndOneLineFeedInUtf8() {
    FactsDocument facts = FactsDocument.of(KB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JsonDocuments.write(facts, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JsonDocuments.toJson(facts) + "\n");
    assertThat(JsonDocuments.toJson(facts)).startsWith("{\n  \"format\" : \"cytoquiz-facts/1\",");
  }

  @Test
  void nullIsRefusedByName() {
    assertThatThrownBy(() -> JsonDocuments.toJson(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("document");
    assertThatThrownBy(() -> JsonDocuments.write(FactsDocument.of(KB), null))
        .isInstanceOf(NullPointerException.class).hasMessage("out");
  }
}
