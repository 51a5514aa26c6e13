package org.cytoquiz.core.entity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds entities by what a reader calls them: their labels in both wordings and their aliases (abbreviations,
 * other spellings, brand names the content gives), as a portal's search box needs.
 *
 * <p>Names are compared after {@link #normalize normalizing}: case, spacing and punctuation do not matter
 * ("IL 2" = "il-2" = "IL2"), nor do trademark signs, and "alpha" reads as "alfa" ("interferon alpha" = "interferon-alfa").
 * A term that is exactly some entity's name finds the entities of that name; otherwise it finds every entity with
 * a name that begins with the term's words ("pegylated" finds peginterferon alfa-2b through its alias "pegylated
 * interferon"). An ambiguous term finds every candidate, in the order the entities were given.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class EntityNames {

  private final ImmutableList<Entity> entities;
  private final ImmutableListMultimap<String, Entity> byName;
  private final ImmutableList<Name> names;

  private EntityNames(Collection<Entity> entities) {
    this.entities = ImmutableList.copyOf(entities);
    ImmutableListMultimap.Builder<String, Entity> exact = ImmutableListMultimap.builder();
    List<Name> all = new ArrayList<>();
    for (Entity entity : this.entities) {
      Set<String> keys = new LinkedHashSet<>();
      for (String name : namesOf(entity)) {
        List<String> words = words(name);
        String key = String.join("", words);
        if (!key.isEmpty() && keys.add(key)) {
          exact.put(key, entity);
          all.add(new Name(entity, words));
        }
      }
    }
    this.byName = exact.build();
    this.names = ImmutableList.copyOf(all);
  }

  /**
   * An index of the names of {@code entities}.
   *
   * @param entities the entities to find, in the order look-ups list them; not null, no null elements
   * @return the index
   * @throws NullPointerException if {@code entities} or one of them is null
   */
  public static EntityNames of(Collection<Entity> entities) {
    Objects.requireNonNull(entities, "entities");
    return new EntityNames(entities);
  }

  /**
   * The entities a reader may mean by {@code term}: those with exactly that name when there are any, else those
   * with a name beginning with the term's words; each once, in the order the index was given them.
   *
   * @param term what the reader typed, such as "peginterferon" or "IL-2"; not null
   * @return the candidates, empty when nothing is called so or the term has no letters or digits; unmodifiable
   * @throws NullPointerException if {@code term} is null
   */
  public List<Entity> lookUp(String term) {
    Objects.requireNonNull(term, "term");
    List<String> words = words(term);
    String key = String.join("", words);
    if (key.isEmpty()) {
      return List.of();
    }
    List<Entity> exact = byName.get(key);
    if (!exact.isEmpty()) {
      return inOrder(new LinkedHashSet<>(exact));
    }
    Set<Entity> found = new LinkedHashSet<>();
    for (Name name : names) {
      if (name.startsWith(key)) {
        found.add(name.entity());
      }
    }
    return inOrder(found);
  }

  /**
   * The form names are compared in: lower case, "alpha" read as "alfa", trademark signs dropped, and every run of
   * characters other than letters and digits removed.
   *
   * @param name a name or term; not null
   * @return its normalized form, such as {@code interferonalfa} for "Interferon Alpha"; empty when it has no
   *     letters or digits
   * @throws NullPointerException if {@code name} is null
   */
  public static String normalize(String name) {
    return String.join("", words(Objects.requireNonNull(name, "name")));
  }

  private List<Entity> inOrder(Set<Entity> found) {
    if (found.size() < 2) {
      return List.copyOf(found);
    }
    return entities.stream().filter(found::contains).distinct().toList();
  }

  private static List<String> namesOf(Entity entity) {
    List<String> names = new ArrayList<>();
    names.add(entity.label().patient());
    names.add(entity.label().clinical());
    names.add(entity.id().value());
    names.addAll(entity.aliases());
    return names;
  }

  /** The words of a name, lower-cased, "alpha" read as "alfa", split at anything not a letter or digit. */
  private static List<String> words(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace("alpha", "alfa");
    List<String> words = new ArrayList<>();
    for (String word : lower.split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** One name of an entity, as words: a term matches it when it equals the joined words of a leading run. */
  private record Name(Entity entity, List<String> words) {

    boolean startsWith(String key) {
      StringBuilder prefix = new StringBuilder();
      for (String word : words) {
        prefix.append(word);
        if (prefix.length() == key.length()) {
          return prefix.toString().equals(key);
        }
        if (prefix.length() > key.length()) {
          return false;
        }
      }
      return false;
    }
  }
}
