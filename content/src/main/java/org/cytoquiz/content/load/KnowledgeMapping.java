package org.cytoquiz.content.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.content.format.Records;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Carry;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Modality;
import org.cytoquiz.core.fact.Qualifier;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.SourceRef;

/**
 * Turns the relation, entity and fact records of the content files into the medical model, with the checks the
 * schema cannot make: placeholders in a relation's wording, its modality, unknown relations, source references
 * into the article's outline, aliases listed twice, a fact linking an entity to itself.
 *
 * <p>Collects what it builds; not thread-safe, used by one read.
 */
final class KnowledgeMapping {

  private final Map<String, Section> sections;
  private final Map<Object, Origin> origins;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Fact> facts = new ArrayList<>();

  /** A mapping that resolves source references in {@code sections} and records origins in {@code origins}. */
  KnowledgeMapping(Map<String, Section> sections, Map<Object, Origin> origins) {
    this.sections = Map.copyOf(sections);
    this.origins = origins;
  }

  List<Entity> entities() {
    return entities;
  }

  List<Relation> relations() {
    return relations;
  }

  List<Fact> facts() {
    return facts;
  }

  /** Reads the relation {@code item}; returns it when it holds together, for its question template. */
  Optional<Relation> readRelation(FileContext ctx, FileContext.Item item) {
    JsonNode m = item.node();
    String path = item.path();
    Optional<Records.Relation> read = ctx.bind(m, item.pointer(), Records.Relation.class, List.of("quiz"));
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Records.Relation r = read.get();
    for (String audience : List.of("patient", "clinical")) {
      if (!Relation.isTemplate(audience.equals("patient") ? r.patient() : r.clinical())) {
        ctx.error(m, path, audience, "the wording must contain " + Relation.SUBJECT + " and " + Relation.OBJECT
            + " once each, such as \"{subject} can cause {object}\"");
        return Optional.empty();
      }
    }
    Optional<Modality> modality = Optional.ofNullable(r.modality()).flatMap(Modality::fromKey);
    boolean slot = r.patient().contains(Relation.MODAL);
    if (slot != r.clinical().contains(Relation.MODAL)) {
      ctx.error(m, path, "clinical", "write " + Relation.MODAL + " in both wordings or in neither");
      return Optional.empty();
    } else if (slot && modality.isEmpty()) {
      ctx.error(YamlDocument.line(m), path + ".modality", "the wording holds " + Relation.MODAL
          + ", so name the modality it has when a fact names none, such as 'modality: can'");
      return Optional.empty();
    } else if (!slot && modality.isPresent()) {
      ctx.error(m, path, "modality", "a modality needs " + Relation.MODAL
          + " in both wordings, such as \"{subject} {modal} be given {object}\"");
      return Optional.empty();
    }
    Set<Carry> carries = EnumSet.noneOf(Carry.class);
    Optional.ofNullable(r.carries()).orElse(List.of()).forEach(c -> Carry.fromKey(c).ifPresent(carries::add));
    Relation relation = new Relation(r.id(), new Wording(r.patient(), r.clinical()), kinds(r.subjects()),
        kinds(r.objects()), World.valueOf(r.world().toUpperCase(Locale.ROOT)),
        r.objectsPerSubject().equals("one") ? Cardinality.ONE : Cardinality.MANY,
        Boolean.TRUE.equals(r.taxonomic()), carries, modality);
    relations.add(relation);
    origins.put(relation, ctx.origin(path, m));
    return Optional.of(relation);
  }

  /** Reads the entity {@code item} of kind {@code type}. */
  void readEntity(FileContext ctx, EntityType type, FileContext.Item item) {
    JsonNode m = item.node();
    String path = item.path();
    Optional<Records.Entity> read = ctx.bind(m, item.pointer(), Records.Entity.class);
    if (read.isEmpty()) {
      return;
    }
    Records.Entity e = read.get();
    Optional<SourceRef> source = sourceRef(ctx, m, path, "source", e.source());
    List<String> aliases = Optional.ofNullable(e.aliases()).orElse(List.of()).stream().map(String::strip).toList();
    Set<String> lowerAliases = new HashSet<>();
    boolean aliasesOk = true;
    for (String alias : aliases) {
      if (!lowerAliases.add(alias.toLowerCase(Locale.ROOT))) {
        ctx.error(m, path, "aliases", "the alias '" + alias + "' is listed twice");
        aliasesOk = false;
      }
    }
    if (source.isPresent() && aliasesOk) {
      Entity entity = new Entity(EntityId.of(e.id()), type, new Wording(e.patient(), e.clinical()), aliases,
          Optional.ofNullable(e.definition()).map(KnowledgeMapping::wording), source.get());
      entities.add(entity);
      origins.put(entity, ctx.origin(path, m));
    }
  }

