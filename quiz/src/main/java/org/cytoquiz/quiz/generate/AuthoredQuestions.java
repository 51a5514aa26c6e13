package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.Truth;
import org.cytoquiz.core.source.SourceRef;
import org.cytoquiz.teaching.AuthoredOption;
import org.cytoquiz.teaching.AuthoredQuestion;
import org.cytoquiz.teaching.Statement;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Header;
import org.cytoquiz.quiz.question.MultipleResponse;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Scenario;
import org.cytoquiz.quiz.question.SingleChoice;
import org.cytoquiz.quiz.question.Verdict;

/**
 * Questions written by course authors. Each option's rightness comes from the model's verdict on its
 * statements, never from the author's say, and its feedback from the facts behind them unless the author
 * wrote some.
 */
final class AuthoredQuestions {

  private final KnowledgeBase kb;
  private final Wordings words;
  private final String suffix;

  AuthoredQuestions(KnowledgeBase kb, Audience audience, java.util.Locale language) {
    this.kb = kb;
    this.words = new Wordings(kb, audience, language);
    this.suffix = words.idSuffix();
  }

  Question generate(AuthoredQuestion authored) {
    String id = authored.id() + suffix;
    boolean partialCredit = authored.kind() == org.cytoquiz.teaching.QuestionKind.MULTIPLE_RESPONSE;
    List<Option> options = new ArrayList<>();
    List<Claim> tests = new ArrayList<>();
    List<SourceRef> sources = new ArrayList<>();
    for (AuthoredOption authoredOption : authored.options()) {
      boolean right = authoredOption.truth(kb) == Truth.TRUE;
      List<Claim> claims = authoredOption.statements().stream()
          .map(st -> Claim.of(st.subject(), st.relation(), st.object())).toList();
      // Partial credit exists only where each option is marked on its own (select all that apply); in a
      // single-best-answer item an option that is not the key is simply wrong, however much of it is true.
      Feedback explanation = explain(authoredOption, right, partialCredit);
      Feedback feedback = authoredOption.feedback()
          .map(f -> new Feedback(explanation.verdict(), f.in(words.audience()), explanation.facts(),
              explanation.sources()))
          .orElse(explanation);
      options.add(new Option(authoredOption.id(), authoredOption.text().in(words.audience()), right, claims,
          feedback));
      if (right) {
        tests.addAll(claims);
        feedback.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
      }
    }
    if (!partialCredit) {
      options = withKeyOnWrongOptions(options);
    }
    Header header = new Header(id, words.audience(), authored.topic(), authored.difficulty(),
        authored.stem().in(words.audience()), tests, sources);
    return switch (authored.kind()) {
      case SCENARIO -> new Scenario(header, options);
      case MULTIPLE_RESPONSE -> new MultipleResponse(header, options);
      case SINGLE_CHOICE -> new SingleChoice(header, options);
      default -> throw new IllegalStateException("authored kind " + authored.kind());
    };
  }

  /**
   * In a single-best-answer item, a wrong option's feedback says why that option is wrong and then what the best
   * answer is (the key option's own words, then the key's explanation less any sentence it already says), with
   * the key's sources added.
   */
  private List<Option> withKeyOnWrongOptions(List<Option> options) {
    Option key = options.stream().filter(Option::correct).findFirst().orElse(null);
    if (key == null) {
      return options;
    }
    Feedback keyFeedback = key.feedback();
    List<Option> out = new ArrayList<>();
    for (Option option : options) {
      if (option.correct()) {
        out.add(option);
        continue;
      }
      Feedback f = option.feedback();
      List<String> added = new ArrayList<>();
      for (String sentence : keyFeedback.text().split("(?<=\\.) ")) {
        if (!f.text().contains(sentence.strip())) {
          added.add(sentence.strip());
        }
      }
      String keyText = key.text().strip();
      keyText = keyText.matches(".*[.!?]$") ? keyText : keyText + ".";
      String text = f.text() + " " + words.keyLead() + " " + keyText
          + (added.isEmpty() ? "" : " " + String.join(" ", added));
      List<Claim> facts = new ArrayList<>(f.facts());
      keyFeedback.facts().stream().filter(c -> !facts.contains(c)).forEach(facts::add);
      List<SourceRef> sources = new ArrayList<>(f.sources());
      keyFeedback.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
      out.add(new Option(option.id(), option.text(), false, option.claims(),
          new Feedback(f.verdict(), text, facts, sources)));
    }
    return out;
  }

  /**
   * For a right option, what each statement says; for a wrong one, why its false statements are false and
   * what is true instead. In a multiple-response item ({@code partialCredit}) a wrong option some of whose
   * statements are true is only partly wrong; in a single-choice or scenario item it is wrong.
   */
  private Feedback explain(AuthoredOption option, boolean right, boolean partialCredit) {
    List<String> parts = new ArrayList<>();
    List<Claim> facts = new ArrayList<>();
    List<SourceRef> sources = new ArrayList<>();
    boolean someTrue = false;
    for (Statement statement : option.statements()) {
      Relation relation = kb.relation(statement.relation());
      Truth truth = statement.truth(kb);
      someTrue |= truth == Truth.TRUE;
      Feedback part;
      if (right) {
        part = words.truthOf(statement.subject(), relation, statement.object());
      } else if (truth == Truth.FALSE) {
        part = words.falsityOf(statement.subject(), relation, statement.object());
      } else {
        continue;
      }
      parts.add(part.text());
      facts.addAll(part.facts());
      part.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
    }
    Verdict verdict = right ? Verdict.RIGHT : someTrue && partialCredit ? Verdict.PARTLY : Verdict.WRONG;
    return new Feedback(verdict, String.join(" ", parts), facts, sources);
  }
}
