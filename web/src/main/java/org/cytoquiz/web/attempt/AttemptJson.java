package org.cytoquiz.web.attempt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.question.Feedback;
import org.cytoquiz.quiz.question.Item;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.Response;
import org.cytoquiz.quiz.scoring.Mark;
import org.cytoquiz.quiz.scoring.QuestionResult;
import org.cytoquiz.web.pages.Views;

/** The JSON bodies of the attempt API (documented in {@code docs/api.md}); keys appear only once earned. */
public final class AttemptJson {

  private AttemptJson() {}

  /** A quiz preset in the catalog. */
  public static Map<String, Object> preset(QuizPreset p, int questions) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("title", p.title().in(p.audience()));
    m.put("description", p.description().in(p.audience()));
    m.put("audience", p.audience().key());
    m.put("questions", questions);
    m.put("passMark", p.passMark().isPresent() ? p.passMark().getAsInt() : null);
    m.put("feedback", Keyed.key(p.feedback()));
    m.put("certaintyBased", p.certaintyBased());
    m.put("marking", Keyed.key(p.marking()));
    return m;
  }

  /** An attempt: its state, its questions without keys, the saved answers and any feedback already due. */
  public static Map<String, Object> attempt(AttemptView view, AttemptService service) {
    Map<String, Object> m = new LinkedHashMap<>();
    StoredAttempt a = view.attempt();
    m.put("attemptId", a.id());
    m.put("quiz", a.quizId());
    m.put("learner", a.learner().orElse(null));
    m.put("state", a.submitted() ? "submitted" : "open");
    m.put("position", a.position());
    m.put("answered", view.answeredCount());
    m.put("total", view.questions().size());
    m.put("certaintyBased", view.preset().certaintyBased());
    m.put("feedback", Keyed.key(view.preset().feedback()));
    List<Map<String, Object>> questions = new ArrayList<>();
    if (a.submitted()) {
      // Shown from what was stored at submit, so it reads the same after the content changes.
      List<ReviewSnapshot> review = service.review(view);
      for (ReviewSnapshot item : review) {
        Map<String, Object> qm = new LinkedHashMap<>(item.question());
        answer(view.answers().get(String.valueOf(qm.get("id")))).ifPresent(saved -> qm.put("answer", saved));
        qm.put("feedback", item.marked());
        questions.add(qm);
      }
    } else {
      for (int i = 0; i < view.questions().size(); i++) {
        Question q = view.questions().get(i);
        Map<String, Object> qm = question(q, i + 1);
        answer(view.answers().get(q.id())).ifPresent(saved -> qm.put("answer", saved));
        if (view.feedbackVisible(q)) {
          qm.put("feedback", marked(q, view.response(q.id()), service.mark(view, q)));
        }
        questions.add(qm);
      }
    }
    m.put("questions", questions);
    a.result().ifPresent(r -> {
      m.put("score", r.score());
      m.put("maxScore", r.maxScore());
      m.put("percent", r.percent());
      m.put("passed", r.passed());
    });
    return m;
  }

  private static Optional<Map<String, Object>> answer(StoredAnswer answer) {
    if (answer == null) {
      return Optional.empty();
    }
    Map<String, Object> saved = new LinkedHashMap<>(ResponseJson.toMap(ResponseCodec.parse(answer.response())));
    answer.certainty().ifPresent(c -> saved.put("certainty", c));
    saved.put("savedAt", answer.saved().toString());
    return Optional.of(saved);
  }

  /** A question as the learner sees it before answering: no key, no feedback. */
  static Map<String, Object> question(Question q, int number) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", q.id());
    m.put("number", number);
    m.put("kind", Keyed.key(q.kind()));
    m.put("stem", q.stem());
    List<Option> options = q.options();
    if (!options.isEmpty()) {
      m.put("options", options.stream().map(o -> Map.of("id", o.id(), "text", o.text())).toList());
    }
    if (q instanceof Matching match) {
      m.put("left", match.left().stream().map(AttemptJson::item).toList());
      m.put("right", match.right().stream().map(AttemptJson::item).toList());
    }
    return m;
  }

  private static Map<String, Object> item(Item i) {
    return Map.of("id", i.id(), "text", i.text());
  }

  /** Marked feedback: right or not, marks, the key, and the explanations with their sources. */
  public static Map<String, Object> marked(Question q, Optional<Response> response, Mark mark) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("correct", mark.right());
    m.put("credit", mark.fraction());
    m.put("points", mark.points());
    m.put("maxPoints", mark.maxPoints());
    m.put("correctAnswer", ResponseJson.toMap(q.key()));
    m.put("correctAnswerText", Views.key(q));
    List<Option> options = q.options();
    if (!options.isEmpty()) {
      m.put("options", options.stream().map(o -> {
        Map<String, Object> om = new LinkedHashMap<>();
        om.put("id", o.id());
        om.put("correct", o.correct());
        om.put("feedback", feedback(o.feedback()));
        return om;
      }).toList());
    } else {
      m.put("explanations", (response.isPresent() ? q.feedback(response.get()) : q.feedback(q.key())).stream()
          .map(AttemptJson::feedback).toList());
    }
    return m;
  }

  private static Map<String, Object> ref(org.cytoquiz.core.source.SourceRef r) {
    return r.isRange()
        ? Map.of("section", r.section().id(), "heading", r.section().heading(), "paragraph", r.paragraph(),
            "lastParagraph", r.lastParagraph())
        : Map.of("section", r.section().id(), "heading", r.section().heading(), "paragraph", r.paragraph());
  }

  private static Map<String, Object> feedback(Feedback f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdict", Keyed.key(f.verdict()));
    m.put("text", f.text());
    m.put("source", ref(f.source()));
    m.put("sources", f.sources().stream().map(AttemptJson::ref).toList());
    return m;
  }

  /** The stored result of a submitted attempt, question by question, as marked and shown at submit. */
  public static Map<String, Object> result(AttemptService.Outcome outcome, AttemptService service) {
    AttemptView view = outcome.view();
    StoredResult stored = view.attempt().result().orElseThrow();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("attemptId", view.attempt().id());
    m.put("quiz", view.attempt().quizId());
    m.put("score", stored.score());
    m.put("maxScore", stored.maxScore());
    m.put("percent", stored.percent());
    OptionalInt passMark = stored.marking().isPresent() ? stored.passMark() : view.preset().passMark();
    m.put("passMark", passMark.isPresent() ? passMark.getAsInt() : null);
    m.put("passed", stored.passed());
    m.put("submittedAt", stored.submitted().toString());
    stored.marking().ifPresent(policy -> m.put("marking", policy));
    List<ReviewSnapshot> review = service.review(view);
    List<QuestionResult> marks = outcome.result().questions();
    List<Map<String, Object>> questions = new ArrayList<>();
    for (int i = 0; i < review.size(); i++) {
      ReviewSnapshot item = review.get(i);
      QuestionResult qr = marks.get(i);
      Map<String, Object> qm = new LinkedHashMap<>();
      qm.put("id", qr.questionId());
      qm.put("number", i + 1);
      qm.put("stem", item.stem());
      qm.put("response", qr.response().map(ResponseJson::toMap).orElse(null));
      qr.answer().flatMap(a -> a.certainty().isPresent() ? Optional.of(a.certainty().getAsInt()) : Optional.empty())
          .ifPresent(c -> qm.put("certainty", c));
      qm.put("credit", qr.mark().fraction());
      qm.put("points", qr.mark().points());
      qm.put("feedback", item.marked());
      questions.add(qm);
    }
    m.put("questions", questions);
    return m;
  }
}
