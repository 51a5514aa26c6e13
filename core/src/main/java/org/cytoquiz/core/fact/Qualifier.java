package org.cytoquiz.core.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.Wording;

/**
 * A hedge or limit the article attaches to a fact, kept as a typed part of it so that every sentence that
 * states the fact says it too, inside the sentence: how firmly ({@link Modality}), which part of the object
 * ({@link Extent}), for whom or where ({@link Scope}), under what condition ({@link Condition}) and why
 * ({@link Reason}). A fact has at most one qualifier of each kind.
 */
public sealed interface Qualifier
    permits Modality, Qualifier.Extent, Qualifier.Scope, Qualifier.Condition, Qualifier.Reason {

  /** The qualifier's words in both wordings, in the course's language (for a {@link Modality}, in English). */
  Wording wording();

  /**
   * The qualifier's words in {@code language}: a modality's words come from that language's bundle, while the
   * other kinds are the course's own words, already written in its language, and ignore it.
   *
   * @throws NullPointerException if {@code language} is null
   */
  default Wording wording(java.util.Locale language) {
    java.util.Objects.requireNonNull(language, "language");
    return wording();
  }

  /** The name of its kind as content files write it: modality, extent, scope, condition or reason. */
  String kind();

  /**
   * Which part of the object the fact covers, read just before the object: "some forms of" skin cancer,
   * "man-made" interferon-alfa.
   *
   * @param wording the words placed before the object's label
   */
  record Extent(Wording wording) implements Qualifier {
    public Extent {
      checkNotNull(wording, "extent wording");
    }

    @Override
    public String kind() {
      return "extent";
    }
  }

  /**
   * For whom or in which cases the fact holds, read after the clause: "in some patients".
   *
   * @param wording the words after the clause; a leading comma sets them off ("…, possibly by yourself")
   */
  record Scope(Wording wording) implements Qualifier {
    public Scope {
      checkNotNull(wording, "scope wording");
    }

    @Override
    public String kind() {
      return "scope";
    }
  }

  /**
   * When the fact holds, read after the clause: "if other treatments are not working".
   *
   * @param wording the clause; a leading comma sets it off ("…, depending on the treatment")
   */
  record Condition(Wording wording) implements Qualifier {
    public Condition {
      checkNotNull(wording, "condition wording");
    }

    @Override
    public String kind() {
      return "condition";
    }
  }

  /**
   * Why the fact holds, read after the clause: "because PEG is added".
   *
   * @param wording the clause placed after the statement
   */
  record Reason(Wording wording) implements Qualifier {
    public Reason {
      checkNotNull(wording, "reason wording");
    }

    @Override
    public String kind() {
      return "reason";
    }
  }

  /** The qualifier of one kind among {@code qualifiers}, if there is one. */
  static <Q extends Qualifier> Optional<Q> find(List<Qualifier> qualifiers, Class<Q> kind) {
    return qualifiers.stream().filter(kind::isInstance).map(kind::cast).findFirst();
  }

  /** The kinds in the order a fact keeps them, which is also the order a sentence reads them. */
  List<String> KINDS = List.of("modality", "extent", "scope", "condition", "reason");

  /**
   * {@code qualifiers} in the order of {@link #KINDS}, checked to hold at most one qualifier of each kind.
   *
   * @throws IllegalArgumentException naming the kind that appears twice
   */
  static List<Qualifier> checkedList(List<Qualifier> qualifiers) {
    Set<String> kinds = new HashSet<>();
    for (Qualifier qualifier : qualifiers) {
      checkNotNull(qualifier, "a qualifier is null");
      checkArgument(kinds.add(qualifier.kind()), "a fact has at most one %s qualifier", qualifier.kind());
    }
    return qualifiers.stream()
        .sorted(java.util.Comparator.comparingInt(q -> KINDS.indexOf(q.kind())))
        .toList();
  }
}
