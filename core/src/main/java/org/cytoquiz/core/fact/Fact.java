package org.cytoquiz.core.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.source.SourceRef;

/**
 * One statement of the article: a subject, a relation and an object, with where it is said.
 *
 * @param subject the entity the statement is about
 * @param relation how subject and object are linked
 * @param object the entity on the other side
 * @param holds true when the article states the link, false when it states that the link does not hold
 * @param qualifiers the hedges and limits the article attaches (at most one of each kind), such as the modality
 *     "may" and the condition "if other treatments are not working"
 * @param source where the article says it (the main paragraph, cited first)
 * @param furtherSources other paragraphs the statement rests on, where no one paragraph says it all (such as the
 *     paragraph that calls a drug a cytokine and the one that names the low-dose shots of it); often empty
 */
public record Fact(
    EntityId subject,
    Relation relation,
    EntityId object,
    boolean holds,
    List<Qualifier> qualifiers,
    SourceRef source,
    List<SourceRef> furtherSources) {

  /**
   * Checks the parts and copies the lists.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the subject is the object, the qualifiers repeat a kind, or a source is
   *     given twice
   */
  public Fact {
    checkNotNull(subject, "subject");
    checkNotNull(relation, "relation");
    checkNotNull(object, "object");
    checkNotNull(source, "source");
    checkArgument(!subject.equals(object), "%s is linked to itself by %s", subject, relation.id());
    checkNotNull(qualifiers, "qualifiers");
    qualifiers = Qualifier.checkedList(qualifiers);
    checkNotNull(furtherSources, "furtherSources");
    furtherSources = List.copyOf(furtherSources);
    checkArgument(!furtherSources.contains(source) && furtherSources.stream().distinct().count() == furtherSources.size(),
        "%s cites a paragraph twice", subject + " " + relation.id() + " " + object);
  }

  /**
   * A fact stated in one paragraph.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the subject is the object, or the qualifiers repeat a kind
   */
  public Fact(EntityId subject, Relation relation, EntityId object, boolean holds, List<Qualifier> qualifiers,
      SourceRef source) {
    this(subject, relation, object, holds, qualifiers, source, List.of());
  }

  /** Every paragraph the fact rests on: {@link #source()} first, then {@link #furtherSources()}. */
  public List<SourceRef> sources() {
    List<SourceRef> all = new java.util.ArrayList<>(1 + furtherSources.size());
    all.add(source);
    all.addAll(furtherSources);
    return List.copyOf(all);
  }

  /** A plain statement that holds, without qualifiers. */
  public static Fact of(String subject, Relation relation, String object, SourceRef source) {
    return new Fact(EntityId.of(subject), relation, EntityId.of(object), true, List.of(), source);
  }

  /** The same statement marked as denied by the article. */
  public Fact denied() {
    return new Fact(subject, relation, object, false, qualifiers, source, furtherSources);
  }

  /** Whether this fact and {@code other} link the same subject and object by the same relation. */
  public boolean samePairAs(Fact other) {
    return subject.equals(other.subject)
        && object.equals(other.object)
        && relation.id().equals(other.relation.id());
  }

  /** A compact form for messages, such as {@code high-dose-il2 must-be-given-in hospital}. */
  public String describe() {
    return subject + (holds ? " " : " NOT ") + relation.id() + " " + object;
  }
}
