package org.cytoquiz.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.source.Source;

/**
 * A course: what it is called, the language it is written in and the reviewed article its facts come from.
 * Immutable and safe to share between threads.
 *
 * <p>The language is the one the course's words (labels, relation wordings, hand-written questions) are written
 * in; every fixed phrase that frames them (sentence frames, question stems, the web interface) is read in it
 * too, from that language's message bundles, or in English where it has none.
 *
 * @param id a stable identifier, such as {@code cytokine-therapy}
 * @param title the course title in both wordings
 * @param source the article, with its review dates and outline
 * @param language the language of the course's words, such as {@link Locale#ENGLISH}; only its language, script,
 *     country and variant count (extensions are dropped)
 */
public record Course(String id, Wording title, Source source, Locale language) {

  /**
   * Checks and normalises the parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the id is not a valid entity id, or {@code language} names no language
   *     (such as {@link Locale#ROOT})
   */
  public Course {
    id = EntityId.of(id).value();
    checkNotNull(title, "title");
    checkNotNull(source, "source");
    checkNotNull(language, "language");
    checkArgument(!language.getLanguage().isEmpty(), "course %s: the language names no language", id);
    language = language.stripExtensions();
  }

  /**
   * A course written in English.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the id is not a valid entity id
   */
  public Course(String id, Wording title, Source source) {
    this(id, title, source, Locale.ENGLISH);
  }
}
