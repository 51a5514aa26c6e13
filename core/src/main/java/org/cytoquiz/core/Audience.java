package org.cytoquiz.core;

/** Who reads a wording: patients get plain language, staff get clinical terms. */
public enum Audience {
  /** Patients and their families. */
  PATIENT,
  /** Hospital staff in training. */
  STAFF;

  /** The lower-case name used in files, URLs and on the command line. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
