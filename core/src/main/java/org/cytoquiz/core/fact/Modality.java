package org.cytoquiz.core.fact;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.cytoquiz.core.SentenceWords;
import org.cytoquiz.core.Wording;

/**
 * How firmly the article states a fact: the modal word that stands for {@value Relation#MODAL} in a relation's
 * wording, such as "may" in "high-dose interleukin-2 may be used to treat metastatic melanoma".
 *
 * <p>The words themselves are in the sentence-words bundle ({@link SentenceWords}, keys
 * {@code <audience>.modality.<key>}), so that each language says them its own way; every rendering is followed
 * by a verb in its plain form ("may be given", "has to be given").
 */
public enum Modality implements Qualifier {
  /** Possible, without the article's doubt: "can be given". */
  CAN("can"),
  /** Possible in some cases or for some patients, as the article's "may": "may be given". */
  MAY("may"),
  /**
   * Possible, and only possibly, as the article's "may ... or possibly": "may possibly be administered" for
   * staff, and in plain words, without the doubled hedge, "can sometimes be given" for patients.
   */
  MAY_POSSIBLY("may possibly"),
  /** Required, as the article's "must": "has to be given" / "must be administered". */
  MUST("must"),
  /** What happens in most cases, as the article's "usually" or "typically": "will usually be chosen". */
  USUALLY("usually");

  private final String key;

  Modality(String key) {
    this.key = key;
  }

  /** The name content files use, such as {@code may} or {@code may possibly}. */
  public String key() {
    return key;
  }

  /**
   * The modal words in English, as {@link #wording(Locale)} gives them for {@link Locale#ENGLISH}.
   *
   * @throws java.util.MissingResourceException if the English bundle lacks them (a broken build)
   */
  @Override
  public Wording wording() {
    return wording(Locale.ENGLISH);
  }

  /**
   * The modal words in {@code language}, for patients and for staff: the bundle's {@code patient.modality.<name>}
   * and {@code staff.modality.<name>}, the name being the constant's in lower case with hyphens
   * ({@code modality.may-possibly}).
   *
   * @throws NullPointerException if {@code language} is null
   * @throws java.util.MissingResourceException if neither the language's bundle nor the English one has them
   */
  @Override
  public Wording wording(Locale language) {
    return SentenceWords.wording("modality." + name().toLowerCase(Locale.ROOT).replace('_', '-'), language);
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
