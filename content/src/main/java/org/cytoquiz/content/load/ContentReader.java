package org.cytoquiz.content.load;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.cytoquiz.content.validate.ContentProblem;
import java.util.OptionalInt;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.Course;
import org.cytoquiz.core.Severity;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Carry;
import org.cytoquiz.core.fact.Modality;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.core.source.SourceRef;
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
 * Turns a course's YAML files into the parts of a knowledge base, collecting every structural problem (bad
 * YAML, missing or unknown fields, malformed values, unknown relations or sections) with its file and line.
 *
 * <p>It reads everything it can: a broken entry is reported and skipped, and the rest still gets checked,
 * so one run tells the author every problem.
 */
final class ContentReader {

  static final String RELATIONS = "relations";
  static final String FACTS = "facts";
  static final String QUESTIONS = "questions";
  static final String QUIZZES = "quizzes";

  private static final Set<String> COURSE_KEYS =
      Set.of("id", "title", "source", "topics", "definitionsTopic", "include");
  private static final Set<String> TOPIC_KEYS = Set.of("id", "patient", "clinical");
  private static final Set<String> TEMPLATE_KEYS =
      Set.of("topic", "difficulty", "audiences", "askSubject", "askObject");
  private static final Set<String> QUESTION_KEYS =
      Set.of("id", "kind", "audiences", "difficulty", "topic", "stem", "options");
  private static final Set<String> OPTION_KEYS =
      Set.of("id", "patient", "clinical", "statements", "correct", "feedback");
  private static final Set<String> QUIZ_KEYS = Set.of("id", "title", "description", "audience", "questions",
      "kinds", "topics", "blueprint", "difficulty", "feedback", "passMark", "certaintyBased", "marking", "seed",
      "fixedForm", "validity");
  private static final Set<String> BLUEPRINT_KEYS = Set.of("topics", "difficulty");
  private static final Set<String> SOURCE_KEYS =
      Set.of("title", "reviewer", "lastReviewed", "reviewDue", "sections");
  private static final Set<String> SECTION_KEYS = Set.of("id", "heading", "paragraphs");
  private static final Set<String> WORDING_KEYS = Set.of("patient", "clinical");
  private static final Set<String> ENTITY_KEYS =
      Set.of("id", "patient", "clinical", "aliases", "definition", "source");
  private static final Set<String> RELATION_KEYS =
      Set.of("id", "patient", "clinical", "subjects", "objects", "world", "objectsPerSubject", "taxonomic",
          "carries", "modality", "quiz");
  private static final Set<String> FACT_KEYS = Set.of("subject", "relation", "object", "holds", "modality",
      "extent", "scope", "condition", "reason", "source");

  /** Everything read, with where each element came from. */
  record Result(
      Optional<Course> course,
      List<Entity> entities,
      List<Relation> relations,
      List<Fact> facts,
      List<ContentProblem> problems,
      Map<Object, Origin> origins,
      Optional<Origin> reviewDueOrigin,
      Teaching teaching) {}

  /** Names within two edits of each other count as a likely typo (the distance is -1 beyond that). */
  private static final LevenshteinDistance CLOSE = new LevenshteinDistance(2);

  private final ContentFiles files;
  private final YamlReader yaml = new YamlReader();
  private final List<ContentProblem> problems = new ArrayList<>();
  private final Map<Object, Origin> origins = new IdentityHashMap<>();
  private final List<Entity> entities = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();
  private final List<Topic> topics = new ArrayList<>();
  private final List<QuestionTemplate> templates = new ArrayList<>();
  private final List<AuthoredQuestion> questions = new ArrayList<>();
  private final List<QuizPreset> presets = new ArrayList<>();
  private Optional<Origin> reviewDueOrigin = Optional.empty();
  private Optional<String> definitionsTopic = Optional.empty();
  private String file = ContentFiles.COURSE_FILE;

  private ContentReader(ContentFiles files) {
    this.files = files;
  }

  /** Reads the course in {@code files}. */
  static Result read(ContentFiles files) {
    return new ContentReader(files).readAll();
  }

  private Result readAll() {
    Optional<Node> courseRoot = parse(ContentFiles.COURSE_FILE);
    if (courseRoot.isEmpty()) {
      return result(Optional.empty());
    }
    Optional<Node.Mapping> courseMap = mapping(courseRoot.get(), "-");
    if (courseMap.isEmpty()) {
      return result(Optional.empty());
    }
    Optional<Course> course = readCourse(courseMap.get());
    List<String> included = readIncludes(courseMap.get());
    courseMap.get().entry("topics").ifPresent(e -> eachItem(e, "topics", this::readTopic));
    if (courseMap.get().entry("definitionsTopic").isPresent()) {
      definitionsTopic = identifier(courseMap.get(), "", "definitionsTopic");
    }
    if (course.isEmpty()) {
      return result(course);
    }
    Map<String, Section> sections = course.get().source().sections().stream()
        .collect(Collectors.toMap(Section::id, s -> s));

    Map<String, Node.Mapping> roots = new java.util.LinkedHashMap<>();
    for (String path : included) {
      file = path;
      parse(path).flatMap(root -> mapping(root, "-")).ifPresent(root -> roots.put(path, root));
    }
    // Relations first, so that facts in any file can use relations from any file.
    roots.forEach((path, root) -> {
      file = path;
      checkTopLevelKeys(root);
      root.entry(RELATIONS).ifPresent(e -> eachItem(e, RELATIONS, this::readRelation));
    });
    Map<String, Relation> relationsById = new HashMap<>();
    relations.forEach(r -> relationsById.putIfAbsent(r.id(), r));
    roots.forEach((path, root) -> {
      file = path;
      for (Node.Entry entry : root.entries()) {
        EntityType.fromKey(entry.key().name()).ifPresent(type ->
            eachItem(entry, entry.key().name(), (item, p) -> readEntity(type, item, p, sections)));
      }
    });
    roots.forEach((path, root) -> {
      file = path;
      root.entry(FACTS).ifPresent(e ->
          eachItem(e, FACTS, (item, p) -> readFact(item, p, relationsById, sections)));
      root.entry(QUESTIONS).ifPresent(e -> eachItem(e, QUESTIONS, this::readQuestion));
      root.entry(QUIZZES).ifPresent(e -> eachItem(e, QUIZZES, this::readPreset));
    });
    warnAboutFilesNotIncluded(included);
    return result(course);
  }

