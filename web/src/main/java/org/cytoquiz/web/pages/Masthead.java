package org.cytoquiz.web.pages;

import java.util.Objects;
import java.util.Optional;
import org.cytoquiz.web.instructor.Organisation;

/**
 * The organisation every page's header names, beside the cytoquiz brand: set by the web application for the
 * request a thread is serving (from {@code WebApp.Settings.organisation()}) and read by {@code layout.jte}. Pages
 * rendered outside a request (the review sheet written by the command line) name no organisation.
 *
 * <p>The header names an organisation only when one is configured: {@link Organisation#DEFAULT} is cytoquiz
 * itself, which the brand already says.
 */
public final class Masthead {

  private static final ThreadLocal<Organisation> CURRENT = new ThreadLocal<>();

  private Masthead() {}

  /**
   * Names {@code organisation} in the header of the pages this thread renders until {@link #clear()}.
   *
   * @throws NullPointerException if {@code organisation} is null
   */
  public static void set(Organisation organisation) {
    CURRENT.set(Objects.requireNonNull(organisation, "organisation"));
  }

  /** Forgets this thread's organisation: its pages name none. */
  public static void clear() {
    CURRENT.remove();
  }

  /** The organisation's name to show in the header, empty when none or only the default is set. */
  public static Optional<String> name() {
    Organisation organisation = CURRENT.get();
    return organisation == null || organisation.equals(Organisation.DEFAULT) ? Optional.empty()
        : Optional.of(organisation.name());
  }

  /** Where the header's logo is served ({@link Organisation#LOGO_PATH}), empty when no logo is configured. */
  public static Optional<String> logoUrl() {
    Organisation organisation = CURRENT.get();
    return organisation == null || organisation.logo().isEmpty() ? Optional.empty()
        : Optional.of(Organisation.LOGO_PATH);
  }
}
