package org.cytoquiz.core.fact;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.cytoquiz.core.Wording;
import org.cytoquiz.core.entity.EntityId;
import org.cytoquiz.core.entity.EntityType;

/**
 * A kind of link between two entities, such as "must be given in" from a therapy to a care setting.
 *
 * @param id the stable identifier, such as {@code must-be-given-in}
 * @param wording a sentence template in both wordings, with {@value #SUBJECT} and {@value #OBJECT} standing for
 *     the two entities and, optionally, {@value #MODAL} for how firmly the fact holds, such as
 *     "{subject} {modal} be given {object}"
 * @param subjectTypes the kinds of entity that may be the subject
 * @param objectTypes the kinds of entity that may be the object
 * @param world whether an unlisted pair is false ({@link World#CLOSED}) or unknown ({@link World#OPEN}); a pair
 *     that follows from the listed ones by {@link Entailment} counts as listed
 * @param cardinality how many objects one subject may have, counting the ones entailed
 * @param taxonomic whether the relation links a narrower thing to a broader one (a form of, a kind of, a
 *     member of a class); taxonomic facts are transitive and are what other relations' facts carry along
 * @param carries how this relation's facts carry along the taxonomy (see {@link Carry}); taxonomic relations
 *     carry both ways by nature
 * @param modality the modality that stands for {@value #MODAL} when a fact names none; present exactly when the
 *     wording holds {@value #MODAL}
 */
