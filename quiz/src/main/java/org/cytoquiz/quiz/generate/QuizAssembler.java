package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.cytoquiz.teaching.Difficulty;
import org.cytoquiz.teaching.QuestionKind;
import org.cytoquiz.teaching.Curriculum;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Matching;
import org.cytoquiz.quiz.question.Option;
import org.cytoquiz.quiz.question.Question;
import org.cytoquiz.quiz.question.TextAnswers;
import org.cytoquiz.quiz.question.TextEntry;
import org.cytoquiz.quiz.question.TrueFalse;

/**
 * Draws a quiz from an item bank, all from the spec's seed, never holding two questions that test the same
 * fact or have the same answer set, with the least-used kind first and options shuffled.
 *
 * <p>With a blueprint (a share per topic, and per difficulty), the quiz holds exactly each share, rounded by
 * largest remainder: it first works out how many questions each topic takes at each difficulty (a maximum
 * flow over the questions the bank has), then draws them; a corner of the bank that runs out of questions
 * that fit is re-planned around. When no plan exists it throws {@link BlueprintShortfallException} naming
 * what is short. Without a blueprint, topics take turns (round robin) and the difficulty shares are met as
 * far as the content allows.
 *
 * <p>It samples the bank's index instead of scanning it, so drawing a quiz costs about the same whether the
 * course is small or a hundred times larger; only an exhausted corner of the bank is scanned.
 */
public final class QuizAssembler {

  /** Random picks tried in one corner of the bank before scanning it. */
  private static final int TRIES = 8;
  /** How many times a blueprint is drawn afresh before its shortfall is reported. */
  private static final int FRESH_STARTS = 16;

  private QuizAssembler() {}

  /**
   * The quiz {@code spec} describes, from {@code curriculum}'s bank.
   *
   * @throws IllegalArgumentException if the content cannot fill it, saying how many questions it can give
   * @throws BlueprintShortfallException if the content cannot meet the spec's blueprint, saying what is short
   */
  public static Quiz assemble(Curriculum curriculum, QuizSpec spec) {
    return assemble(ItemBank.build(curriculum, spec.audience()), spec);
  }

  /**
   * The quiz {@code spec} describes, drawn from {@code bank}.
   *
   * @throws IllegalArgumentException as {@link #assemble(ItemBank, QuizSpec)}
   */
  public static Quiz assemble(List<Question> bank, QuizSpec spec) {
    return assemble(ItemBank.of(spec.audience(), bank.stream().filter(q -> q.audience() == spec.audience()).toList()), spec);
  }

  /**
   * The quiz {@code spec} describes, drawn from {@code bank}.
   *
   * @throws IllegalArgumentException if the bank is for another audience, or too small for the spec
   * @throws org.cytoquiz.core.UnknownEntityException if the spec names a topic the bank does not know
   * @throws BlueprintShortfallException if the content cannot meet the spec's blueprint, saying what is short
   */
  public static Quiz assemble(ItemBank bank, QuizSpec spec) {
    // A misspelt topic is named as unknown, rather than read as a topic with no questions.
    spec.topics().forEach(bank::requireTopic);
    spec.topicMix().keySet().forEach(bank::requireTopic);
    if (bank.audience() != spec.audience()) {
      throw new IllegalArgumentException("the bank is for " + bank.audience().key() + ", the quiz for "
          + spec.audience().key());
    }
    Random random = new Random(spec.seed());
    Selection selection;
    if (spec.hasBlueprint()) {
      selection = byBlueprint(bank, spec, random);
    } else {
      try {
        selection = new Selection(true);
        byTurns(bank, spec, random, selection);
      } catch (IllegalArgumentException e) {
        // Keeping true/false keys even is a preference: where it leaves the quiz short, draw without it.
        random = new Random(spec.seed());
        selection = new Selection(false);
        byTurns(bank, spec, random, selection);
      }
    }
    List<Question> chosen = new ArrayList<>(selection.chosen);
    Collections.shuffle(chosen, random);
    List<Question> ordered = new ArrayList<>();
    for (Question question : chosen) {
      ordered.add(question.shuffled(random));
    }
    return new Quiz(spec, ordered);
  }