  private Result result(Optional<Course> course) {
    return new Result(course, entities, relations, facts, problems, origins, reviewDueOrigin,
        new Teaching(topics, templates, questions, presets, definitionsTopic));
  }

  // ---- course.yaml ------------------------------------------------------------------------------------

  private Optional<Course> readCourse(Node.Mapping root) {
    allowOnly(root, "", COURSE_KEYS);
    Optional<String> id = identifier(root, "", "id");
    Optional<Wording> title = requiredWording(root, "", "title");
    Optional<Source> source = root.entry("source").isEmpty()
        ? missing(root, "", "source")
        : mapping(root.entry("source").get().value(), "source").flatMap(this::readSource);
    if (id.isEmpty() || title.isEmpty() || source.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Course(id.get(), title.get(), source.get()));
  }

  private Optional<Source> readSource(Node.Mapping map) {
    allowOnly(map, "source", SOURCE_KEYS);
    Optional<String> title = text(map, "source", "title", true);
    Optional<String> reviewer = text(map, "source", "reviewer", true);
    Optional<YearMonth> lastReviewed = text(map, "source", "lastReviewed", true).flatMap(t -> parseValue(
        map, "source.lastReviewed", t, YearMonth::parse, "is not a month; write it as YYYY-MM, such as 2022-02"));
    Optional<LocalDate> reviewDue = text(map, "source", "reviewDue", true).flatMap(t -> parseValue(
        map, "source.reviewDue", t, LocalDate::parse,
        "is not a valid date; write it as YYYY-MM-DD, such as 2025-02-28"));
    map.entry("reviewDue").ifPresent(e ->
        reviewDueOrigin = Optional.of(new Origin(file, "source.reviewDue", e.key().line(), Map.of())));
    List<Section> sections = new ArrayList<>();
    Optional<Node.Entry> sectionList = map.entry("sections");
    if (sectionList.isEmpty()) {
      missing(map, "source", "sections");
    } else {
      Set<String> ids = new java.util.HashSet<>();
      eachItem(sectionList.get(), "source.sections", (item, path) -> mapping(item, path).ifPresent(m -> {
        allowOnly(m, path, SECTION_KEYS);
        Optional<String> id = identifier(m, path, "id");
        Optional<String> heading = text(m, path, "heading", true);
        Optional<Integer> paragraphs = text(m, path, "paragraphs", true).flatMap(t ->
            positiveInt(m, path + ".paragraphs", t));
        if (id.isPresent() && !ids.add(id.get())) {
          problem(lineOf(m, "id"), path + ".id", "the section id '" + id.get() + "' is used twice");
        } else if (id.isPresent() && heading.isPresent() && paragraphs.isPresent()) {
          sections.add(new Section(id.get(), heading.get(), paragraphs.get()));
        }
      }));
      if (sections.isEmpty() && ids.isEmpty()) {
        problem(sectionList.get().key().line(), "source.sections", "the article needs at least one section");
      }
    }
    if (title.isEmpty() || reviewer.isEmpty() || lastReviewed.isEmpty() || reviewDue.isEmpty()
        || sections.isEmpty()) {
      return Optional.empty();
    }
    if (!reviewDue.get().isAfter(lastReviewed.get().atEndOfMonth())) {
      problem(lineOf(map, "reviewDue"), "source.reviewDue", "the review-due date " + reviewDue.get()
          + " must come after the last review (" + lastReviewed.get() + ")");
      return Optional.empty();
    }
    return Optional.of(new Source(title.get(), reviewer.get(), lastReviewed.get(), reviewDue.get(), sections));
  }

  private List<String> readIncludes(Node.Mapping root) {
    Optional<Node.Entry> entry = root.entry("include");
    if (entry.isEmpty()) {
      missing(root, "", "include");
      return List.of();
    }
    Set<String> paths = new LinkedHashSet<>();
    eachItem(entry.get(), "include", (item, path) -> scalarText(item, path).ifPresent(p -> {
      if (p.startsWith("/") || Arrays.asList(p.split("/")).contains("..") || p.contains("\\")) {
        problem(item.line(), path, "'" + p + "' must be a path inside the course folder, written with /");
      } else if (p.equals(ContentFiles.COURSE_FILE)) {
        problem(item.line(), path, "course.yaml cannot include itself");
      } else if (!paths.add(p)) {
        problem(item.line(), path, "'" + p + "' is included twice");
      }
    }));
    return List.copyOf(paths);
  }

