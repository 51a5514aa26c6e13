package org.cytoquiz.core.source;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where in the source article a fact is stated: a section and a paragraph within it.
 *
 * @param section the section of the article
 * @param paragraph the paragraph number within the section, counted from 1
 */
public record SourceRef(Section section, int paragraph) {

  public SourceRef {
    checkNotNull(section, "section");
    checkArgument(
        paragraph >= 1 && paragraph <= section.paragraphs(),
        "paragraph %s is outside section '%s', which has paragraphs 1 to %s",
        paragraph,
        section.id(),
        section.paragraphs());
  }

  /** A citation a reader can follow, such as {@code "How are cytokines taken?", paragraph 2}. */
  public String citation() {
    return "\"" + section.heading() + "\", paragraph " + paragraph;
  }

  /** The compact form content files use, such as {@code taken/2}. */
  public String key() {
    return section.id() + "/" + paragraph;
  }
}
