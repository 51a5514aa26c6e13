package org.cytoquiz.content.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cytoquiz.content.format.Records;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.teaching.AuthoredOption;
import org.cytoquiz.teaching.AuthoredQuestion;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.FeedbackMode;
import org.cytoquiz.teaching.Keyed;
import org.cytoquiz.teaching.Marking;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.teaching.QuestionTemplate;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.teaching.Statement;
import org.cytoquiz.teaching.Teaching;
import org.cytoquiz.teaching.Topic;

/**
 * Builds every piece of teaching material from its records: the topics and definitions topic of
 * {@code course.yaml}, the question templates of relations, hand-written questions and quiz presets; the one place
 * that constructs teaching objects. Checks here only what the schema cannot: stems naming the right placeholder,
 * option ids used twice, blueprint weights against the quiz's topics, validity periods.
 *
 * <p>Collects what it builds; not thread-safe, used by one read.
 */
final class TeachingMapping {

  private final Map<Object, Origin> origins;
  private final List<Topic> topics = new ArrayList<>();
  private final List<QuestionTemplate> templates = new ArrayList<>();
  private final List<AuthoredQuestion> questions = new ArrayList<>();
  private final List<QuizPreset> presets = new ArrayList<>();
  private Optional<String> definitionsTopic = Optional.empty();

  /** A mapping that records where each element came from in {@code origins}. */
  TeachingMapping(Map<Object, Origin> origins) {
    this.origins = origins;
  }

  /** Everything read so far. */
  Teaching teaching() {
    return new Teaching(topics, templates, questions, presets, definitionsTopic);
  }

  /** Reads the topics and the definitions topic of {@code course.yaml}. */
  void readCourseTopics(FileContext ctx) {
    for (FileContext.Item item : ctx.items("topics")) {
      ctx.bind(item.node(), item.pointer(), Records.Topic.class).ifPresent(t -> {
        Topic topic = new Topic(t.id(), new Wording(t.patient(), t.clinical()));
        topics.add(topic);
        origins.put(topic, ctx.origin(item.path(), item.node()));
      });
    }
    JsonNode definitions = ctx.doc().root().path("definitionsTopic");
    definitionsTopic = ctx.bind(definitions, "/definitionsTopic", String.class).map(String::strip);
  }

  /** Reads the question template {@code quiz:} of {@code relation}, found at {@code item}'s {@code quiz}. */
  void readTemplate(FileContext ctx, Relation relation, FileContext.Item item) {
    JsonNode m = item.node().path("quiz");
    String path = item.path() + ".quiz";
    ctx.bind(m, item.pointer() + "/quiz", Records.Template.class).ifPresent(t -> {
      Optional<Wording> askSubject = stem(ctx, m, path, "askSubject", t.askSubject(), Relation.OBJECT, Relation.SUBJECT);
      Optional<Wording> askObject = stem(ctx, m, path, "askObject", t.askObject(), Relation.SUBJECT, Relation.OBJECT);
      if ((t.askSubject() != null && askSubject.isEmpty()) || (t.askObject() != null && askObject.isEmpty())) {
        return;
      }
      QuestionTemplate template = new QuestionTemplate(relation.id(), t.topic(), key(Difficulty.class, t.difficulty()),
          keys(Audience.class, t.audiences()), askSubject, askObject);
      templates.add(template);
      origins.put(template, ctx.origin(path, m));
    });
  }

  private static Optional<Wording> stem(FileContext ctx, JsonNode m, String path, String key, Records.Wording stem,
      String given, String asked) {
    if (stem == null) {
      return Optional.empty();
    }
    Wording wording = KnowledgeMapping.wording(stem);
    if (!QuestionTemplate.isStem(wording, given, asked)) {
      ctx.error(m, path, key, "each wording must contain " + given + " once and not " + asked
          + ", such as \"Where does {subject} have to be given?\"");
      return Optional.empty();
    }
    return Optional.of(wording);
  }

  /** Reads the hand-written question {@code item}. */
  void readQuestion(FileContext ctx, FileContext.Item item) {
    JsonNode m = item.node();
    ctx.bind(m, item.pointer(), Records.Question.class).ifPresent(q -> {
      List<AuthoredOption> options = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      boolean ok = true;
      for (Records.Option o : q.options()) {
        if (!ids.add(o.id())) {
          ctx.error(m, item.path(), "options", "the option id '" + o.id() + "' is used twice");
          ok = false;
        }
        List<Statement> statements = o.statements().stream().map(s -> s.strip().split("\\s+"))
            .map(p -> new Statement(EntityId.of(p[0]), p[1], EntityId.of(p[2]))).toList();
        options.add(new AuthoredOption(o.id(), new Wording(o.patient(), o.clinical()), statements,
            Optional.ofNullable(o.correct()), Optional.ofNullable(o.feedback()).map(KnowledgeMapping::wording)));
      }
      if (ok) {
        AuthoredQuestion question = new AuthoredQuestion(q.id(), key(QuestionKind.class, q.kind()),
            keys(Audience.class, q.audiences()), key(Difficulty.class, q.difficulty()), q.topic(),
            KnowledgeMapping.wording(q.stem()), options);
        questions.add(question);
        origins.put(question, ctx.origin(item.path(), m));
      }
    });
  }

