package org.cytoquiz.quiz.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.TestModels;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.quiz.HandMade;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Header;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Scenario;
import org.cytoquiz.quiz.question.SingleChoice;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of the item lint, shown catching a hand-made bad item and passing its repaired form. */
class ItemLintTests {

  /** The claim a hand-made true/false statement makes. */
  static final Claim STATEMENT = Claim.of(EntityId.of("statement"), "says", EntityId.of("something"));

  static Header header(String id, String stem) {
    return header(id, stem, Audience.STAFF);
  }

  static Header header(String id, String stem, Audience audience) {
    return new Header(id, audience, "topic", Difficulty.RECALL, stem, List.of(Claim.of(EntityId.of("fact"), "tested-by", EntityId.of(id))),
        List.of(TestModels.ref(TestModels.CARE, 1)));
  }

  /** A single choice with these option texts, the first one right. */
  static SingleChoice choice(String stem, String... texts) {
    List<Option> options = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      options.add(new Option("o" + i, texts[i], i == 0, List.of(Claim.of(EntityId.of("option"), "claims", EntityId.of("o" + i))), HandMade.FEEDBACK));
    }
    return new SingleChoice(header("q", stem), options);
  }

  static List<Rule> rules(Question question) {
    return ItemLint.check(question).stream().map(Finding::rule).toList();
  }

  @Test
  void aWellWrittenItemHasNoFinding() {
    assertThat(ItemLint.check(choice("Where must high-dose interleukin-2 be given?",
        "In the hospital", "At home", "In the doctor's office", "In an infusion center"))).isEmpty();
  }

  @Test
  void aFindingPrintsAsQuestionIdRuleAndMessage() {
    Finding finding = new Finding("sc-x-s", Rule.LENGTH_OUTLIER, "too long");
    assertThat(finding).hasToString("sc-x-s: length-outlier: too long");
  }

  @Nested
  class Convergence {

    /** The scenario that shipped before this rule: the key is where the other options overlap. */
    @Test
    void theKeyThatSharesTheMostPartsWithTheOthersIsFound() {
      Scenario scenario = new Scenario(header("advanced-melanoma-setting-s", "Which option, and where?"), List.of(
          option("a", "High-dose interleukin-2, administered as an inpatient", true),
          option("b", "High-dose interleukin-2, self-administered at home", false),
          option("c", "High-dose interleukin-2, given in an outpatient infusion center", false),
          option("d", "Low-dose interleukin-2, which requires inpatient administration", false)));
      assertThat(ItemLint.check(scenario)).extracting(Finding::rule).containsExactly(Rule.CONVERGENCE);
      assertThat(ItemLint.check(scenario).get(0).message()).contains("High-dose interleukin-2, administered as an inpatient");
    }

    @Test
    void optionsThatCrossTheirPartsEvenlyDoNotConverge() {
      Scenario scenario = new Scenario(header("s", "Which option, and where?"), List.of(
          option("a", "High-dose interleukin-2, in the hospital", true),
          option("b", "High-dose interleukin-2, at home", false),
          option("c", "Low-dose interleukin-2, in the hospital", false),
          option("d", "Low-dose interleukin-2, at home", false)));
      assertThat(rules(scenario)).doesNotContain(Rule.CONVERGENCE);
    }
  }

  @Nested
  class KeyInStem {

    @Test
    void aKeyWordThatTheStemShowsAndNoDistractorHasIsACue() {
      SingleChoice question = choice("Which cytokine does high-dose interleukin-2 deliver?",
          "Interleukin-2", "Interferon-alfa", "Peginterferon alfa-2b");
      assertThat(ItemLint.check(question)).extracting(Finding::rule).containsExactly(Rule.KEY_IN_STEM);
      assertThat(ItemLint.check(question).get(0).message()).contains("“interleukin”");
    }

    @Test
    void aStemWordThatDistractorsShareDoesNotSingleTheKeyOut() {
      assertThat(rules(choice("To which treatment class does interferon-alfa therapy belong?",
          "Cytokine therapy", "Targeted immunotherapy", "Chemotherapy"))).isEmpty();
    }

    @Test
    void aTextEntryMustNotAcceptWhatItsPromptShows() {
      TextEntry text = new TextEntry(header("t", "Which phrase means: “Given straight into a vein”?"),
          List.of("intravenous", "into a vein"), HandMade.FEEDBACK, HandMade.FEEDBACK);
      assertThat(ItemLint.check(text)).singleElement()
          .satisfies(f -> assertThat(f.message()).contains("“into a vein”"));
    }

    @Test
    void aMatchingPairWhoseSidesShareTheirWordsIsACue() {
      Map<String, String> pairs = new LinkedHashMap<>();
      pairs.put("Into a vein", "Given through a needle straight into a vein.");
      pairs.put("Subcutaneous", "Given as a shot just below the skin.");
      pairs.put("Intralesional", "Given as a shot right into the tumor.");
      assertThat(rules(matching(pairs))).containsExactly(Rule.KEY_IN_STEM);
      pairs = new LinkedHashMap<>(pairs);
      pairs.remove("Into a vein");
      pairs.put("Intravenous", "Given through a needle straight into a vein.");
      assertThat(rules(matching(pairs))).isEmpty();
    }
  }

  @Test
  void anOptionFarLongerThanTheOthersStandsOut() {
    SingleChoice question = choice("Which describes interferon?",
        "Binds a cell-surface receptor and triggers an intracellular signaling cascade",
        "Attacks cancer cells directly", "Is made in a lab");
    assertThat(rules(question)).containsExactly(Rule.LENGTH_OUTLIER);
    assertThat(rules(choice("Which describes interferon?", "Binds a receptor on a cell",
        "Attacks cancer cells directly", "Is made in a lab"))).isEmpty();
  }

  @Test
  void optionsOfMixedFormAreFound() {
    assertThat(rules(choice("What does “binds” mean?",
        "Connects to something and holds on.", "A messenger that cells make.", "Not able to be removed.")))
        .containsExactly(Rule.MIXED_KINDS);
    assertThat(rules(choice("What does “binds” mean?",
        "Connects to something and holds on", "Given into a vein.", "Spreads far away.")))
        .containsExactly(Rule.MIXED_KINDS);
  }

  @Test
  void aTrademarkSignAmongOthersOrACaseDifferenceStandsOut() {
    assertThat(ItemLint.check(choice("What is the brand name of peginterferon alfa-2b?",
        "Sylatron™", "Yervoy®", "Keytruda®", "Opdivo®")))
        .singleElement().satisfies(f -> {
          assertThat(f.rule()).isEqualTo(Rule.TYPOGRAPHY);
          assertThat(f.message()).contains("®, ™");
        });
    assertThat(rules(choice("Brand name?", "Sylatron", "yervoy", "Keytruda"))).containsExactly(Rule.TYPOGRAPHY);
    assertThat(rules(choice("Brand name?", "Sylatron", "Yervoy", "Keytruda"))).isEmpty();
  }

  @Test
  void absoluteTermsInOptionsAndStatementsAreFound() {
    assertThat(rules(choice("Where may low-dose interleukin-2 be given?",
        "In the doctor's office", "In the hospital only", "Never outside the hospital")))
        .containsExactly(Rule.ABSOLUTE_TERM, Rule.ABSOLUTE_TERM);
    TrueFalse statement = new TrueFalse(header("tf", "True or false: Cytokines always cause side effects."), List.of(
        new Option(TrueFalse.TRUE, "True", false, List.of(STATEMENT), HandMade.FEEDBACK),
        new Option(TrueFalse.FALSE, "False", true, List.of(STATEMENT), HandMade.FEEDBACK)));
    assertThat(rules(statement)).containsExactly(Rule.ABSOLUTE_TERM);
  }

  /**
   * Round 3 (patient items 138-140): "Low-dose interleukin-2 has to be given in the hospital", keyed false, is
   * false only because of "has to"; the same statement keyed true ("high-dose ... has to") is no cue.
   */
  @Test
  void aFalseStatementOfAMustIsAnAbsolute() {
    TrueFalse keyedFalse = new TrueFalse(header("tf", "True or false? Low-dose interleukin-2 has to be given in the "
        + "hospital."), List.of(
        new Option(TrueFalse.TRUE, "True", false, List.of(STATEMENT), HandMade.FEEDBACK),
        new Option(TrueFalse.FALSE, "False", true, List.of(STATEMENT), HandMade.FEEDBACK)));
    assertThat(rules(keyedFalse)).containsExactly(Rule.ABSOLUTE_TERM);
    TrueFalse keyedTrue = new TrueFalse(header("tf", "True or false: High-dose interleukin-2 must be administered in "
        + "the hospital."), List.of(
        new Option(TrueFalse.TRUE, "True", true, List.of(STATEMENT), HandMade.FEEDBACK),
        new Option(TrueFalse.FALSE, "False", false, List.of(STATEMENT), HandMade.FEEDBACK)));
    assertThat(rules(keyedTrue)).isEmpty();
  }

  /** Round 3 (patient 175, staff 178): three terms and three meanings, the last pair found by elimination. */
  @Test
  void aMatchingWithNothingLeftOverIsACue() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("Intravenous", "Given through a needle straight into a vein.");
    pairs.put("Subcutaneous", "Given as a shot just below the skin.");
    pairs.put("Intralesional", "Given as a shot right into the tumor.");
    assertThat(rules(matching(pairs, false))).containsExactly(Rule.NO_LEFT_OVER);
    assertThat(rules(matching(pairs, true))).isEmpty();
  }

  /**
   * Round 3 (patient 147-155, staff 150-158): "may possibly" reads badly to patients, and "administered at home,
   * self-administered by the patient" says the verb twice. Staff wording keeps the article's "may possibly".
   */
  @Test
  void doubledHedgesForPatientsAndAVerbSaidTwiceAreLanguageFindings() {
    java.util.function.BiFunction<String, Audience, TrueFalse> statement = (text, audience) -> new TrueFalse(
        header("tf", text, audience), List.of(
            new Option(TrueFalse.TRUE, "True", true, List.of(STATEMENT), HandMade.FEEDBACK),
            new Option(TrueFalse.FALSE, "False", false, List.of(STATEMENT), HandMade.FEEDBACK)));
    for (String hedge : List.of("may possibly", "might possibly", "can possibly")) {
      assertThat(rules(statement.apply("True or false? Low-dose interleukin-2 " + hedge + " be given at home.",
          Audience.PATIENT))).as(hedge).containsExactly(Rule.LANGUAGE);
    }
    assertThat(rules(statement.apply("True or false? Low-dose interleukin-2 can sometimes be given at home, by "
        + "yourself.", Audience.PATIENT))).isEmpty();
    assertThat(rules(statement.apply("True or false: Low-dose IL-2 may possibly be administered at home by the "
        + "patient.", Audience.STAFF))).isEmpty();
    assertThat(rules(statement.apply("True or false: Low-dose IL-2 may possibly be administered at home, "
        + "self-administered by the patient.", Audience.STAFF))).containsExactly(Rule.LANGUAGE);
  }

  @Test
  void howOftenIsNotAnAbsolute() {
    TrueFalse statement = new TrueFalse(header("tf", "True or false? Cytokines may be taken every day."), List.of(
        new Option(TrueFalse.TRUE, "True", true, List.of(STATEMENT), HandMade.FEEDBACK),
        new Option(TrueFalse.FALSE, "False", false, List.of(STATEMENT), HandMade.FEEDBACK)));
    assertThat(rules(statement)).isEmpty();
  }

  @Test
  void aMultipleResponseIsCheckedLikeASingleChoice() {
    MultipleResponse question = new MultipleResponse(header("mr", "Which are given in the hospital?"), List.of(
        option("a", "High-dose interleukin-2", true), option("b", "Low-dose interleukin-2", false),
        option("c", "All of the above", false)));
    assertThat(rules(question)).containsExactly(Rule.ABSOLUTE_TERM);
  }

  static Option option(String id, String text, boolean right) {
    return new Option(id, text, right, List.of(Claim.of(EntityId.of("option"), "claims", EntityId.of(id))), HandMade.FEEDBACK);
  }

  /** A matching of {@code pairs} with one meaning left over. */
  static Matching matching(Map<String, String> pairs) {
    return matching(pairs, true);
  }

  static Matching matching(Map<String, String> pairs, boolean leftOver) {
    List<Item> left = new ArrayList<>();
    List<Item> right = new ArrayList<>();
    Map<String, String> answer = new LinkedHashMap<>();
    Map<String, Feedback> feedback = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, String> pair : pairs.entrySet()) {
      left.add(new Item("l" + i, pair.getKey()));
      right.add(new Item("r" + i, pair.getValue()));
      answer.put("l" + i, "r" + i);
      feedback.put("l" + i, HandMade.FEEDBACK);
      i++;
    }
    if (leftOver) {
      right.add(new Item("spare", "Taken as a pill by mouth."));
    }
    return new Matching(header("m", "Match each term with its definition."), left, right, answer, feedback);
  }
}