public record Relation(
    String id,
    Wording wording,
    Set<EntityType> subjectTypes,
    Set<EntityType> objectTypes,
    World world,
    Cardinality cardinality,
    boolean taxonomic,
    Set<Carry> carries,
    Optional<Modality> modality) {

  /** Stands for the subject's label in a wording template. */
  public static final String SUBJECT = "{subject}";
  /** Stands for the object's label in a wording template. */
  public static final String OBJECT = "{object}";
  /** Stands for the fact's modality ("may", "has to") in a wording template. */
  public static final String MODAL = "{modal}";

  public Relation {
    id = EntityId.of(id).value();
    checkNotNull(wording, "wording of relation %s", id);
    checkArgument(isTemplate(wording.patient()) && isTemplate(wording.clinical()),
        "the wordings of relation %s must each contain %s and %s once, and %s at most once", id, SUBJECT, OBJECT,
        MODAL);
    checkNotNull(world, "world of relation %s", id);
    checkNotNull(cardinality, "cardinality of relation %s", id);
    checkNotNull(carries, "carries of relation %s", id);
    checkNotNull(modality, "modality of relation %s", id);
    checkArgument(!subjectTypes.isEmpty(), "relation %s allows no subject type", id);
    checkArgument(!objectTypes.isEmpty(), "relation %s allows no object type", id);
    boolean patientModal = wording.patient().contains(MODAL);
    checkArgument(patientModal == wording.clinical().contains(MODAL),
        "relation %s has %s in one wording but not the other", id, MODAL);
    checkArgument(patientModal == modality.isPresent(),
        patientModal ? "relation %s has %s in its wording but no default modality"
            : "relation %s has a default modality but no %s in its wording", id, MODAL);
    subjectTypes = Sets.immutableEnumSet(subjectTypes);
    objectTypes = Sets.immutableEnumSet(objectTypes);
    carries = Sets.immutableEnumSet(carries);
  }

  /** A relation that is not taxonomic, carries nothing and has no modality in its wording. */
  public Relation(String id, Wording wording, Set<EntityType> subjectTypes, Set<EntityType> objectTypes,
      World world, Cardinality cardinality) {
    this(id, wording, subjectTypes, objectTypes, world, cardinality, false, EnumSet.noneOf(Carry.class),
        Optional.empty());
  }

  /** Whether {@code text} holds both placeholders once each, and the modal placeholder at most once. */
  public static boolean isTemplate(String text) {
    return once(text, SUBJECT) && once(text, OBJECT)
        && (!text.contains(MODAL) || text.indexOf(MODAL) == text.lastIndexOf(MODAL));
  }

  private static boolean once(String text, String placeholder) {
    return text.indexOf(placeholder) >= 0 && text.indexOf(placeholder) == text.lastIndexOf(placeholder);
  }

  /** Whether facts of this relation carry along the taxonomy in this way. */
  public boolean carries(Carry carry) {
    return taxonomic || carries.contains(carry);
  }

  /** The clause this relation makes of a subject and an object, in both wordings, without end punctuation. */
  public Wording render(Wording subject, Wording object) {
    return render(subject, object, List.of());
  }

  /**
   * The clause this relation makes of a subject and an object with a fact's qualifiers inside it, in both
   * wordings, without end punctuation: the modality stands for {@value #MODAL}, an extent goes before the
   * object, and a scope, a condition and a reason follow the clause in that order, except that one whose words
   * end with a comma ("In Kaposi sarcoma,") opens the clause instead, where a trailing one would read as an
   * afterthought.
   *
   * The modal words are English; {@link #render(Wording, Wording, List, Locale)} says them in another language.
   *
   * @throws IllegalArgumentException if a qualifier names a modality but the wording has no {@value #MODAL}
   */
  public Wording render(Wording subject, Wording object, List<Qualifier> qualifiers) {
    return render(subject, object, qualifiers, Locale.ENGLISH);
  }

  /**
   * As {@link #render(Wording, Wording, List)}, with the modal words of {@code language} (see
   * {@link Modality#wording(Locale)}); the relation's wording, the labels and the other qualifiers are the
   * course's words, already in its language.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a qualifier names a modality but the wording has no {@value #MODAL}
   */
  public Wording render(Wording subject, Wording object, List<Qualifier> qualifiers, Locale language) {
    checkNotNull(language, "language");
    Optional<Modality> stated = Qualifier.find(qualifiers, Modality.class);
    checkArgument(stated.isEmpty() || modality.isPresent(),
        "relation %s has no %s in its wording, so it cannot say '%s'", id, MODAL, stated.map(Modality::key)
            .orElse(""));
    Optional<Wording> modal = stated.or(() -> modality).map(m -> m.wording(language));
    Optional<Wording> extent = Qualifier.find(qualifiers, Qualifier.Extent.class).map(Qualifier::wording);
    List<Optional<Wording>> after = List.of(
        Qualifier.find(qualifiers, Qualifier.Scope.class).map(Qualifier::wording),
        Qualifier.find(qualifiers, Qualifier.Condition.class).map(Qualifier::wording),
        Qualifier.find(qualifiers, Qualifier.Reason.class).map(Qualifier::wording));
    String[] texts = new String[2];
    for (int i = 0; i < 2; i++) {
      boolean patient = i == 0;
      String template = patient ? wording.patient() : wording.clinical();
      String objectText = patient ? object.patient() : object.clinical();
      if (extent.isPresent()) {
        objectText = (patient ? extent.get().patient() : extent.get().clinical()) + " " + objectText;
      }
      String text = template
          .replace(MODAL, modal.map(m -> patient ? m.patient() : m.clinical()).orElse(""))
          .replace(SUBJECT, patient ? subject.patient() : subject.clinical())
          .replace(OBJECT, objectText);
      String front = "";
      for (Optional<Wording> phrase : after) {
        if (phrase.isPresent()) {
          String words = patient ? phrase.get().patient() : phrase.get().clinical();
          if (words.strip().endsWith(",")) {
            front = front + words.strip() + " ";
          } else {
            text = append(text, words);
          }
        }
      }
      text = front + text;
      texts[i] = text;
    }
    return new Wording(texts[0], texts[1]);
  }

  private static String append(String text, String phrase) {
    return phrase.startsWith(",") ? text + phrase : text + " " + phrase;
  }

  /** Whether an entity of {@code subject} type may stand on the left and one of {@code object} type on the right. */
  public boolean accepts(EntityType subject, EntityType object) {
    return subjectTypes.contains(subject) && objectTypes.contains(object);
  }
}