  private void warnAboutFilesNotIncluded(List<String> included) {
    try {
      for (String path : files.listYaml()) {
        if (!path.equals(ContentFiles.COURSE_FILE) && !included.contains(path)) {
          problems.add(new ContentProblem(path, 1, "-",
              "this file is not listed under 'include' in course.yaml, so its content is ignored",
              Severity.WARNING));
        }
      }
    } catch (IOException e) {
      problems.add(new ContentProblem(ContentFiles.COURSE_FILE, 1, "include",
          "could not list the course folder: " + e.getMessage(), Severity.WARNING));
    }
  }

  // ---- content files ----------------------------------------------------------------------------------

  private void checkTopLevelKeys(Node.Mapping root) {
    for (Node.Entry entry : root.entries()) {
      String key = entry.key().name();
      if (!Set.of(RELATIONS, FACTS, QUESTIONS, QUIZZES).contains(key) && EntityType.fromKey(key).isEmpty()) {
        problem(entry.key().line(), key, "unknown section '" + key + "'; a content file holds 'relations', "
            + "'facts', 'questions', 'quizzes' or lists of entities under one of: " + Arrays.stream(EntityType.values())
                .map(EntityType::key).collect(Collectors.joining(", ")));
      }
    }
  }

  private void readRelation(Node item, String path) {
    mapping(item, path).ifPresent(m -> {
      allowOnly(m, path, RELATION_KEYS);
      Optional<String> id = identifier(m, path, "id");
      Optional<Wording> wording = inlineWording(m, path).filter(w -> {
        for (String audience : List.of("patient", "clinical")) {
          String text = audience.equals("patient") ? w.patient() : w.clinical();
          if (!Relation.isTemplate(text)) {
            problem(lineOf(m, audience), path + "." + audience, "the wording must contain " + Relation.SUBJECT
                + " and " + Relation.OBJECT + " once each, such as \"{subject} can cause {object}\"");
            return false;
          }
        }
        return true;
      });
      Optional<Set<EntityType>> subjects = entityTypes(m, path, "subjects");
      Optional<Set<EntityType>> objects = entityTypes(m, path, "objects");
      Optional<World> world = choice(m, path, "world", World.class);
      Optional<Cardinality> cardinality = text(m, path, "objectsPerSubject", true).flatMap(t -> switch (t) {
        case "one" -> Optional.of(Cardinality.ONE);
        case "many" -> Optional.of(Cardinality.MANY);
        default -> {
          problem(lineOf(m, "objectsPerSubject"), path + ".objectsPerSubject",
              "'" + t + "' is not one of: one, many");
          yield Optional.empty();
        }
      });
      Optional<Boolean> taxonomic = m.entry("taxonomic").isEmpty()
          ? Optional.of(false)
          : text(m, path, "taxonomic", true).flatMap(t -> bool(m, path, "taxonomic", t));
      Set<Carry> carries = EnumSet.noneOf(Carry.class);
      int beforeCarries = problems.size();
      m.entry("carries").ifPresent(e -> eachItem(e, path + ".carries", (c, cp) -> scalarText(c, cp).ifPresent(t ->
          Carry.fromKey(t).ifPresentOrElse(carries::add, () -> problem(c.line(), cp, "'" + t
              + "' is not one of: " + Arrays.stream(Carry.values()).map(Carry::key)
                  .collect(Collectors.joining(", ")))))));
      boolean carriesOk = problems.size() == beforeCarries;
      Optional<Optional<Modality>> modality = m.entry("modality").isEmpty()
          ? Optional.of(Optional.empty())
          : modality(m, path).map(Optional::of);
      if (wording.isPresent() && modality.isPresent()) {
        boolean slot = wording.get().patient().contains(Relation.MODAL);
        if (slot != wording.get().clinical().contains(Relation.MODAL)) {
          problem(lineOf(m, "clinical"), path + ".clinical", "write " + Relation.MODAL
              + " in both wordings or in neither");
          wording = Optional.empty();
        } else if (slot && modality.get().isEmpty()) {
          problem(m.line(), path + ".modality", "the wording holds " + Relation.MODAL
              + ", so name the modality it has when a fact names none, such as 'modality: can'");
          modality = Optional.empty();
        } else if (!slot && modality.get().isPresent()) {
          problem(lineOf(m, "modality"), path + ".modality", "a modality needs " + Relation.MODAL
              + " in both wordings, such as \"{subject} {modal} be given {object}\"");
          modality = Optional.empty();
        }
      }
      if (id.isPresent() && wording.isPresent() && subjects.isPresent() && objects.isPresent()
          && world.isPresent() && cardinality.isPresent() && taxonomic.isPresent() && carriesOk
          && modality.isPresent()) {
        Relation relation = new Relation(id.get(), wording.get(), subjects.get(), objects.get(), world.get(),
            cardinality.get(), taxonomic.get(), carries, modality.get());
        relations.add(relation);
        origins.put(relation, origin(path, m));
        m.entry("quiz").flatMap(e -> mapping(e.value(), path + ".quiz"))
            .flatMap(q -> readTemplate(relation.id(), q, path + ".quiz"))
            .ifPresent(templates::add);
      }
    });
  }

  // ---- teaching material ------------------------------------------------------------------------------

  private void readTopic(Node item, String path) {
    mapping(item, path).ifPresent(m -> {
      allowOnly(m, path, TOPIC_KEYS);
      Optional<String> id = identifier(m, path, "id");
      Optional<Wording> label = inlineWording(m, path);
      if (id.isPresent() && label.isPresent()) {
        Topic topic = new Topic(id.get(), label.get());
        topics.add(topic);
        origins.put(topic, origin(path, m));
      }
    });
  }

