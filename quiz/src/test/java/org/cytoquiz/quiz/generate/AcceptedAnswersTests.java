package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cytoquiz.core.Audience;
import org.cytoquiz.quiz.question.TextAnswers;
import org.cytoquiz.quiz.question.TextEntry;
import org.junit.jupiter.api.Test;

/** The answers text-entry questions accept: every form a learner would type, nothing the prompt shows. */
class AcceptedAnswersTests {

  @Test
  void aNameWithAParenthesisIsAcceptedInEachReading() {
    assertThat(AcceptedAnswers.forms("leukocytes (white blood cells)"))
        .contains("leukocytes", "white blood cells");
    assertThat(AcceptedAnswers.forms("natural killer (NK) cells")).contains("natural killer cells", "NK cells");
    assertThat(AcceptedAnswers.forms("Ongoing (maintenance) interferon-alfa"))
        .contains("Ongoing interferon-alfa", "maintenance interferon-alfa");
    assertThat(AcceptedAnswers.forms("Keytruda®")).containsExactly("Keytruda®");
  }

  @Test
  void aFormThePromptShowsWordForWordIsLeftOut() {
    List<String> prompt = AcceptedAnswers.words("T-lymphocytes (T-cells) are a subset of which cells?");
    assertThat(AcceptedAnswers.shows(prompt, AcceptedAnswers.words("lymphocytes"))).isTrue();
    assertThat(AcceptedAnswers.shows(prompt, AcceptedAnswers.words("white blood cells"))).isFalse();
    List<String> accepted = AcceptedAnswers.of("white blood cells",
        List.of(QuestionKeyTests.entity("white-blood-cell")), "Leukocytes are also called what?");
    assertThat(accepted.get(0)).isEqualTo("white blood cells");
    assertThat(accepted).contains("WBC").doesNotContain("leukocytes", "Leukocytes");
    // The singular needs no form of its own: typed answers compare without a plural "s".
    assertThat(accepted).anySatisfy(form -> assertThat(TextAnswers.matches("white blood cell", form)).isTrue());
  }

  @Test
  void theBrandNameIsAcceptedWhateverMarkTheLearnerTypes() {
    TextEntry atezolizumab = (TextEntry) QuestionKeyTests.find(ItemBank.of(QuestionKeyTests.CURRICULUM, Audience.STAFF),
        "text-has-brand-name-object-atezolizumab-s");
    assertThat(atezolizumab.accepts("Tecentriq™")).isTrue();
    assertThat(atezolizumab.accepts("Tecentriq®")).isTrue();
    assertThat(atezolizumab.accepts("TECENTRIQ")).isTrue();
    assertThat(atezolizumab.accepts("Keytruda")).isFalse();
  }

  @Test
  void aClassTheArticleDoesNotListCompletelyIsNotAskedAsATypedAnswer() {
    // "What kind of cells are T-cells?" has several right answers (white blood cells, lymphocytes, immune
    // cells) and the article lists no complete set, so kind-of is open and yields no text entry.
    for (Audience audience : Audience.values()) {
      String suffix = audience == Audience.PATIENT ? "-p" : "-s";
      assertThat(ItemBank.of(QuestionKeyTests.CURRICULUM, audience)).extracting(q -> q.id())
          .doesNotContain("text-kind-of-object-t-cell" + suffix, "text-kind-of-object-nk-cell" + suffix);
    }
  }
}
