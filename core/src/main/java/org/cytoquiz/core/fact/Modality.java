package org.cytoquiz.core.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.cytoquiz.core.Wording;

/**
 * How firmly the article states a fact: the modal word that stands for {@value Relation#MODAL} in a relation's
 * wording, such as "may" in "high-dose interleukin-2 may be used to treat metastatic melanoma".
 *
 * <p>Every rendering is followed by a verb in its plain form ("may be given", "has to be given").
 */
public enum Modality implements Qualifier {
  /** Possible, without the article's doubt: "can be given". */
  CAN("can", "can", "can"),
  /** Possible in some cases or for some patients, as the article's "may": "may be given". */
  MAY("may", "may", "may"),
  /**
   * Possible, and only possibly, as the article's "may ... or possibly": "may possibly be administered" for
   * staff, and in plain words, without the doubled hedge, "can sometimes be given" for patients.
   */
  MAY_POSSIBLY("may possibly", "can sometimes", "may possibly"),
  /** Required, as the article's "must": "has to be given" / "must be administered". */
  MUST("must", "has to", "must"),
  /** What happens in most cases, as the article's "usually" or "typically": "will usually be chosen". */
  USUALLY("usually", "will usually", "will usually");

  private final String key;
  private final Wording wording;

  Modality(String key, String patient, String clinical) {
    this.key = key;
    this.wording = new Wording(patient, clinical);
  }

  /** The name content files use, such as {@code may}. */
  public String key() {
    return key;
  }

  @Override
  public Wording wording() {
    return wording;
  }

  @Override
  public String kind() {
    return "modality";
  }

  /** The modality whose key is {@code key} (case and surrounding spaces ignored), if any. */
  public static Optional<Modality> fromKey(String key) {
    String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(m -> m.key.equals(wanted)).findFirst();
  }
}