  // ---- without a blueprint: topics in turn ---------------------------------------------------------

  private static void byTurns(ItemBank bank, QuizSpec spec, Random random, Selection selection) {
    List<String> topics = new ArrayList<>();
    for (String topic : bank.topics()) {
      if (spec.topics().isEmpty() || spec.topics().contains(topic)) {
        topics.add(topic);
      }
    }
    Map<Difficulty, Integer> quota = quotas(spec);
    Set<String> exhausted = new HashSet<>();
    // First honour the difficulty quotas; then fill any shortfall from what is left.
    for (boolean honourQuota : new boolean[] {true, false}) {
      boolean progress = true;
      while (selection.size() < spec.count() && progress) {
        progress = false;
        for (String topic : topics) {
          if (selection.size() == spec.count()) {
            break;
          }
          List<Difficulty> difficulties = new ArrayList<>(List.of(Difficulty.values()));
          Collections.shuffle(difficulties, random);
          if (honourQuota && !quota.isEmpty()) {
            difficulties.removeIf(d -> quota.getOrDefault(d, 0) <= 0);
          }
          Question next = null;
          for (Difficulty difficulty : difficulties) {
            next = draw(bank, topic, difficulty, spec, random, selection, exhausted);
            if (next != null) {
              break;
            }
          }
          if (next != null) {
            selection.add(next);
            quota.computeIfPresent(next.difficulty(), (d, n) -> n - 1);
            progress = true;
          }
        }
      }
    }
    if (selection.size() < spec.count()) {
      throw new IllegalArgumentException("the content gives only " + selection.size() + " distinct "
          + spec.audience().key() + " questions of the kinds and topics asked for, not " + spec.count());
    }
  }

  // ---- with a blueprint: plan each topic's questions per difficulty, then draw them ----------------