  private Optional<QuestionTemplate> readTemplate(String relation, Node.Mapping m, String path) {
    allowOnly(m, path, TEMPLATE_KEYS);
    Optional<String> topic = identifier(m, path, "topic");
    Optional<Difficulty> difficulty = keyed(m, path, "difficulty", Difficulty.class);
    Optional<Set<Audience>> audiences = audiences(m, path);
    Optional<Wording> askSubject = stem(m, path, "askSubject", Relation.OBJECT, Relation.SUBJECT);
    Optional<Wording> askObject = stem(m, path, "askObject", Relation.SUBJECT, Relation.OBJECT);
    boolean stemsOk = (m.entry("askSubject").isEmpty() || askSubject.isPresent())
        && (m.entry("askObject").isEmpty() || askObject.isPresent());
    if (topic.isEmpty() || difficulty.isEmpty() || audiences.isEmpty() || !stemsOk) {
      return Optional.empty();
    }
    QuestionTemplate template =
        new QuestionTemplate(relation, topic.get(), difficulty.get(), audiences.get(), askSubject, askObject);
    origins.put(template, origin(path, m));
    return Optional.of(template);
  }

  private Optional<Wording> stem(Node.Mapping m, String path, String key, String given, String asked) {
    return m.entry(key).flatMap(e -> wording(e, path + "." + key)).filter(w -> {
      if (!QuestionTemplate.isStem(w, given, asked)) {
        problem(lineOf(m, key), path + "." + key, "each wording must contain " + given + " once and not "
            + asked + ", such as \"Where does {subject} have to be given?\"");
        return false;
      }
      return true;
    });
  }

  private void readQuestion(Node item, String path) {
    mapping(item, path).ifPresent(m -> {
      allowOnly(m, path, QUESTION_KEYS);
      Optional<String> id = identifier(m, path, "id");
      Optional<QuestionKind> kind = keyed(m, path, "kind", QuestionKind.class).filter(k -> {
        if (!AuthoredQuestion.KINDS.contains(k)) {
          problem(lineOf(m, "kind"), path + ".kind", "authors can write only " + AuthoredQuestion.KINDS.stream()
              .map(Keyed::key).sorted().collect(Collectors.joining(", ")) + " questions");
          return false;
        }
        return true;
      });
      Optional<Set<Audience>> audiences = audiences(m, path);
      Optional<Difficulty> difficulty = keyed(m, path, "difficulty", Difficulty.class);
      Optional<String> topic = identifier(m, path, "topic");
      Optional<Wording> stem = requiredWording(m, path, "stem");
      List<AuthoredOption> options = new ArrayList<>();
      int before = problems.size();
      Optional<Node.Entry> optionList = m.entry("options");
      if (optionList.isEmpty()) {
        missing(m, path, "options");
      } else {
        eachItem(optionList.get(), path + ".options", (o, op) -> readOption(o, op).ifPresent(options::add));
        Set<String> ids = new java.util.HashSet<>();
        for (AuthoredOption option : options) {
          if (!ids.add(option.id())) {
            problem(optionList.get().key().line(), path + ".options", "the option id '" + option.id()
                + "' is used twice");
          }
        }
        if (options.size() < 2 && problems.size() == before) {
          problem(optionList.get().key().line(), path + ".options", "a question needs at least two options");
        }
      }
      if (id.isPresent() && kind.isPresent() && audiences.isPresent() && difficulty.isPresent()
          && topic.isPresent() && stem.isPresent() && problems.size() == before) {
        AuthoredQuestion question = new AuthoredQuestion(id.get(), kind.get(), audiences.get(),
            difficulty.get(), topic.get(), stem.get(), options);
        questions.add(question);
        origins.put(question, origin(path, m));
      }
    });
  }

  private Optional<AuthoredOption> readOption(Node item, String path) {
    return mapping(item, path).flatMap(m -> {
      allowOnly(m, path, OPTION_KEYS);
      Optional<String> id = identifier(m, path, "id");
      Optional<Wording> text = inlineWording(m, path);
      List<Statement> statements = new ArrayList<>();
      int before = problems.size();
      Optional<Node.Entry> list = m.entry("statements");
      if (list.isEmpty()) {
        missing(m, path, "statements");
      } else {
        eachItem(list.get(), path + ".statements", (s, sp) -> scalarText(s, sp).ifPresent(t -> {
          String[] parts = t.strip().split("\\s+");
          if (parts.length != 3 || !Arrays.stream(parts).allMatch(EntityId::isWellFormed)) {
            problem(s.line(), sp, "'" + t + "' is not a statement; write 'subject relation object' with ids, "
                + "such as 'high-dose-il2 must-be-given-in hospital'");
          } else {
            statements.add(new Statement(EntityId.of(parts[0]), parts[1], EntityId.of(parts[2])));
          }
        }));
      }
      Optional<Boolean> expected = m.entry("correct").isEmpty() ? Optional.empty()
          : text(m, path, "correct", true).flatMap(t -> bool(m, path, "correct", t));
      Optional<Wording> feedback = m.entry("feedback").flatMap(e -> wording(e, path + ".feedback"));
      if (id.isEmpty() || text.isEmpty() || problems.size() > before || statements.isEmpty()
          || (m.entry("correct").isPresent() && expected.isEmpty())
          || (m.entry("feedback").isPresent() && feedback.isEmpty())) {
        return Optional.empty();
      }
      return Optional.of(new AuthoredOption(id.get(), text.get(), statements, expected, feedback));
    });
  }

