package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.teaching.Difficulty;
import org.cytoquiz.core.teaching.QuestionKind;
import org.cytoquiz.quiz.question.Claim;
import org.cytoquiz.quiz.question.Question;

/**
 * Draws a quiz from an item bank: topics in turn (round robin), the least-used kind first, difficulties
 * within the spec's quota, never two questions on the same fact, options shuffled; all from the spec's seed.
 *
 * <p>It samples the bank's index instead of scanning it, so drawing a quiz costs about the same whether the
 * course is small or a hundred times larger; only an exhausted corner of the bank is scanned.
 */
public final class QuizAssembler {

  /** Random picks tried in one corner of the bank before scanning it. */
  private static final int TRIES = 8;

  private QuizAssembler() {}

  /**
   * The quiz {@code spec} describes, from {@code kb}'s bank.
   *
   * @throws IllegalArgumentException if the content cannot fill it, saying how many questions it can give
   */
  public static Quiz assemble(KnowledgeBase kb, QuizSpec spec) {
    return assemble(ItemBank.build(kb, spec.audience()), spec);
  }

  /** The quiz {@code spec} describes, drawn from {@code bank}. */
  public static Quiz assemble(List<Question> bank, QuizSpec spec) {
    return assemble(ItemBank.of(spec.audience(), bank.stream().filter(q -> q.audience() == spec.audience()).toList()), spec);
  }

  /** The quiz {@code spec} describes, drawn from {@code bank}. */
  public static Quiz assemble(ItemBank bank, QuizSpec spec) {
    if (bank.audience() != spec.audience()) {
      throw new IllegalArgumentException("the bank is for " + bank.audience().key() + ", the quiz for "
          + spec.audience().key());
    }
    Random random = new Random(spec.seed());
    List<String> topics = new ArrayList<>();
    for (String topic : bank.topics()) {
      if (spec.topics().isEmpty() || spec.topics().contains(topic)) {
        topics.add(topic);
      }
    }
    Map<Difficulty, Integer> quota = quotas(spec);
    Set<String> exhausted = new HashSet<>();
    List<Question> chosen = new ArrayList<>();
    Set<String> chosenIds = new HashSet<>();
    Set<Claim> testedFacts = new HashSet<>();
    Map<QuestionKind, Integer> kindsUsed = new EnumMap<>(QuestionKind.class);
    // First honour the difficulty quotas; then fill any shortfall from what is left.
    for (boolean honourQuota : new boolean[] {true, false}) {
      boolean progress = true;
      while (chosen.size() < spec.count() && progress) {
        progress = false;
        for (String topic : topics) {
          if (chosen.size() == spec.count()) {
            break;
          }
          Question next = draw(bank, topic, spec, random, chosenIds, testedFacts, kindsUsed,
              honourQuota ? quota : null, exhausted);
          if (next != null) {
            chosen.add(next);
            chosenIds.add(next.id());
            next.header().tests().forEach(c -> testedFacts.add(c.asserted()));
            kindsUsed.merge(next.kind(), 1, Integer::sum);
            quota.computeIfPresent(next.difficulty(), (d, n) -> n - 1);
            progress = true;
          }
        }
      }
    }
    if (chosen.size() < spec.count()) {
      throw new IllegalArgumentException("the content gives only " + chosen.size() + " distinct "
          + spec.audience().key() + " questions of the kinds and topics asked for, not " + spec.count());
    }
    Collections.shuffle(chosen, random);
    List<Question> ordered = new ArrayList<>();
    for (Question question : chosen) {
      ordered.add(question.shuffled(random));
    }
    return new Quiz(spec, ordered);
  }

  /** One question of {@code topic}: least-used kind first, within quota, on facts not yet tested. */
  private static Question draw(ItemBank bank, String topic, QuizSpec spec, Random random, Set<String> chosenIds,
      Set<Claim> testedFacts, Map<QuestionKind, Integer> kindsUsed, Map<Difficulty, Integer> quota,
      Set<String> exhausted) {
    List<QuestionKind> kinds = new ArrayList<>(spec.kinds());
    Collections.shuffle(kinds, random);
    kinds.sort((a, b) -> Integer.compare(kindsUsed.getOrDefault(a, 0), kindsUsed.getOrDefault(b, 0)));
    List<Difficulty> difficulties = new ArrayList<>(List.of(Difficulty.values()));
    Collections.shuffle(difficulties, random);
    for (QuestionKind kind : kinds) {
      for (Difficulty difficulty : difficulties) {
        if (quota != null && !quota.isEmpty() && quota.getOrDefault(difficulty, 0) <= 0) {
          continue;
        }
        String corner = topic + "/" + kind + "/" + difficulty;
        List<Question> pool = bank.questions(topic, kind, difficulty);
        if (pool.isEmpty() || exhausted.contains(corner)) {
          continue;
        }
        for (int i = 0; i < TRIES; i++) {
          Question candidate = pool.get(random.nextInt(pool.size()));
          if (fits(candidate, chosenIds, testedFacts)) {
            return candidate;
          }
        }
        for (Question candidate : pool) {
          if (fits(candidate, chosenIds, testedFacts)) {
            return candidate;
          }
        }
        exhausted.add(corner);
      }
    }
    return null;
  }

  private static boolean fits(Question candidate, Set<String> chosenIds, Set<Claim> testedFacts) {
    return !chosenIds.contains(candidate.id())
        && candidate.header().tests().stream().noneMatch(c -> testedFacts.contains(c.asserted()));
  }

  /** Questions per difficulty from the weights, by largest remainder, summing to the count. */
  static Map<Difficulty, Integer> quotas(QuizSpec spec) {
    Map<Difficulty, Integer> quota = new EnumMap<>(Difficulty.class);
    int total = spec.difficultyMix().values().stream().mapToInt(Integer::intValue).sum();
    if (total == 0) {
      return quota;
    }
    List<Map.Entry<Difficulty, Double>> remainders = new ArrayList<>();
    int given = 0;
    for (Map.Entry<Difficulty, Integer> weight : spec.difficultyMix().entrySet()) {
      double exact = (double) spec.count() * weight.getValue() / total;
      quota.put(weight.getKey(), (int) Math.floor(exact));
      given += (int) Math.floor(exact);
      remainders.add(Map.entry(weight.getKey(), exact - Math.floor(exact)));
    }
    remainders.sort(Map.Entry.<Difficulty, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    for (int i = 0; given < spec.count(); i++, given++) {
      quota.merge(remainders.get(i % remainders.size()).getKey(), 1, Integer::sum);
    }
    return quota;
  }
}