  /**
   * Draws by blueprint. A plan that exists can still fail while drawing, when questions drawn early use up
   * facts or answer sets that a scarce corner needs; then it starts afresh with the same random source, a
   * few times, before reporting the shortfall. The first half of those starts keep true/false keys even; the
   * rest do not, so that the preference never costs a quiz the content can give.
   */
  private static Selection byBlueprint(ItemBank bank, QuizSpec spec, Random random) {
    BlueprintShortfallException last = null;
    for (int attempt = 0; attempt < FRESH_STARTS; attempt++) {
      Selection selection = new Selection(attempt < FRESH_STARTS / 2);
      try {
        planAndDraw(bank, spec, random, selection);
        return selection;
      } catch (BlueprintShortfallException e) {
        if (selection.size() == 0) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  private static void planAndDraw(ItemBank bank, QuizSpec spec, Random random, Selection selection) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    spec.topicMix().forEach((topic, weight) -> {
      if (weight > 0 && (spec.topics().isEmpty() || spec.topics().contains(topic))) {
        weights.put(topic, weight);
      }
    });
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("the blueprint weighs no topic the quiz covers");
    }
    List<String> topics = new ArrayList<>(weights.keySet());
    Map<String, Integer> topicQuota = largestRemainder(weights, spec.count());
    List<Difficulty> levels = List.of(Difficulty.values());
    Map<Difficulty, Integer> levelQuota = new EnumMap<>(Difficulty.class);
    Map<Difficulty, Integer> mix = quotas(spec);
    for (Difficulty level : levels) {
      // Without difficulty shares any level may take the whole quiz.
      levelQuota.put(level, mix.isEmpty() ? spec.count() : mix.getOrDefault(level, 0));
    }
    Set<String> exhausted = new HashSet<>();
    int[][] taken = new int[topics.size()][levels.size()];
    while (topicQuota.values().stream().mapToInt(Integer::intValue).sum() > 0) {
      int[][] capacity = new int[topics.size()][levels.size()];
      for (int t = 0; t < topics.size(); t++) {
        for (int d = 0; d < levels.size(); d++) {
          if (!exhausted.contains(corner(topics.get(t), levels.get(d)))) {
            int size = 0;
            for (QuestionKind kind : spec.kinds()) {
              size += bank.questions(topics.get(t), kind, levels.get(d)).size();
            }
            capacity[t][d] = Math.max(0, size - taken[t][d]);
          }
        }
      }
      int[][] plan = maxFlow(topics, topicQuota, levels, levelQuota, capacity);
      Map<String, Integer> topicShort = new LinkedHashMap<>();
      Map<Difficulty, Integer> levelShort = new EnumMap<>(Difficulty.class);
      for (int t = 0; t < topics.size(); t++) {
        int planned = 0;
        for (int d = 0; d < levels.size(); d++) {
          planned += plan[t][d];
        }
        if (planned < topicQuota.get(topics.get(t))) {
          topicShort.put(topics.get(t), topicQuota.get(topics.get(t)) - planned);
        }
      }
      if (!topicShort.isEmpty()) {
        if (!mix.isEmpty()) {
          for (int d = 0; d < levels.size(); d++) {
            int planned = 0;
            for (int t = 0; t < topics.size(); t++) {
              planned += plan[t][d];
            }
            if (planned < levelQuota.get(levels.get(d))) {
              levelShort.put(levels.get(d), levelQuota.get(levels.get(d)) - planned);
            }
          }
        }
        throw new BlueprintShortfallException(spec.audience(), topicShort, levelShort);
      }
      List<int[]> cells = new ArrayList<>();
      for (int t = 0; t < topics.size(); t++) {
        for (int d = 0; d < levels.size(); d++) {
          if (plan[t][d] > 0) {
            cells.add(new int[] {t, d});
          }
        }
      }
      Collections.shuffle(cells, random);
      // The corners with least to spare first, so that plentiful ones do not use up what scarce ones need.
      cells.sort(java.util.Comparator.comparingInt(c -> capacity[c[0]][c[1]] - plan[c[0]][c[1]]));
      for (int[] cell : cells) {
        String topic = topics.get(cell[0]);
        Difficulty level = levels.get(cell[1]);
        for (int i = 0; i < plan[cell[0]][cell[1]]; i++) {
          Question next = draw(bank, topic, level, spec, random, selection, exhausted);
          if (next == null) {
            // No question of this corner fits any more: plan the rest around it.
            exhausted.add(corner(topic, level));
            break;
          }
          selection.add(next);
          taken[cell[0]][cell[1]]++;
          topicQuota.merge(topic, -1, Integer::sum);
          levelQuota.merge(level, -1, Integer::sum);
        }
      }
    }
  }

  private static String corner(String topic, Difficulty difficulty) {
    return topic + "/" + difficulty;
  }

  /**
   * How many questions each topic takes at each difficulty: a maximum flow from the topics' quotas through
   * the corners' capacities to the difficulties' quotas (Edmonds–Karp; the graph has a dozen nodes).
   */
  private static int[][] maxFlow(List<String> topics, Map<String, Integer> topicQuota, List<Difficulty> levels,
      Map<Difficulty, Integer> levelQuota, int[][] capacity) {
    int n = topics.size() + levels.size() + 2;
    int source = 0;
    int sink = n - 1;
    int[][] residual = new int[n][n];
    for (int t = 0; t < topics.size(); t++) {
      residual[source][1 + t] = topicQuota.get(topics.get(t));
      for (int d = 0; d < levels.size(); d++) {
        residual[1 + t][1 + topics.size() + d] = capacity[t][d];
      }
    }
    for (int d = 0; d < levels.size(); d++) {
      residual[1 + topics.size() + d][sink] = Math.max(0, levelQuota.get(levels.get(d)));
    }
    int[][] original = new int[n][];
    for (int i = 0; i < n; i++) {
      original[i] = residual[i].clone();
    }
    while (true) {
      int[] parent = new int[n];
      java.util.Arrays.fill(parent, -1);
      parent[source] = source;
      java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
      queue.add(source);
      while (!queue.isEmpty() && parent[sink] < 0) {
        int u = queue.poll();
        for (int v = 0; v < n; v++) {
          if (parent[v] < 0 && residual[u][v] > 0) {
            parent[v] = u;
            queue.add(v);
          }
        }
      }
      if (parent[sink] < 0) {
        break;
      }
      int push = Integer.MAX_VALUE;
      for (int v = sink; v != source; v = parent[v]) {
        push = Math.min(push, residual[parent[v]][v]);
      }
      for (int v = sink; v != source; v = parent[v]) {
        residual[parent[v]][v] -= push;
        residual[v][parent[v]] += push;
      }
    }
    int[][] plan = new int[topics.size()][levels.size()];
    for (int t = 0; t < topics.size(); t++) {
      for (int d = 0; d < levels.size(); d++) {
        int u = 1 + t;
        int v = 1 + topics.size() + d;
        plan[t][d] = Math.max(0, original[u][v] - residual[u][v]);
      }
    }
    return plan;
  }

  // ---- drawing one question -------------------------------------------------------------------------

  /** One question of {@code topic} and {@code difficulty} that fits the selection, least-used kind first. */
  private static Question draw(ItemBank bank, String topic, Difficulty difficulty, QuizSpec spec, Random random,
      Selection selection, Set<String> exhausted) {
    List<QuestionKind> kinds = new ArrayList<>(spec.kinds());
    Collections.shuffle(kinds, random);
    kinds.sort((a, b) -> Integer.compare(selection.kindsUsed.getOrDefault(a, 0),
        selection.kindsUsed.getOrDefault(b, 0)));
    // True/false keys alternate where the pool allows, so answering "true" to every statement is no strategy
    // (the article states more that is true than that is false): first a question of any kind that fits and
    // keeps the keys even, then any question that fits.
    for (boolean balanced : new boolean[] {true, false}) {
      for (QuestionKind kind : kinds) {
        String corner = topic + "/" + kind + "/" + difficulty;
        List<Question> pool = bank.questions(topic, kind, difficulty);
        if (pool.isEmpty() || exhausted.contains(corner)) {
          continue;
        }
        for (int i = 0; i < TRIES; i++) {
          Question candidate = pool.get(random.nextInt(pool.size()));
          if (selection.fits(candidate) && (!balanced || !selection.balancing || selection.balances(candidate))) {
            return candidate;
          }
        }
        for (Question candidate : pool) {
          if (selection.fits(candidate) && (!balanced || !selection.balancing || selection.balances(candidate))) {
            return candidate;
          }
        }
        if (!balanced) {
          exhausted.add(corner);
        }
      }
    }
    return null;
  }

  /**
   * What a question's right answer is, so that two questions with the same answer set ("which regimens may be
   * given in the doctor's office?" and "… in an infusion center?") are not both asked. Up to two keys, either
   * of which two questions must not share: the right answers as normalised text (the right options' texts, a
   * text entry's preferred answer, a matching question's pairs); and, for choice questions, the entities the
   * right options name (the subject of each right option's first claim, or its object when every option has
   * the same subject), so that differently worded options naming the same things count as the same answer. A
   * true/false question has none (its answer is only true or false; the fact it tests tells it apart).
   */
  static List<Set<String>> answerSets(Question question) {
    if (question instanceof TrueFalse) {
      return List.of();
    }
    Set<String> texts = new TreeSet<>();
    if (question instanceof TextEntry text) {
      texts.add("text:" + TextAnswers.normalise(text.accepted().get(0)));
      return List.of(Set.copyOf(texts));
    }
    if (question instanceof Matching matching) {
      Map<String, String> rights = new HashMap<>();
      matching.right().forEach(item -> rights.put(item.id(), item.text()));
      matching.left().forEach(item -> texts.add("text:" + TextAnswers.normalise(item.text()) + "="
          + TextAnswers.normalise(rights.get(matching.answer().get(item.id())))));
      return List.of(Set.copyOf(texts));
    }
    List<Option> options = question.options();
    Claim first = options.get(0).claims().get(0);
    boolean sameSubject = options.stream().allMatch(o -> o.claims().get(0).subject().equals(first.subject()));
    Set<String> entities = new TreeSet<>();
    for (Option option : options) {
      if (option.correct()) {
        texts.add("text:" + TextAnswers.normalise(option.text()));
        Claim claim = option.claims().get(0);
        entities.add("entity:" + (sameSubject ? claim.object() : claim.subject()));
      }
    }
    return List.of(Set.copyOf(texts), Set.copyOf(entities));
  }

  /** The questions drawn so far, with the facts and answer sets they use. */
  private static final class Selection {
    final List<Question> chosen = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    final Set<Claim> facts = new HashSet<>();
    final Set<Set<String>> answerSets = new HashSet<>();
    final Map<QuestionKind, Integer> kindsUsed = new EnumMap<>(QuestionKind.class);
    final boolean balancing;
    int trueKeys;
    int falseKeys;

    /** A selection that prefers even true/false keys when {@code balancing}. */
    Selection(boolean balancing) {
      this.balancing = balancing;
    }

    int size() {
      return chosen.size();
    }

    boolean fits(Question candidate) {
      return !ids.contains(candidate.id())
          && candidate.header().tests().stream().noneMatch(c -> facts.contains(c.asserted()))
          && answerSets(candidate).stream().noneMatch(answerSets::contains);
    }

    /** Whether adding {@code candidate} keeps the true/false keys even: a true key only while no more are true. */
    boolean balances(Question candidate) {
      if (!(candidate instanceof TrueFalse statement)) {
        return true;
      }
      return statement.answer() ? trueKeys <= falseKeys : falseKeys <= trueKeys;
    }

    void add(Question question) {
      if (question instanceof TrueFalse statement) {
        if (statement.answer()) {
          trueKeys++;
        } else {
          falseKeys++;
        }
      }
      chosen.add(question);
      ids.add(question.id());
      question.header().tests().forEach(c -> facts.add(c.asserted()));
      answerSets.addAll(answerSets(question));
      kindsUsed.merge(question.kind(), 1, Integer::sum);
    }
  }

  // ---- shares -----------------------------------------------------------------------------------------

  /** Questions per difficulty from the weights, by largest remainder, summing to the count. */
  static Map<Difficulty, Integer> quotas(QuizSpec spec) {
    Map<Difficulty, Integer> quota = new EnumMap<>(Difficulty.class);
    if (spec.difficultyMix().values().stream().mapToInt(Integer::intValue).sum() == 0) {
      return quota;
    }
    quota.putAll(largestRemainder(spec.difficultyMix(), spec.count()));
    return quota;
  }

  /** {@code count} shared out by {@code weights} (at least one positive), by largest remainder. */
  static <K extends Comparable<K>> Map<K, Integer> largestRemainder(Map<K, Integer> weights, int count) {
    Map<K, Integer> share = new LinkedHashMap<>();
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    List<Map.Entry<K, Double>> remainders = new ArrayList<>();
    int given = 0;
    for (Map.Entry<K, Integer> weight : weights.entrySet()) {
      double exact = (double) count * weight.getValue() / total;
      share.put(weight.getKey(), (int) Math.floor(exact));
      given += (int) Math.floor(exact);
      remainders.add(Map.entry(weight.getKey(), exact - Math.floor(exact)));
    }
    remainders.sort(Map.Entry.<K, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    for (int i = 0; given < count; i++, given++) {
      share.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
    }
    return share;
  }
}