  private void readPreset(Node item, String path) {
    mapping(item, path).ifPresent(m -> {
      allowOnly(m, path, QUIZ_KEYS);
      int before = problems.size();
      Optional<String> id = identifier(m, path, "id");
      Optional<Wording> title = requiredWording(m, path, "title");
      Optional<Wording> description = requiredWording(m, path, "description");
      Optional<Audience> audience = keyed(m, path, "audience", Audience.class);
      Optional<Integer> count = text(m, path, "questions", true).flatMap(t -> positiveInt(m, path + ".questions", t));
      Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
      m.entry("kinds").ifPresentOrElse(e -> eachItem(e, path + ".kinds", (k, kp) -> scalarText(k, kp)
          .flatMap(t -> keyedValue(k.line(), kp, t, QuestionKind.class)).ifPresent(kinds::add)),
          () -> kinds.addAll(EnumSet.allOf(QuestionKind.class)));
      List<String> topicIds = textList(m, path, "topics");
      Map<String, Integer> topicMix = new java.util.LinkedHashMap<>();
      Map<Difficulty, Integer> mix = new java.util.EnumMap<>(Difficulty.class);
      // The blueprint: the share of each topic and of each difficulty. A `difficulty` beside it (the older
      // spelling of blueprint.difficulty) is still read, but not both.
      Optional<Node.Mapping> blueprint = m.entry("blueprint").flatMap(e -> mapping(e.value(), path + ".blueprint"));
      blueprint.ifPresent(b -> {
        allowOnly(b, path + ".blueprint", BLUEPRINT_KEYS);
        b.entry("topics").flatMap(e -> mapping(e.value(), path + ".blueprint.topics")).ifPresent(t -> {
          for (Node.Entry weight : t.entries()) {
            String field = path + ".blueprint.topics." + weight.key().name();
            scalarText(weight.value(), field).flatMap(v -> wholeNumber(weight.key().line(), field, v))
                .ifPresent(w -> topicMix.put(weight.key().name(), w));
          }
        });
        b.entry("difficulty").ifPresent(e -> difficultyWeights(e, path + ".blueprint.difficulty", mix));
      });
      m.entry("difficulty").ifPresent(e -> {
        if (blueprint.flatMap(b -> b.entry("difficulty")).isPresent()) {
          problem(lineOf(m, "difficulty"), path + ".difficulty",
              "the difficulty mix is given twice: keep only blueprint.difficulty");
        } else {
          difficultyWeights(e, path + ".difficulty", mix);
        }
      });
      if (!topicMix.isEmpty() && topicMix.values().stream().allMatch(w -> w == 0)) {
        problem(lineOf(m, "blueprint"), path + ".blueprint.topics", "every topic weighs 0: give one a weight");
      }
      for (String topic : topicMix.keySet()) {
        if (!topicIds.isEmpty() && !topicIds.contains(topic)) {
          problem(lineOf(m, "blueprint"), path + ".blueprint.topics." + topic,
              "the blueprint weighs topic '" + topic + "', which is not among the quiz's topics");
        }
      }
      Optional<FeedbackMode> feedback = keyed(m, path, "feedback", FeedbackMode.class);
      OptionalInt passMark = OptionalInt.empty();
      if (m.entry("passMark").isPresent()) {
        Optional<Integer> mark = text(m, path, "passMark", true)
            .flatMap(t -> wholeNumber(lineOf(m, "passMark"), path + ".passMark", t))
            .filter(v -> {
              if (v > 100) {
                problem(lineOf(m, "passMark"), path + ".passMark", "a pass mark is a percentage from 0 to 100");
                return false;
              }
              return true;
            });
        passMark = mark.map(OptionalInt::of).orElse(OptionalInt.empty());
      }
      boolean certainty = m.entry("certaintyBased").isPresent()
          && text(m, path, "certaintyBased", true).flatMap(t -> bool(m, path, "certaintyBased", t)).orElse(false);
      boolean fixedForm = m.entry("fixedForm").isPresent()
          && text(m, path, "fixedForm", true).flatMap(t -> bool(m, path, "fixedForm", t)).orElse(false);
      Optional<Marking> marking = keyed(m, path, "marking", Marking.class);
      Optional<Long> seed = text(m, path, "seed", true).flatMap(t -> {
        try {
          return Optional.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
          problem(lineOf(m, "seed"), path + ".seed", "'" + t + "' is not a whole number");
          return Optional.empty();
        }
      });
      Optional<java.time.Period> validity = text(m, path, "validity", false).flatMap(t -> {
        try {
          java.time.Period period = java.time.Period.parse(t.strip());
          if (period.isNegative() || period.isZero()) {
            problem(lineOf(m, "validity"), path + ".validity", "a validity must be longer than zero, not '" + t + "'");
            return Optional.empty();
          }
          return Optional.of(period);
        } catch (java.time.format.DateTimeParseException e) {
          problem(lineOf(m, "validity"), path + ".validity", "'" + t
              + "' is not a period: write P2Y for two years, P18M for eighteen months or P90D for ninety days");
          return Optional.empty();
        }
      });
      if (problems.size() == before && id.isPresent() && title.isPresent() && description.isPresent()
          && audience.isPresent() && count.isPresent() && feedback.isPresent() && marking.isPresent()
          && seed.isPresent() && !kinds.isEmpty()) {
        QuizPreset preset = new QuizPreset(id.get(), title.get(), description.get(), audience.get(), count.get(),
            kinds, new LinkedHashSet<>(topicIds), topicMix, mix, feedback.get(), passMark, certainty, marking.get(),
            seed.get(), fixedForm, validity);
        presets.add(preset);
        origins.put(preset, origin(path, m));
      }
    });
  }

