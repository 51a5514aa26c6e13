package org.cytoquiz.quiz.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.stream.Stream;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Carry;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Scenario;
import org.cytoquiz.quiz.question.SingleChoice;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;
import org.cytoquiz.teaching.Curriculum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The answer key of every question in both banks, checked against the model by an oracle that shares no
 * code with the generators: each option's claims are re-judged from the stated facts alone, with the
 * taxonomy's entailment computed here again, by a different method (a fixed point over all triples) than the
 * knowledge base uses.
 */
class QuestionKeyTests {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();
  static final Oracle ORACLE = new Oracle(KB);

  /**
   * Truth by entailment, rebuilt from {@link KnowledgeBase#facts()} and the relations' declarations only: the
   * is-a links are the stated facts of taxonomic relations; a relation's facts carry to broader objects and
   * to members as it declares (a taxonomic relation both ways); a pair is false only when no fact makes it
   * true and it is denied, or its closed-world or one-object relation rules it out.
   */
  static final class Oracle {
    private final Set<String> holds = new HashSet<>();
    private final Set<String> denied = new HashSet<>();

    Oracle(KnowledgeBase kb) {
      List<String[]> isA = new ArrayList<>();
      for (Fact fact : kb.facts()) {
        String triple = triple(fact.subject().value(), fact.relation().id(), fact.object().value());
        (fact.holds() ? holds : denied).add(triple);
        if (fact.holds() && fact.relation().taxonomic()) {
          isA.add(new String[] {fact.subject().value(), fact.object().value()});
        }
      }
      boolean grew = true;
      while (grew) {
        grew = false;
        for (String triple : List.copyOf(holds)) {
          String[] t = triple.split(" ");
          Relation relation = kb.relation(t[1]);
          for (String[] link : isA) {
            if ((relation.taxonomic() || relation.carries().contains(Carry.BROADER_OBJECTS)) && link[0].equals(t[2])) {
              grew |= addIfAccepted(kb, t[0], relation, link[1]);
            }
            if ((relation.taxonomic() || relation.carries().contains(Carry.MEMBERS)) && link[1].equals(t[0])) {
              grew |= addIfAccepted(kb, link[0], relation, t[2]);
            }
          }
        }
      }
    }

    /** Adds a step's conclusion; a link of a thing to itself is kept as a step on the way, never judged. */
    private boolean addIfAccepted(KnowledgeBase kb, String subject, Relation relation, String object) {
      if (!relation.accepts(entity(subject).type(), entity(object).type())) {
        return false;
      }
      return holds.add(triple(subject, relation.id(), object));
    }

    private static String triple(String s, String r, String o) {
      return s + " " + r + " " + o;
    }

    Truth judge(String subject, Relation relation, String object) {
      String triple = triple(subject, relation.id(), object);
      if (holds.contains(triple)) {
        return Truth.TRUE;
      }
      if (denied.contains(triple)) {
        return Truth.FALSE;
      }
      if (!relation.accepts(entity(subject).type(), entity(object).type())) {
        return Truth.UNKNOWN;
      }
      if (relation.world() == World.CLOSED) {
        return Truth.FALSE;
      }
      if (relation.cardinality() == Cardinality.ONE
          && holds.stream().anyMatch(h -> h.startsWith(subject + " " + relation.id() + " "))) {
        return Truth.FALSE;
      }
      return Truth.UNKNOWN;
    }
  }