  /** Reads the fact {@code item}, whose relation must be one of {@code relationsById}. */
  void readFact(FileContext ctx, FileContext.Item item, Map<String, Relation> relationsById) {
    JsonNode m = item.node();
    String path = item.path();
    Optional<Records.Fact> read = ctx.bind(m, item.pointer(), Records.Fact.class);
    if (read.isEmpty()) {
      return;
    }
    Records.Fact f = read.get();
    Relation relation = relationsById.get(f.relation());
    if (relation == null) {
      ctx.error(m, path, "relation", "unknown relation '" + f.relation() + "'"
          + SchemaMessages.suggestion(f.relation(), relationsById.keySet()));
    }
    Optional<SourceRef> source = sourceRef(ctx, m, path, "source", f.source());
    List<SourceRef> furtherSources = new ArrayList<>();
    boolean furtherOk = true;
    for (String further : Optional.ofNullable(f.furtherSources()).orElse(List.of())) {
      Optional<SourceRef> ref = sourceRef(ctx, m, path, "furtherSources", further);
      ref.ifPresent(furtherSources::add);
      furtherOk &= ref.isPresent();
    }
    if (relation == null || source.isEmpty() || !furtherOk) {
      return;
    }
    if (furtherSources.contains(source.get())) {
      ctx.error(m, path, "furtherSources", "'" + source.get().key() + "' is the fact's source already");
      return;
    }
    if (f.subject().equals(f.object())) {
      ctx.error(m, path, "object", "a fact cannot link '" + f.subject() + "' to itself");
      return;
    }
    List<Qualifier> qualifiers = new ArrayList<>();
    Optional.ofNullable(f.modality()).flatMap(Modality::fromKey).ifPresent(qualifiers::add);
    Optional.ofNullable(f.extent()).map(w -> new Qualifier.Extent(wording(w))).ifPresent(qualifiers::add);
    Optional.ofNullable(f.scope()).map(w -> new Qualifier.Scope(wording(w))).ifPresent(qualifiers::add);
    Optional.ofNullable(f.condition()).map(w -> new Qualifier.Condition(wording(w))).ifPresent(qualifiers::add);
    Optional.ofNullable(f.reason()).map(w -> new Qualifier.Reason(wording(w))).ifPresent(qualifiers::add);
    Fact fact = new Fact(EntityId.of(f.subject()), relation, EntityId.of(f.object()),
        !Boolean.FALSE.equals(f.holds()), qualifiers, source.get(), furtherSources);
    facts.add(fact);
    origins.put(fact, ctx.origin(path, m));
  }

  /** The model's wording of a record's. */
  static Wording wording(Records.Wording wording) {
    return new Wording(wording.patient(), wording.clinical());
  }

  private static Set<EntityType> kinds(List<String> keys) {
    Set<EntityType> kinds = EnumSet.noneOf(EntityType.class);
    keys.forEach(k -> EntityType.fromKey(k).ifPresent(kinds::add));
    return kinds;
  }

  /**
   * The source reference {@code text} in {@code field} (the schema has checked its form: {@code section/N} or
   * {@code section/N-M}), resolved in the article's outline.
   */
  private Optional<SourceRef> sourceRef(FileContext ctx, JsonNode m, String path, String field, String text) {
    int slash = text.indexOf('/');
    String sectionId = text.substring(0, slash);
    Section section = sections.get(sectionId);
    if (section == null) {
      ctx.error(m, path, field, "unknown section '" + sectionId + "'; the article's sections are "
          + String.join(", ", sections.keySet().stream().sorted().toList()));
      return Optional.empty();
    }
    String paragraphs = text.substring(slash + 1);
    int dash = paragraphs.indexOf('-');
    int paragraph = wholeNumber(dash < 0 ? paragraphs : paragraphs.substring(0, dash));
    int last = dash < 0 ? paragraph : wholeNumber(paragraphs.substring(dash + 1));
    if (paragraph < 1 || last < 1) {
      ctx.error(YamlDocument.line(m), path + "." + field,
          "'" + paragraphs + "' is not a paragraph number of 1 or more, or a run of them such as 1-2");
      return Optional.empty();
    }
    if (last > section.paragraphs()) {
      ctx.error(m, path, field, "paragraph " + last + " is past the end of section '" + sectionId
          + "', which has " + section.paragraphs() + " paragraph(s)");
      return Optional.empty();
    }
    if (last < paragraph) {
      ctx.error(m, path, field, "'" + text + "' names its paragraphs backwards; write the first one first, such as "
          + sectionId + "/" + last + "-" + paragraph);
      return Optional.empty();
    }
    return Optional.of(new SourceRef(section, paragraph, last));
  }

  private static int wholeNumber(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