  /** Reads a mapping of difficulty to whole-number weight into {@code mix}, reporting bad keys and values. */
  private void difficultyWeights(Node.Entry entry, String path, Map<Difficulty, Integer> mix) {
    mapping(entry.value(), path).ifPresent(d -> {
      for (Node.Entry weight : d.entries()) {
        String field = path + "." + weight.key().name();
        keyedValue(weight.key().line(), field, weight.key().name(), Difficulty.class).ifPresent(level ->
            scalarText(weight.value(), field).flatMap(t -> wholeNumber(weight.key().line(), field, t))
                .ifPresent(w -> mix.put(level, w)));
      }
    });
  }

  private Optional<Set<Audience>> audiences(Node.Mapping m, String path) {
    Optional<Node.Entry> entry = m.entry("audiences");
    if (entry.isEmpty()) {
      return missing(m, path, "audiences");
    }
    Set<Audience> audiences = EnumSet.noneOf(Audience.class);
    int before = problems.size();
    eachItem(entry.get(), path + ".audiences", (item, itemPath) -> scalarText(item, itemPath)
        .flatMap(t -> keyedValue(item.line(), itemPath, t, Audience.class)).ifPresent(audiences::add));
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (audiences.isEmpty()) {
      problem(entry.get().key().line(), path + ".audiences", "list at least one audience: patient, staff");
      return Optional.empty();
    }
    return Optional.of(audiences);
  }

  private <E extends Enum<E>> Optional<E> keyed(Node.Mapping m, String path, String key, Class<E> type) {
    return text(m, path, key, true).flatMap(t -> keyedValue(lineOf(m, key), join(path, key), t, type));
  }

  private <E extends Enum<E>> Optional<E> keyedValue(int line, String field, String text, Class<E> type) {
    Optional<E> value = Keyed.fromKey(type, text.strip());
    if (value.isEmpty()) {
      problem(line, field, "'" + text + "' is not one of: " + Keyed.keys(type));
    }
    return value;
  }