  static Stream<Arguments> everyQuestion() {
    List<Arguments> all = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      for (Question question : ItemBank.of(CURRICULUM, audience)) {
        all.add(Arguments.of(question.id(), question));
      }
    }
    return all.stream();
  }

  /** What the model says of the link a claim names, whatever the claim asserts of it. */
  static Truth truthOfLink(Claim claim) {
    assertThat(claim.definition() || !claim.subject().equals(claim.object()))
        .as("%s links an entity to itself", claim).isTrue();
    if (claim.definition()) {
      return claim.subject().equals(claim.object()) ? Truth.TRUE : Truth.FALSE;
    }
    return ORACLE.judge(claim.subject().value(), KB.relation(claim.relation()), claim.object().value());
  }

  /** Whether the model agrees with a claim: TRUE if it does, FALSE if it says otherwise, UNKNOWN if silent. */
  static Truth judge(Claim claim) {
    Truth link = truthOfLink(claim);
    if (link == Truth.UNKNOWN) {
      return Truth.UNKNOWN;
    }
    return (link == Truth.TRUE) == claim.holds() ? Truth.TRUE : Truth.FALSE;
  }

  static Truth judge(Option option) {
    boolean allTrue = true;
    for (Claim claim : option.claims()) {
      Truth truth = judge(claim);
      if (truth == Truth.FALSE) {
        return Truth.FALSE;
      }
      allTrue &= truth == Truth.TRUE;
    }
    return allTrue ? Truth.TRUE : Truth.UNKNOWN;
  }

  static List<Option> options(Question question) {
    return question.options();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void everyOptionIsKeyedAsTheModelJudgesIt(String id, Question question) {
    for (Option option : options(question)) {
      Truth truth = judge(option);
      assertThat(truth).as("%s option %s (%s)", id, option.id(), option.claims()).isNotEqualTo(Truth.UNKNOWN);
      assertThat(option.correct()).as("%s option %s", id, option.id()).isEqualTo(truth == Truth.TRUE);
      if (question instanceof TrueFalse tf && option.id().equals(TrueFalse.TRUE)) {
        // "True" asserts the statement: it is the key exactly when the model makes the statement true.
        assertThat(tf.answer()).as(id).isEqualTo(truth == Truth.TRUE);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void singleAnswerQuestionsHaveExactlyOneRightOption(String id, Question question) {
    if (question instanceof SingleChoice || question instanceof Scenario || question instanceof TrueFalse) {
      assertThat(options(question)).filteredOn(Option::correct).hasSize(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void optionsAreDistinctAndOfOneKind(String id, Question question) {
    List<Option> options = options(question);
    assertThat(options).extracting(o -> o.text().toLowerCase()).doesNotHaveDuplicates();
    if (question instanceof SingleChoice || question instanceof MultipleResponse) {
      // The entity that varies between options is always of the same kind as the key's.
      Claim first = options.get(0).claims().get(0);
      boolean objectVaries = options.stream().allMatch(o -> o.claims().get(0).subject().equals(first.subject()));
      java.util.function.Function<Option, EntityId> varying =
          o -> objectVaries ? o.claims().get(0).object() : o.claims().get(0).subject();
      assertThat(options).extracting(o -> KB.entity(varying.apply(o)).type())
          .as(id).containsOnly(KB.entity(varying.apply(options.get(0))).type());
      if ((id.startsWith("sc-") || id.startsWith("mr-")) && !id.startsWith("sc-definition-")) {
        // What the learner reads is the label of the entity the option's claim names.
        for (Option option : options) {
          String label = KB.entity(varying.apply(option)).label().in(question.audience());
          assertThat(option.text()).as(id).isEqualToIgnoringCase(label);
        }
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void everyQuestionAndOptionCitesTheArticle(String id, Question question) {
    var sections = KB.course().source().sections();
    assertThat(question.sources()).isNotEmpty().allSatisfy(s -> assertThat(sections).contains(s.section()));
    for (Option option : options(question)) {
      assertThat(sections).contains(option.feedback().source().section());
      assertThat(option.feedback().text()).isNotBlank();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void everyTestedFactIsTrue(String id, Question question) {
    for (Claim fact : question.header().tests()) {
      // A test is the fact as the key states it: true/false questions on a false statement test its denial.
      assertThat(judge(fact)).as("%s tests %s", id, fact).isEqualTo(Truth.TRUE);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void matchingKeysPairEachItemWithItsOnlyRightPartner(String id, Question question) {
    if (!(question instanceof Matching matching)) {
      return;
    }
    // Item ids are opaque; the entities behind them are read from the typed claims the question tests, pair by
    // pair in the order of the left items (for a definition, both sides are the term).
    List<Claim> tests = matching.header().tests();
    String relation = tests.get(0).relation();
    Map<String, EntityId> leftEntity = new java.util.HashMap<>();
    Map<String, EntityId> rightEntity = new java.util.HashMap<>();
    for (int i = 0; i < matching.left().size(); i++) {
      Claim test = tests.get(i);
      String leftId = matching.left().get(i).id();
      leftEntity.put(leftId, test.subject());
      rightEntity.put(matching.answer().get(leftId), test.object());
    }
    // A spare right item (one no left item pairs with) is known by its text: the label of one entity.
    for (var right : matching.right()) {
      if (!rightEntity.containsKey(right.id())) {
        List<EntityId> named = KB.entities().stream()
            .filter(e -> right.text().equalsIgnoreCase(e.label().in(matching.header().audience())))
            .map(e -> e.id()).toList();
        assertThat(named).as("%s: spare %s", id, right.text()).hasSize(1);
        rightEntity.put(right.id(), named.get(0));
      }
    }
    for (Map.Entry<String, String> pair : matching.answer().entrySet()) {
      for (var right : matching.right()) {
        Claim claim = Claim.of(leftEntity.get(pair.getKey()), relation, rightEntity.get(right.id()));
        assertThat(truthOfLink(claim)).as("%s: %s", id, claim)
            .isEqualTo(right.id().equals(pair.getValue()) ? Truth.TRUE : Truth.FALSE);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void textEntryAcceptsEveryRightAnswerAndNoWrongOne(String id, Question question) {
    if (!(question instanceof TextEntry text) || id.startsWith("text-definition-")) {
      return;
    }
    Claim fact = text.header().tests().get(0);
    Relation relation = KB.relation(fact.relation());
    boolean askObject = id.startsWith("text-" + relation.id() + "-object-");
    Entity answer = KB.entity(askObject ? fact.object() : fact.subject());
    EntityId given = askObject ? fact.subject() : fact.object();
    for (Entity other : KB.entities(answer.type())) {
      if (!other.equals(answer) && !other.id().equals(given)) {
        Truth truth = askObject
            ? ORACLE.judge(fact.subject().value(), relation, other.id().value())
            : ORACLE.judge(other.id().value(), relation, fact.object().value());
        // The model settles every candidate: a right one is accepted, a wrong one refused.
        assertThat(truth).as("%s: the model does not settle %s", id, other.id()).isNotEqualTo(Truth.UNKNOWN);
        if (truth == Truth.FALSE) {
          assertThat(text.accepts(other.label().patient())).as("%s accepts %s", id, other.id()).isFalse();
          assertThat(text.accepts(other.label().clinical())).as("%s accepts %s", id, other.id()).isFalse();
        } else if (!shownByPrompt(text, other.label().in(question.audience()))) {
          assertThat(text.accepts(other.label().in(question.audience()))).as("%s refuses %s", id, other.id()).isTrue();
        }
      }
    }
    for (String form : List.of(answer.label().patient(), answer.label().clinical())) {
      if (!shownByPrompt(text, form)) {
        assertThat(text.accepts(form)).as("%s refuses %s", id, form).isTrue();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyQuestion")
  void textEntryAcceptsNothingThePromptShowsButItsPreferredAnswer(String id, Question question) {
    if (question instanceof TextEntry text) {
      for (String accepted : text.accepted().subList(1, text.accepted().size())) {
        assertThat(shownByPrompt(text, accepted)).as("%s accepts %s, which its prompt shows", id, accepted)
            .isFalse();
      }
    }
  }

  /** Whether the prompt shows {@code form} word for word (case, marks and punctuation aside). */
  static boolean shownByPrompt(TextEntry text, String form) {
    String prompt = " " + String.join(" ", text.stem().toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[™®©]", "").split("[^\\p{L}\\p{N}]+")) + " ";
    String words = String.join(" ", form.toLowerCase(java.util.Locale.ROOT)
        .replaceAll("[™®©]", "").split("[^\\p{L}\\p{N}]+")).strip();
    return !words.isEmpty() && prompt.contains(" " + words + " ");
  }

  @Test
  void statementsTheArticleDeniesAreNeverKeyedTrue() {
    for (Audience audience : Audience.values()) {
      List<Question> bank = ItemBank.of(CURRICULUM, audience);
      String suffix = audience == Audience.PATIENT ? "-p" : "-s";
      assertThat(((TrueFalse) find(bank, "tf-has-trait-interferon-attacks-cancer-directly" + suffix)).answer()).isFalse();
      assertThat(((TrueFalse) find(bank, "tf-can-be-given-in-high-dose-il2-home" + suffix)).answer()).isFalse();
      assertThat(((TrueFalse) find(bank, "tf-must-be-given-in-high-dose-il2-hospital" + suffix)).answer()).isTrue();
    }
  }

  @Test
  void aTreatmentThatGivesInterferonAlfaGivesInterferon() {
    // Keyed False before truth followed from the taxonomy, though the same bank teaches that interferon-alfa
    // is a form of interferon.
    assertThat(ORACLE.judge("interferon-alfa-therapy", KB.relation("uses-cytokine"), "interferon"))
        .isEqualTo(Truth.TRUE);
    assertThat(KB.truth(EntityId.of("interferon-alfa-therapy"), KB.relation("uses-cytokine"), EntityId.of("interferon")))
        .isEqualTo(Truth.TRUE);
    Relation uses = KB.relation("uses-cytokine");
    for (Audience audience : Audience.values()) {
      String suffix = audience == Audience.PATIENT ? "-p" : "-s";
      // The generator leaves the item out, since the subject's name holds the answer (NoCueTests); were it
      // stated, it would be keyed true.
      List<Question> generated = new RelationQuestions(KB, audience).generate(uses, CURRICULUM.template(uses).orElseThrow());
      assertThat(generated).filteredOn(q -> q.id().equals("tf-uses-cytokine-interferon-alfa-therapy-interferon" + suffix))
          .allSatisfy(q -> assertThat(((TrueFalse) q).answer()).isTrue());
      List<Question> bank = ItemBank.of(CURRICULUM, audience);
      assertThat(bank).filteredOn(q -> q.id().equals("tf-uses-cytokine-interferon-alfa-therapy-interferon" + suffix))
          .allSatisfy(q -> assertThat(((TrueFalse) q).answer()).isTrue());
      assertThat(bank).flatExtracting(Question::options)
          .filteredOn(o -> o.claims().contains("interferon-alfa-therapy uses-cytokine interferon"))
          .allSatisfy(o -> assertThat(o.correct()).isEqualTo(!o.id().equals(TrueFalse.FALSE)));
    }
  }

  @Test
  void theOracleSeesEntailmentAndStillFindsFalsePairs() {
    Relation uses = KB.relation("uses-cytokine");
    assertThat(ORACLE.judge("peginterferon-therapy", uses, "interferon")).isEqualTo(Truth.TRUE);
    assertThat(ORACLE.judge("high-dose-il2", uses, "interferon")).isEqualTo(Truth.FALSE);
    assertThat(ORACLE.judge("high-dose-il2", KB.relation("given-by-route"), "intravenous")).isEqualTo(Truth.TRUE);
    assertThat(ORACLE.judge("low-dose-il2", KB.relation("can-be-given-in"), "hospital")).isEqualTo(Truth.UNKNOWN);
  }

  @Test
  void theHospitalQuestionOffersOnlyTherapiesTheArticleSaysNeedNoHospital() {
    SingleChoice question = (SingleChoice) ItemBank.of(CURRICULUM, Audience.PATIENT).stream()
        .filter(q -> q.id().equals("sc-must-be-given-in-subject-hospital-p")).findFirst().orElseThrow();
    assertThat(question.stem()).isEqualTo("Which treatment has to be given in the hospital?");
    assertThat(question.options()).filteredOn(Option::correct).extracting(QuestionKeyTests::subject)
        .containsExactly("high-dose-il2");
    assertThat(question.options()).extracting(QuestionKeyTests::subject).containsExactlyInAnyOrder(
        "high-dose-il2", "low-dose-il2", "maintenance-interferon-alfa", "peginterferon-therapy");
  }

  /** The subject of an option's first claim (option ids are opaque, so they do not name it). */
  static String subject(Option option) {
    return option.claims().get(0).subject().value();
  }

  @Test
  void bothBanksAreLargeAndCoverEveryRelationAndKind() {
    Cues cues = new Cues(KB);
    for (Audience audience : Audience.values()) {
      List<Question> bank = ItemBank.of(CURRICULUM, audience);
      assertThat(bank).hasSizeGreaterThan(100);
      for (Relation relation : KB.relations()) {
        boolean suits = CURRICULUM.template(relation).map(t -> t.audiences().contains(audience)).orElse(false);
        // A relation whose every fact is told by the names of its two entities (such as a therapy and the
        // cytokine it is named after) yields no question, by design.
        boolean toldByNames = KB.facts(relation).stream().filter(org.cytoquiz.core.fact.Fact::holds)
            .allMatch(f -> cues.told(f.subject(), relation, f.object()));
        if (suits && !toldByNames) {
          assertThat(bank).as(relation.id()).anySatisfy(q -> assertThat(q.header().tests())
              .anySatisfy(t -> assertThat(t.relation()).isEqualTo(relation.id())));
        }
      }
      assertThat(bank).extracting(Question::kind).contains(
          org.cytoquiz.teaching.QuestionKind.SINGLE_CHOICE,
          org.cytoquiz.teaching.QuestionKind.MULTIPLE_RESPONSE,
          org.cytoquiz.teaching.QuestionKind.TRUE_FALSE,
          org.cytoquiz.teaching.QuestionKind.MATCHING,
          org.cytoquiz.teaching.QuestionKind.TEXT_ENTRY);
    }
    assertThat(ItemBank.of(CURRICULUM, Audience.STAFF)).extracting(Question::kind)
        .contains(org.cytoquiz.teaching.QuestionKind.SCENARIO);
  }

  static Question find(List<Question> bank, String id) {
    return bank.stream().filter(q -> q.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no question " + id));
  }

  static Entity entity(String id) {
    return KB.entity(EntityId.of(id));
  }
}
