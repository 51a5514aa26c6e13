package org.cytoquiz.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One idea said twice: in plain language for patients and in clinical terms for staff.
 *
 * @param patient plain-language wording, aimed at a reading grade of 8 or lower
 * @param clinical wording for hospital staff, using clinical terms
 */
public record Wording(String patient, String clinical) {

  public Wording {
    patient = checkText(patient, "patient");
    clinical = checkText(clinical, "clinical");
  }

  /** The same wording for both audiences, for names that have no plainer form (brand names, for one). */
  public static Wording same(String text) {
    return new Wording(text, text);
  }

  /** The wording meant for the given audience. */
  public String in(Audience audience) {
    return switch (checkNotNull(audience, "audience")) {
      case PATIENT -> patient;
      case STAFF -> clinical;
    };
  }

  private static String checkText(String text, String field) {
    checkNotNull(text, "%s wording is null", field);
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "%s wording is blank", field);
    return stripped;
  }
}
