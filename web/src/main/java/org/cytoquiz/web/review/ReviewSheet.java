package org.cytoquiz.web.review;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.web.text.Ui;

/**
 * What a medical review board signs off: every fact and every definition in both wordings, ordered as the
 * article is, with the review dates and whether a review is due.
 *
 * @param courseTitle the course title for staff
 * @param sourceTitle the article's title
 * @param reviewer who last reviewed the article
 * @param lastReviewed the month of the last review, such as "February 2022"
 * @param reviewDue the review-due date
 * @param overdue whether the review is due on {@code preparedOn}
 * @param preparedOn the day the sheet was made
 * @param sections the article's sections with what the course takes from each paragraph
 * @param factCount how many facts the sheet lists
 * @param entryCount how many entity labels and definitions the sheet lists
 */
public record ReviewSheet(
    String courseTitle, String sourceTitle, String reviewer, String lastReviewed, LocalDate reviewDue,
    boolean overdue, LocalDate preparedOn, List<SectionItems> sections, int factCount, int entryCount) {

  public ReviewSheet {
    sections = ImmutableList.copyOf(sections);
  }

  /** One section of the article and the items taken from it, paragraph by paragraph. */
  public record SectionItems(String id, String heading, List<ParagraphItems> paragraphs) {}

  /** One paragraph and the items taken from it; {@code items} is empty for a paragraph with nothing to teach. */
  public record ParagraphItems(int number, List<Item> items) {}

  /**
   * One thing to check: a fact's sentence or an entity's name (and definition) in both wordings.
   *
   * @param key the fact as subject/relation/object, or the entity's kind and id
   * @param patient the patient wording
   * @param clinical the clinical wording
   * @param denial whether the item records something the article says is not so
   */
  public record Item(String key, String patient, String clinical, boolean denial) {}

  /** The sheet for {@code kb} as of {@code today}, its month of the last review in this thread's words ({@link Ui}). */
  public static ReviewSheet of(KnowledgeBase kb, LocalDate today) {
    Source source = kb.course().source();
    List<SectionItems> sections = new ArrayList<>();
    int facts = 0;
    int entries = 0;
    for (Section section : source.sections()) {
      List<ParagraphItems> paragraphs = new ArrayList<>();
      for (int p = 1; p <= section.paragraphs(); p++) {
        List<Item> items = new ArrayList<>();
        for (Entity entity : kb.entities()) {
          if (entity.source().section().equals(section) && entity.source().paragraph() == p) {
            items.add(entry(entity));
            entries++;
          }
        }
        for (Fact fact : kb.facts()) {
          if (fact.source().section().equals(section) && fact.source().paragraph() == p) {
            Wording sentence = kb.statement(fact);
            items.add(new Item(fact.describe(), sentence.patient(), sentence.clinical(), !fact.holds()));
            facts++;
          }
        }
        paragraphs.add(new ParagraphItems(p, items));
      }
      sections.add(new SectionItems(section.id(), section.heading(), paragraphs));
    }
    return new ReviewSheet(kb.course().title().clinical(), source.title(), source.reviewer(),
        Ui.text().month(source.lastReviewed()),
        source.reviewDue(), source.isReviewDue(today), today, sections, facts, entries);
  }

  private static Item entry(Entity entity) {
    String key = entity.type().key() + " " + entity.id();
    Wording label = entity.label();
    return entity.definition()
        .map(d -> new Item(key, label.patient() + ": " + d.patient(), label.clinical() + ": " + d.clinical(), false))
        .orElse(new Item(key, label.patient(), label.clinical(), false));
  }
}
