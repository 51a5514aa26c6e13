package org.cytoquiz.core.source;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.cytoquiz.core.entity.EntityId;

/**
 * One headed section of the source article.
 *
 * @param id a short key that content files use to cite the section, such as {@code taken}
 * @param heading the heading as the article prints it
 * @param paragraphs how many paragraphs the section has (blank-line separated blocks; a list counts as one)
 */
public record Section(String id, String heading, int paragraphs) {

  public Section {
    id = EntityId.of(id).value();
    checkNotNull(heading, "heading");
    checkArgument(!heading.isBlank(), "section %s has a blank heading", id);
    checkArgument(paragraphs > 0, "section %s has %s paragraphs", id, paragraphs);
  }
}
