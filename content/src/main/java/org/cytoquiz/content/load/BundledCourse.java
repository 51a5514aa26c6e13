package org.cytoquiz.content.load;

import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.teaching.Curriculum;

/** The course that ships inside this library: cytokine therapy for skin cancer. */
public final class BundledCourse {

  /** Where the course's files sit on the class path. */
  public static final String LOCATION = "cytoquiz/cytokine-therapy";

  private BundledCourse() {}

  /** The bundled course's files. */
  public static ContentFiles files() {
    return ContentFiles.classpath(BundledCourse.class.getClassLoader(), LOCATION);
  }

  /**
   * The bundled course, loaded once.
   *
   * @throws IllegalStateException if the shipped content does not load, which the build's tests rule out
   */
  public static KnowledgeBase knowledgeBase() {
    return Holder.CURRICULUM.knowledgeBase();
  }

  /**
   * The bundled course with its teaching material (topics, question templates, authored questions, quiz presets),
   * loaded once: what the quiz engine reads.
   *
   * @throws IllegalStateException if the shipped content does not load, which the build's tests rule out
   */
  public static Curriculum curriculum() {
    return Holder.CURRICULUM;
  }

  /**
   * The bundled course with the warnings it loads with as of {@code today}, so that a portal can show them: the
   * shipped course's medical review, for one, has been due since 2025-02-28.
   *
   * @param today the date the review is judged against; not null
   * @return the course (the same instance as {@link #curriculum()}) and its warnings
   * @throws NullPointerException if {@code today} is null
   * @throws IllegalStateException if the shipped content does not load, which the build's tests rule out
   */
  public static LoadedCourse load(java.time.LocalDate today) {
    java.util.Objects.requireNonNull(today, "today");
    try {
      return new LoadedCourse(curriculum(), ContentLoader.load(files(), today).warnings());
    } catch (ContentValidationException e) {
      throw new IllegalStateException("the bundled course does not load: " + e.getMessage(), e);
    }
  }

  private static final class Holder {
    static final Curriculum CURRICULUM = loadOrFail();

    private static Curriculum loadOrFail() {
      try {
        return ContentLoader.load(files());
      } catch (ContentValidationException e) {
        throw new IllegalStateException("the bundled course does not load: " + e.getMessage(), e);
      }
    }
  }
}
