package org.cytoquiz.interchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.content.load.BundledCourse;
import org.cytoquiz.core.Audience;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.QuizPreset;
import org.cytoquiz.quiz.generate.ItemBank;
import org.cytoquiz.quiz.generate.QuizAssembler;
import org.cytoquiz.quiz.generate.QuizSpec;
import org.cytoquiz.teaching.Curriculum;

/** The shipped course's question sets: both item banks and every preset's quiz. */
final class Fixtures {

  static final KnowledgeBase KB = BundledCourse.knowledgeBase();

  static final Curriculum CURRICULUM = BundledCourse.curriculum();

  private static final List<QuestionSet> SETS = build();

  private Fixtures() {}

  private static List<QuestionSet> build() {
    List<QuestionSet> sets = new ArrayList<>();
    for (Audience audience : Audience.values()) {
      sets.add(QuestionSet.bank(audience, ItemBank.of(CURRICULUM, audience)));
    }
    for (QuizPreset preset : CURRICULUM.teaching().presets()) {
      sets.add(QuestionSet.of(preset, QuizAssembler.assemble(CURRICULUM, QuizSpec.of(preset))));
    }
    return List.copyOf(sets);
  }

  /** Both banks, then every preset's quiz. */
  static List<QuestionSet> sets() {
    return SETS;
  }

  /** {@code set} exported as {@code format}. */
  static byte[] export(Format format, QuestionSet set) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Interchange.write(format, set, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
