package org.cytoquiz.core.entity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.source.SourceRef;

/**
 * A thing the article talks about: a therapy, a cytokine, a side effect, a word it explains.
 *
 * <p>An entity holds only what names and explains it; everything it has to do with other entities is a
 * {@link org.cytoquiz.core.fact.Fact}.
 *
 * @param id the stable identifier
 * @param type what kind of thing it is
 * @param label its name in both wordings, such as "into the tumor" / "intralesional"
 * @param aliases other names a learner may type for it, such as "IL-2"
 * @param definition what it means, in both wordings; every {@link EntityType#TERM} has one
 * @param source where the article introduces or explains it
 */
public record Entity(
    EntityId id,
    EntityType type,
    Wording label,
    List<String> aliases,
    Optional<Wording> definition,
    SourceRef source) {

  public Entity {
    checkNotNull(id, "id");
    checkNotNull(type, "type of %s", id);
    checkNotNull(label, "label of %s", id);
    checkNotNull(definition, "definition of %s", id);
    checkNotNull(source, "source of %s", id);
    aliases = ImmutableList.copyOf(aliases);
    Set<String> seen = new HashSet<>();
    for (String alias : aliases) {
      checkArgument(!alias.isBlank(), "%s has a blank alias", id);
      checkArgument(seen.add(alias.toLowerCase(Locale.ROOT)), "%s has the alias '%s' twice", id, alias);
    }
    checkArgument(
        type != EntityType.TERM || definition.isPresent(), "term %s has no definition", id);
  }

  /** An entity with no aliases and no definition. */
  public static Entity of(String id, EntityType type, Wording label, SourceRef source) {
    return new Entity(EntityId.of(id), type, label, List.of(), Optional.empty(), source);
  }
}