  /** Reads the quiz preset {@code item}. */
  void readPreset(FileContext ctx, FileContext.Item item) {
    JsonNode m = item.node();
    String path = item.path();
    ctx.bind(m, item.pointer(), Records.Quiz.class).ifPresent(q -> {
      int before = ctx.problems().size();
      Map<String, Integer> topicMix = new LinkedHashMap<>();
      Map<Difficulty, Integer> mix = new EnumMap<>(Difficulty.class);
      Optional<Records.Blueprint> blueprint = Optional.ofNullable(q.blueprint());
      blueprint.map(Records.Blueprint::topics).ifPresent(topicMix::putAll);
      blueprint.map(Records.Blueprint::difficulty).ifPresent(d -> d.forEach((k, w) -> mix.put(key(Difficulty.class, k), w)));
      if (q.difficulty() != null) {
        if (blueprint.map(Records.Blueprint::difficulty).isPresent()) {
          ctx.error(m, path, "difficulty", "the difficulty mix is given twice: keep only blueprint.difficulty");
        } else {
          q.difficulty().forEach((k, w) -> mix.put(key(Difficulty.class, k), w));
        }
      }
      List<String> topicIds = Optional.ofNullable(q.topics()).orElse(List.of());
      if (!topicMix.isEmpty() && topicMix.values().stream().allMatch(w -> w == 0)) {
        ctx.error(ctx.doc().keyLine(m, "blueprint"), path + ".blueprint.topics",
            "every topic weighs 0: give one a weight");
      }
      for (String topic : topicMix.keySet()) {
        if (!topicIds.isEmpty() && !topicIds.contains(topic)) {
          ctx.error(ctx.doc().keyLine(m, "blueprint"), path + ".blueprint.topics." + topic,
              "the blueprint weighs topic '" + topic + "', which is not among the quiz's topics");
        }
      }
      Optional<Period> validity = Optional.ofNullable(q.validity()).flatMap(t -> period(ctx, m, path, t));
      if (ctx.problems().size() > before || (q.validity() != null && validity.isEmpty())) {
        return;
      }
      Set<QuestionKind> kinds = q.kinds() == null ? EnumSet.allOf(QuestionKind.class) : keys(QuestionKind.class, q.kinds());
      QuizPreset preset = new QuizPreset(q.id(), KnowledgeMapping.wording(q.title()),
          KnowledgeMapping.wording(q.description()), key(Audience.class, q.audience()), q.questions(), kinds,
          new LinkedHashSet<>(topicIds), topicMix, mix, key(FeedbackMode.class, q.feedback()),
          q.passMark() == null ? OptionalInt.empty() : OptionalInt.of(q.passMark()),
          Boolean.TRUE.equals(q.certaintyBased()), key(Marking.class, q.marking()), q.seed(),
          Boolean.TRUE.equals(q.fixedForm()), validity);
      presets.add(preset);
      origins.put(preset, ctx.origin(path, m));
    });
  }

  private static Optional<Period> period(FileContext ctx, JsonNode m, String path, String text) {
    try {
      Period period = Period.parse(text.strip());
      if (period.isNegative() || period.isZero()) {
        ctx.error(m, path, "validity", "a validity must be longer than zero, not '" + text + "'");
        return Optional.empty();
      }
      return Optional.of(period);
    } catch (DateTimeParseException e) {
      ctx.error(m, path, "validity", "'" + text
          + "' is not a period: write P2Y for two years, P18M for eighteen months or P90D for ninety days");
      return Optional.empty();
    }
  }

  /** The constant of {@code type} for {@code key}, which the schema has already checked. */
  private static <E extends Enum<E>> E key(Class<E> type, String key) {
    return Keyed.fromKey(type, key.strip()).orElseThrow(() ->
        new IllegalStateException("the schema let '" + key + "' through as a " + type.getSimpleName()));
  }

  private static <E extends Enum<E>> Set<E> keys(Class<E> type, List<String> keys) {
    Set<E> set = EnumSet.noneOf(type);
    keys.forEach(k -> set.add(key(type, k)));
    return set;
  }
}
