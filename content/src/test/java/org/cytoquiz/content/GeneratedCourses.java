package org.cytoquiz.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cytoquiz.core.KnowledgeBase;
import org.cytoquiz.core.TestModels;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Fact;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.SourceRef;

/**
 * Builds random valid knowledge bases for property tests: any number of entities of any kind, relations of
 * any shape, and facts that respect kinds, one-object relations and each other.
 */
public final class GeneratedCourses {

  private static final String[] WORDS = {
    "shot", "vein", "tumor", "cell", "boost", "dose", "weekly", "clinic", "signal", "skin", "cancer",
    "immune", "fever", "héllo", "“quoted”", "yes", "no", "null", "true", "2022-02", "#hash", "a: b", "- dash"
  };

  private GeneratedCourses() {}

  /** A valid knowledge base with about {@code size} entities, determined by {@code seed}. */
  public static KnowledgeBase generate(int size, long seed) {
    Random random = new Random(seed);
    List<Section> sections = TestModels.COURSE.source().sections();
    List<Entity> entities = new ArrayList<>();
    EntityType[] types = EntityType.values();
    for (int i = 0; i < size; i++) {
      EntityType type = types[random.nextInt(types.length)];
      Optional<Wording> definition = type == EntityType.TERM || random.nextBoolean()
          ? Optional.of(wording(random)) : Optional.empty();
      List<String> aliases = random.nextInt(3) == 0 ? List.of("alias " + i, "Alias " + i + " b") : List.of();
      entities.add(new Entity(EntityId.of("e" + i + "-" + type.key()), type, wording(random), aliases,
          definition, ref(random, sections)));
    }
    List<Relation> relations = new ArrayList<>();
    int relationCount = 1 + random.nextInt(4);
    for (int r = 0; r < relationCount; r++) {
      relations.add(new Relation("rel-" + r, template(random), someTypes(random, entities),
          someTypes(random, entities), random.nextBoolean() ? World.OPEN : World.CLOSED,
          random.nextBoolean() ? Cardinality.ONE : Cardinality.MANY));
    }
    List<Fact> facts = new ArrayList<>();
    Set<String> pairs = new HashSet<>();
    Map<String, Boolean> hasObject = new HashMap<>();
    for (int attempt = 0; attempt < size * 3; attempt++) {
      Relation relation = relations.get(random.nextInt(relations.size()));
      Entity subject = entities.get(random.nextInt(entities.size()));
      Entity object = entities.get(random.nextInt(entities.size()));
      if (subject == object || !relation.accepts(subject.type(), object.type())) {
        continue;
      }
      boolean holds = relation.world() == World.OPEN ? random.nextInt(4) > 0 : true;
      String subjectKey = subject.id() + " " + relation.id();
      if (!pairs.add(subjectKey + " " + object.id())
          || (holds && relation.cardinality() == Cardinality.ONE && hasObject.containsKey(subjectKey))) {
        continue;
      }
      if (holds) {
        hasObject.put(subjectKey, true);
      }
      List<org.cytoquiz.core.fact.Qualifier> qualifiers = random.nextInt(4) == 0
          ? List.of(new org.cytoquiz.core.fact.Qualifier.Scope(wording(random))) : List.of();
      facts.add(new Fact(subject.id(), relation, object.id(), holds, qualifiers, ref(random, sections)));
    }
    return KnowledgeBase.of(TestModels.COURSE, entities, relations, facts);
  }

  private static Set<EntityType> someTypes(Random random, List<Entity> entities) {
    Set<EntityType> types = EnumSet.noneOf(EntityType.class);
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      types.add(entities.get(random.nextInt(entities.size())).type());
    }
    return types;
  }

  private static SourceRef ref(Random random, List<Section> sections) {
    Section section = sections.get(random.nextInt(sections.size()));
    return new SourceRef(section, 1 + random.nextInt(section.paragraphs()));
  }

  private static Wording template(Random random) {
    return new Wording("{subject} " + phrase(random) + " {object}", "{object} " + phrase(random) + " {subject}");
  }

  private static Wording wording(Random random) {
    return new Wording(phrase(random), phrase(random));
  }

  private static String phrase(Random random) {
    StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    int more = random.nextInt(4);
    for (int i = 0; i < more; i++) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
