package org.cytoquiz.quiz.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.teaching.Difficulty;
import org.cytoquiz.core.teaching.QuestionKind;
import org.cytoquiz.quiz.question.Question;

/**
 * Picks a quiz from the item bank: balanced over topics (round robin), varied in kind, close to the
 * difficulty mix, never two questions on the same fact, options shuffled; all from the spec's seed.
 */
public final class QuizAssembler {

  private QuizAssembler() {}

  /**
   * The quiz {@code spec} describes.
   *
   * @throws IllegalArgumentException if the content cannot fill it, saying how many questions it can give
   */
  public static Quiz assemble(KnowledgeBase kb, QuizSpec spec) {
    return assemble(ItemBank.of(kb, spec.audience()), spec);
  }

  /** The quiz {@code spec} describes, picked from {@code bank}. */
  public static Quiz assemble(List<Question> bank, QuizSpec spec) {
    Random random = new Random(spec.seed());
    Map<String, List<Question>> byTopic = new LinkedHashMap<>();
    for (Question question : bank) {
      if (question.audience() == spec.audience() && spec.kinds().contains(question.kind())
          && (spec.topics().isEmpty() || spec.topics().contains(question.topic()))) {
        byTopic.computeIfAbsent(question.topic(), t -> new ArrayList<>()).add(question);
      }
    }
    byTopic.values().forEach(list -> Collections.shuffle(list, random));
    Map<Difficulty, Integer> quota = quotas(spec);
    List<Question> chosen = new ArrayList<>();
    Set<String> testedFacts = new HashSet<>();
    Map<QuestionKind, Integer> kindsUsed = new EnumMap<>(QuestionKind.class);
    // First honour the difficulty quotas; then fill any shortfall from what is left.
    for (boolean honourQuota : new boolean[] {true, false}) {
      boolean progress = true;
      while (chosen.size() < spec.count() && progress) {
        progress = false;
        for (List<Question> topic : byTopic.values()) {
          if (chosen.size() == spec.count()) {
            break;
          }
          Question next = next(topic, testedFacts, kindsUsed, honourQuota ? quota : null);
          if (next != null) {
            topic.remove(next);
            chosen.add(next);
            testedFacts.addAll(next.header().tests());
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

  /** The next question of a topic: untested facts only, within quota, least-used kind first. */
  private static Question next(List<Question> topic, Set<String> testedFacts,
      Map<QuestionKind, Integer> kindsUsed, Map<Difficulty, Integer> quota) {
    Question best = null;
    int bestUse = Integer.MAX_VALUE;
    for (Question candidate : topic) {
      if (candidate.header().tests().stream().anyMatch(testedFacts::contains)) {
        continue;
      }
      if (quota != null && !quota.isEmpty() && quota.getOrDefault(candidate.difficulty(), 0) <= 0) {
        continue;
      }
      int use = kindsUsed.getOrDefault(candidate.kind(), 0);
      if (use < bestUse) {
        best = candidate;
        bestUse = use;
      }
    }
    return best;
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
