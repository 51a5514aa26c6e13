package org.cytoquiz.core;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import org.cytoquiz.core.entity.Entity;
import org.cytoquiz.core.entity.EntityType;
import org.cytoquiz.core.fact.Cardinality;
import org.cytoquiz.core.fact.Relation;
import org.cytoquiz.core.fact.World;
import org.cytoquiz.core.source.Section;
import org.cytoquiz.core.source.Source;
import org.cytoquiz.core.source.SourceRef;

/** Small hand-made models for tests: a two-section article and a few relations. */
public final class TestModels {

  public static final Section INTRO = new Section("intro", "Introduction", 3);
  public static final Section CARE = new Section("care", "Where care happens", 2);
  public static final Course COURSE = new Course("test-course", new Wording("A test", "A test course"),
      new Source("Test article", "Test board", YearMonth.of(2022, 2), LocalDate.of(2025, 2, 28),
          List.of(INTRO, CARE)));

  /** A closed-world, one-object relation: every therapy uses exactly the cytokine listed. */
  public static final Relation USES = new Relation("uses-cytokine",
      new Wording("{subject} gives you {object}", "{subject} delivers {object}"), EnumSet.of(EntityType.THERAPY), EnumSet.of(EntityType.CYTOKINE),
      World.CLOSED, Cardinality.ONE);

  /** An open-world relation: unlisted pairs are unknown. */
  public static final Relation CAN_BE_GIVEN_IN = new Relation("can-be-given-in",
      new Wording("{subject} can be given in {object}", "{subject} may be administered in {object}"), EnumSet.of(EntityType.THERAPY),
      EnumSet.of(EntityType.CARE_SETTING), World.OPEN, Cardinality.MANY);

  /** An open-world relation with one object per subject. */
  public static final Relation AT_DOSE = new Relation("given-at-dose",
      new Wording("{subject} is given at {object}", "{subject} is administered at {object}"), EnumSet.of(EntityType.THERAPY),
      EnumSet.of(EntityType.DOSE), World.OPEN, Cardinality.ONE);

  private TestModels() {}

  /** A source reference into the test article. */
  public static SourceRef ref(Section section, int paragraph) {
    return new SourceRef(section, paragraph);
  }

  /** An entity whose wordings are derived from its id. */
  public static Entity entity(String id, EntityType type) {
    return Entity.of(id, type, new Wording(id.replace('-', ' '), id.replace('-', ' ') + " (clinical)"),
        ref(INTRO, 1));
  }
}
