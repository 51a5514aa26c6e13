package org.cytoquiz.core.source;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * Where in the source article a fact is stated: a section and one paragraph within it, or a run of paragraphs
 * when the statement spans them (a sentence ending in a colon and the bulleted list that completes it).
 *
 * <p>Immutable and thread-safe.
 *
 * @param section the section of the article
 * @param paragraph the first (or only) paragraph cited, counted from 1
 * @param lastParagraph the last paragraph cited; equal to {@code paragraph} for a single paragraph
 */
public record SourceRef(Section section, int paragraph, int lastParagraph) {

  /**
   * Checks the paragraphs against the section.
   *
   * @throws NullPointerException if {@code section} is null
   * @throws IllegalArgumentException if a paragraph is outside the section, or {@code lastParagraph} comes before
   *     {@code paragraph}
   */
  public SourceRef {
    checkNotNull(section, "section");
    checkArgument(
        paragraph >= 1 && paragraph <= section.paragraphs(),
        "paragraph %s is outside section '%s', which has paragraphs 1 to %s",
        paragraph,
        section.id(),
        section.paragraphs());
    checkArgument(
        lastParagraph >= paragraph && lastParagraph <= section.paragraphs(),
        "paragraphs %s to %s are not a run inside section '%s', which has paragraphs 1 to %s",
        paragraph,
        lastParagraph,
        section.id(),
        section.paragraphs());
  }

  /**
   * A reference to one paragraph.
   *
   * @throws IllegalArgumentException if the paragraph is outside the section
   */
  public SourceRef(Section section, int paragraph) {
    this(section, paragraph, paragraph);
  }

  /** Whether this reference cites more than one paragraph. */
  public boolean isRange() {
    return lastParagraph > paragraph;
  }

  /** The paragraph part of a citation: {@code paragraph 2}, or {@code paragraphs 1–2} for a run. */
  public String paragraphs() {
    return isRange() ? "paragraphs " + paragraph + "–" + lastParagraph : "paragraph " + paragraph;
  }

  /** A citation a reader can follow, such as {@code "How are cytokines taken?", paragraph 2}. */
  public String citation() {
    return "\"" + section.heading() + "\", " + paragraphs();
  }

  /** The compact form content files use, such as {@code taken/2}, or {@code intro/1-2} for a run. */
  public String key() {
    return section.id() + "/" + paragraph + (isRange() ? "-" + lastParagraph : "");
  }
}
