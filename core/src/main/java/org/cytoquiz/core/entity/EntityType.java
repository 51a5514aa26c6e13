package org.cytoquiz.core.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.cytoquiz.core.Wording;

/**
 * The kinds of thing the course talks about.
 *
 * <p>The set is closed because every kind has its own meaning to the quiz engine; the things of each kind
 * (which therapies, which side effects) are content, so a new therapy needs no code.
 */
public enum EntityType {
  /** A cytokine treatment regimen, such as high-dose interleukin-2. */
  THERAPY("therapy", "treatment", "therapy"),
  /** A cytokine, the messenger molecule itself, such as interferon-alfa. */
  CYTOKINE("cytokine", "cytokine", "cytokine"),
  /** A broad way of treating cancer, such as chemotherapy or biochemotherapy. */
  APPROACH("approach", "kind of treatment", "treatment modality"),
  /** A cell of the immune system, such as the natural killer cell. */
  IMMUNE_CELL("immune-cell", "immune cell", "immune cell"),
  /** A disease or disease state, such as metastatic melanoma. */
  CONDITION("condition", "condition", "condition"),
  /** A way a medicine enters the body, such as into a vein. */
  ROUTE("route", "way of giving it", "route of administration"),
  /** A place where treatment is given, such as the hospital. */
  CARE_SETTING("care-setting", "place of care", "care setting"),
  /** How often a treatment is given. */
  SCHEDULE("schedule", "how often", "dosing frequency"),
  /** A dose level, such as high dose. */
  DOSE("dose", "dose", "dose level"),
  /** An unwanted effect of treatment. */
  SIDE_EFFECT("side-effect", "side effect", "adverse effect"),
  /** A targeted immunotherapy drug, named by its generic name. */
  TARGETED_IMMUNOTHERAPY("targeted-immunotherapy", "targeted immunotherapy", "targeted immunotherapy"),
  /** A brand name under which a drug is sold. */
  BRAND_NAME("brand-name", "brand name", "brand name"),
  /** A substance that is not a medicine by itself, such as polyethylene glycol. */
  SUBSTANCE("substance", "substance", "substance"),
  /** Something a medicine does or is, such as acting as a signal between cells. */
  TRAIT("trait", "feature", "property"),
  /** Something about a patient or a cancer that affects the choice or success of treatment. */
  FACTOR("factor", "factor", "factor"),
  /** A word the article explains. */
  TERM("term", "word", "term");

  private final String key;
  private final Wording noun;

  EntityType(String key, String patientNoun, String clinicalNoun) {
    this.key = key;
    this.noun = new Wording(patientNoun, clinicalNoun);
  }

  /** The name content files use for this kind, such as {@code care-setting}. */
  public String key() {
    return key;
  }

  /** What one thing of this kind is called, in both wordings. */
  public Wording noun() {
    return noun;
  }

  /** The kind whose key is {@code key}, if any. */
  public static Optional<EntityType> fromKey(String key) {
    String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.key.equals(wanted)).findFirst();
  }
}
