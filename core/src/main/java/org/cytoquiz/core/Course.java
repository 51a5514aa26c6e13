package org.cytoquiz.core;

import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.source.Source;

/**
 * A course: what it is called and the reviewed article its facts come from.
 *
 * @param id a stable identifier, such as {@code cytokine-therapy}
 * @param title the course title in both wordings
 * @param source the article, with its review dates and outline
 */
public record Course(String id, Wording title, Source source) {

  public Course {
    id = EntityId.of(id).value();
    checkNotNull(title, "title");
    checkNotNull(source, "source");
  }
}
