package org.cytoquiz.content.load;

import org.cytoquiz.content.validate.ContentValidationException;
import org.cytoquiz.core.KnowledgeBase;

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
    return Holder.KNOWLEDGE_BASE;
  }

  private static final class Holder {
    static final KnowledgeBase KNOWLEDGE_BASE = loadOrFail();

    private static KnowledgeBase loadOrFail() {
      try {
        return ContentLoader.load(files());
      } catch (ContentValidationException e) {
        throw new IllegalStateException("the bundled course does not load: " + e.getMessage(), e);
      }
    }
  }
}