  private Optional<Boolean> bool(Node.Mapping m, String path, String key, String text) {
    return switch (text) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      default -> {
        problem(lineOf(m, key), join(path, key), "'" + text + "' is not true or false");
        yield Optional.empty();
      }
    };
  }

  private Optional<Integer> wholeNumber(int line, String field, String text) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 0) {
        return Optional.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(line, field, "'" + text + "' is not a whole number of 0 or more");
    return Optional.empty();
  }

  private void readEntity(EntityType type, Node item, String path, Map<String, Section> sections) {
    mapping(item, path).ifPresent(m -> {
      allowOnly(m, path, ENTITY_KEYS);
      Optional<String> id = identifier(m, path, "id");
      Optional<Wording> label = inlineWording(m, path);
      List<String> aliases = textList(m, path, "aliases");
      Optional<Wording> definition = m.entry("definition").flatMap(e -> wording(e, path + ".definition"));
      boolean definitionOk = m.entry("definition").isEmpty() || definition.isPresent();
      if (type == EntityType.TERM && m.entry("definition").isEmpty()) {
        problem(m.line(), path + ".definition", "a term needs a definition with patient and clinical wording");
        definitionOk = false;
      }
      Optional<SourceRef> source = sourceRef(m, path, sections);
      Set<String> lowerAliases = new java.util.HashSet<>();
      boolean aliasesOk = true;
      for (String alias : aliases) {
        if (!lowerAliases.add(alias.toLowerCase(Locale.ROOT))) {
          problem(lineOf(m, "aliases"), path + ".aliases", "the alias '" + alias + "' is listed twice");
          aliasesOk = false;
        }
      }
      if (id.isPresent() && label.isPresent() && source.isPresent() && definitionOk && aliasesOk) {
        Entity entity = new Entity(EntityId.of(id.get()), type, label.get(), aliases, definition, source.get());
        entities.add(entity);
        origins.put(entity, origin(path, m));
      }
    });
  }

  private void readFact(
      Node item, String path, Map<String, Relation> relationsById, Map<String, Section> sections) {
    mapping(item, path).ifPresent(m -> {
      allowOnly(m, path, FACT_KEYS);
      Optional<String> subject = identifier(m, path, "subject");
      Optional<String> object = identifier(m, path, "object");
      Optional<Relation> relation = identifier(m, path, "relation").flatMap(id -> {
        Relation r = relationsById.get(id);
        if (r == null) {
          problem(lineOf(m, "relation"), path + ".relation", "unknown relation '" + id + "'"
              + suggestion(id, relationsById.keySet()));
        }
        return Optional.ofNullable(r);
      });
      Optional<Boolean> holds = m.entry("holds").isEmpty()
          ? Optional.of(true)
          : text(m, path, "holds", true).flatMap(t -> bool(m, path, "holds", t));
      List<Qualifier> qualifiers = new ArrayList<>();
      int beforeQualifiers = problems.size();
      if (m.entry("modality").isPresent()) {
        modality(m, path).ifPresent(qualifiers::add);
      }
      m.entry("extent").flatMap(e -> wording(e, path + ".extent")).map(Qualifier.Extent::new)
          .ifPresent(qualifiers::add);
      m.entry("scope").flatMap(e -> wording(e, path + ".scope")).map(Qualifier.Scope::new)
          .ifPresent(qualifiers::add);
      m.entry("condition").flatMap(e -> wording(e, path + ".condition")).map(Qualifier.Condition::new)
          .ifPresent(qualifiers::add);
      m.entry("reason").flatMap(e -> wording(e, path + ".reason")).map(Qualifier.Reason::new)
          .ifPresent(qualifiers::add);
      boolean qualifiersOk = problems.size() == beforeQualifiers;
      Optional<SourceRef> source = sourceRef(m, path, sections);
      if (subject.isPresent() && object.isPresent() && relation.isPresent() && holds.isPresent()
          && source.isPresent() && qualifiersOk) {
        if (subject.get().equals(object.get())) {
          problem(lineOf(m, "object"), path + ".object", "a fact cannot link '" + subject.get() + "' to itself");
          return;
        }
        Fact fact = new Fact(EntityId.of(subject.get()), relation.get(), EntityId.of(object.get()),
            holds.get(), qualifiers, source.get());
        facts.add(fact);
        origins.put(fact, origin(path, m));
      }
    });
  }

  // ---- values -----------------------------------------------------------------------------------------

  private Optional<Modality> modality(Node.Mapping m, String path) {
    return text(m, path, "modality", true).flatMap(t -> {
      Optional<Modality> modality = Modality.fromKey(t);
      if (modality.isEmpty()) {
        problem(lineOf(m, "modality"), path + ".modality", "'" + t + "' is not one of: "
            + Arrays.stream(Modality.values()).map(Modality::key).collect(Collectors.joining(", ")));
      }
      return modality;
    });
  }

  private Optional<SourceRef> sourceRef(Node.Mapping m, String path, Map<String, Section> sections) {
    return text(m, path, "source", true).flatMap(text -> {
      int line = lineOf(m, "source");
      String field = path + ".source";
      int slash = text.indexOf('/');
      if (slash < 0) {
        problem(line, field, "'" + text + "' is not a source reference; write section/paragraph, such as taken/2");
        return Optional.empty();
      }
      String sectionId = text.substring(0, slash).strip();
      Section section = sections.get(sectionId);
      if (section == null) {
        problem(line, field, "unknown section '" + sectionId + "'; the article's sections are "
            + String.join(", ", sections.keySet().stream().sorted().toList()));
        return Optional.empty();
      }
      Optional<Integer> paragraph = positiveInt(m, field, text.substring(slash + 1).strip());
      if (paragraph.isEmpty()) {
        return Optional.empty();
      }
      if (paragraph.get() > section.paragraphs()) {
        problem(line, field, "paragraph " + paragraph.get() + " is past the end of section '" + sectionId
            + "', which has " + section.paragraphs() + " paragraph(s)");
        return Optional.empty();
      }
      return Optional.of(new SourceRef(section, paragraph.get()));
    });
  }

  private Optional<Set<EntityType>> entityTypes(Node.Mapping m, String path, String key) {
    Optional<Node.Entry> entry = m.entry(key);
    if (entry.isEmpty()) {
      return missing(m, path, key);
    }
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    int before = problems.size();
    eachItem(entry.get(), path + "." + key, (item, itemPath) -> scalarText(item, itemPath).ifPresent(name -> {
      Optional<EntityType> type = EntityType.fromKey(name);
      if (type.isEmpty()) {
        problem(item.line(), itemPath, "unknown entity kind '" + name + "'; the kinds are "
            + Arrays.stream(EntityType.values()).map(EntityType::key).collect(Collectors.joining(", ")));
      } else {
        types.add(type.get());
      }
    }));
    if (problems.size() > before) {
      return Optional.empty();
    }
    if (types.isEmpty()) {
      problem(entry.get().key().line(), path + "." + key, "list at least one entity kind");
      return Optional.empty();
    }
    return Optional.of(types);
  }

  private <E extends Enum<E>> Optional<E> choice(Node.Mapping m, String path, String key, Class<E> type) {
    return text(m, path, key, true).flatMap(t -> {
      for (E value : type.getEnumConstants()) {
        if (value.name().equalsIgnoreCase(t)) {
          return Optional.of(value);
        }
      }
      problem(lineOf(m, key), path + "." + key, "'" + t + "' is not one of: " + Arrays.stream(type.getEnumConstants())
          .map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
      return Optional.empty();
    });
  }

  /** The patient and clinical wording written directly on an element. */
  private Optional<Wording> inlineWording(Node.Mapping m, String path) {
    Optional<String> patient = wordingText(m, path, "patient");
    Optional<String> clinical = wordingText(m, path, "clinical");
    return patient.isPresent() && clinical.isPresent()
        ? Optional.of(new Wording(patient.get(), clinical.get()))
        : Optional.empty();
  }

  private Optional<Wording> requiredWording(Node.Mapping m, String path, String key) {
    Optional<Node.Entry> entry = m.entry(key);
    if (entry.isEmpty()) {
      return missing(m, path, key);
    }
    return wording(entry.get(), join(path, key));
  }

  private Optional<Wording> wording(Node.Entry entry, String path) {
    return wordingNode(entry.value(), path);
  }

  private Optional<Wording> wordingNode(Node node, String path) {
    return mapping(node, path).flatMap(m -> {
      allowOnly(m, path, WORDING_KEYS);
      return inlineWording(m, path);
    });
  }

  private Optional<String> wordingText(Node.Mapping m, String path, String audience) {
    Optional<Node.Entry> entry = m.entry(audience);
    String field = join(path, audience);
    if (entry.isEmpty()) {
      problem(m.line(), field, "missing " + audience + " wording"
          + (audience.equals("patient") ? " (plain language for patients)" : " (clinical wording for staff)"));
      return Optional.empty();
    }
    return scalarText(entry.get().value(), field).filter(t -> {
      if (t.isBlank()) {
        problem(entry.get().key().line(), field, "the " + audience + " wording is blank");
        return false;
      }
      return true;
    });
  }

  private Optional<String> identifier(Node.Mapping m, String path, String key) {
    return text(m, path, key, true).filter(id -> {
      if (!EntityId.isWellFormed(id)) {
        problem(lineOf(m, key), join(path, key), "'" + id + "' is not a valid id; use lower-case letters and "
            + "digits in words joined by hyphens, such as high-dose-il2");
        return false;
      }
      return true;
    });
  }

  private Optional<String> text(Node.Mapping m, String path, String key, boolean required) {
    Optional<Node.Entry> entry = m.entry(key);
    if (entry.isEmpty()) {
      return required ? missing(m, path, key) : Optional.empty();
    }
    return scalarText(entry.get().value(), join(path, key)).filter(t -> {
      if (t.isBlank()) {
        problem(entry.get().key().line(), join(path, key), "'" + key + "' is blank");
        return false;
      }
      return true;
    }).map(String::strip);
  }

  private List<String> textList(Node.Mapping m, String path, String key) {
    Optional<Node.Entry> entry = m.entry(key);
    if (entry.isEmpty()) {
      return List.of();
    }
    List<String> values = new ArrayList<>();
    eachItem(entry.get(), join(path, key), (item, itemPath) -> scalarText(item, itemPath).ifPresent(t -> {
      if (t.isBlank()) {
        problem(item.line(), itemPath, "blank entry");
      } else {
        values.add(t.strip());
      }
    }));
    return values;
  }

  private Optional<String> scalarText(Node node, String path) {
    if (node instanceof Node.Scalar scalar && scalar.text().isPresent()) {
      return scalar.text();
    }
    problem(node.line(), path, "expected a single value but found " + node.describe());
    return Optional.empty();
  }

  private Optional<Integer> positiveInt(Node.Mapping m, String field, String text) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 1) {
        return Optional.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(m.line(), field, "'" + text + "' is not a whole number of 1 or more");
    return Optional.empty();
  }

  private <T> Optional<T> parseValue(
      Node.Mapping m, String field, String text, Function<String, T> parser, String complaint) {
    try {
      return Optional.of(parser.apply(text));
    } catch (DateTimeException e) {
      problem(lineOf(m, field.substring(field.lastIndexOf('.') + 1)), field, "'" + text + "' " + complaint);
      return Optional.empty();
    }
  }

  // ---- structure --------------------------------------------------------------------------------------

  private interface ItemReader {
    void read(Node item, String path);
  }

  private void eachItem(Node.Entry entry, String path, ItemReader reader) {
    if (!(entry.value() instanceof Node.Sequence list)) {
      problem(entry.key().line(), path, "expected a list but found " + entry.value().describe());
      return;
    }
    for (int i = 0; i < list.items().size(); i++) {
      reader.read(list.items().get(i), path + "[" + i + "]");
    }
  }

  private Optional<Node.Mapping> mapping(Node node, String path) {
    if (node instanceof Node.Mapping m) {
      return Optional.of(m);
    }
    problem(node.line(), path, "expected a mapping of fields but found " + node.describe());
    return Optional.empty();
  }

  private void allowOnly(Node.Mapping m, String path, Set<String> allowed) {
    for (Node.Entry entry : m.entries()) {
      String key = entry.key().name();
      if (!allowed.contains(key)) {
        problem(entry.key().line(), join(path, key),
            "unknown field '" + key + "'" + suggestion(key, allowed) + "; allowed here: "
                + allowed.stream().sorted().collect(Collectors.joining(", ")));
      }
    }
  }

  private <T> Optional<T> missing(Node.Mapping m, String path, String key) {
    problem(m.line(), join(path, key), "missing field '" + key + "'");
    return Optional.empty();
  }

  private Optional<Node> parse(String path) {
    file = path;
    Optional<byte[]> bytes;
    try {
      bytes = files.read(path);
    } catch (IOException e) {
      problem(1, "-", "cannot read the file: " + e.getMessage());
      return Optional.empty();
    }
    if (bytes.isEmpty()) {
      problem(1, "-", "the file does not exist in " + files.describe());
      return Optional.empty();
    }
    try {
      Optional<Node> root = yaml.read(bytes.get());
      if (root.isEmpty()) {
        problem(1, "-", "the file is empty");
      }
      return root;
    } catch (YamlReader.SyntaxException e) {
      problem(e.line(), "-", e.getMessage());
      return Optional.empty();
    }
  }

  private Origin origin(String path, Node.Mapping m) {
    Map<String, Integer> lines = new HashMap<>();
    m.entries().forEach(e -> lines.put(e.key().name(), e.key().line()));
    return new Origin(file, path, m.line(), lines);
  }

  private static int lineOf(Node.Mapping m, String key) {
    return m.entry(key).map(e -> e.key().line()).orElse(m.line());
  }

  private void problem(int line, String field, String message) {
    problems.add(new ContentProblem(file, Math.max(1, line), field.isEmpty() ? "-" : field, message, Severity.ERROR));
  }

  private static String join(String path, String key) {
    return path.isEmpty() || path.equals("-") ? key : path + "." + key;
  }

  /** A "did you mean" hint when {@code wrong} is one or two edits from a known name. */
  static String suggestion(String wrong, Collection<String> known) {
    return known.stream()
        .filter(k -> CLOSE.apply(wrong.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT)) >= 0)
        .sorted()
        .findFirst()
        .map(k -> " (did you mean '" + k + "'?)")
        .orElse("");
  }
}
