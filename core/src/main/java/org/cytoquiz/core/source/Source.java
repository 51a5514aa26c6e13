package org.cytoquiz.core.source;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The reviewed article a course is built from, with its review history and outline.
 *
 * @param title the article's title
 * @param reviewer who reviewed the article medically
 * @param lastReviewed the month of the last medical review
 * @param reviewDue the day by which the content needs a new medical review
 * @param sections the article's headed sections, in order
 */
public record Source(
    String title, String reviewer, YearMonth lastReviewed, LocalDate reviewDue, List<Section> sections) {

  public Source {
    checkNotNull(title, "title");
    checkNotNull(reviewer, "reviewer");
    checkNotNull(lastReviewed, "lastReviewed");
    checkNotNull(reviewDue, "reviewDue");
    checkArgument(
        reviewDue.isAfter(lastReviewed.atEndOfMonth()),
        "review due %s is not after the last review %s",
        reviewDue,
        lastReviewed);
    sections = ImmutableList.copyOf(sections);
    checkArgument(!sections.isEmpty(), "the source has no sections");
    Set<String> ids = new HashSet<>();
    for (Section section : sections) {
      checkArgument(ids.add(section.id()), "duplicate section id %s", section.id());
    }
  }

  /** The section with this id, if the outline has one. */
  public Optional<Section> section(String id) {
    return sections.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Whether the content is due for a new medical review on the given day. */
  public boolean isReviewDue(LocalDate today) {
    return !today.isBefore(reviewDue);
  }
}
