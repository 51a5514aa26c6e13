/**
 * Writing a course back as YAML that the loader reads again to the same model, such as a generated course for
 * tests or a course converted from another source.
 *
 * <p>The writer keeps no state between calls; null arguments throw {@link java.lang.NullPointerException}.
 */
package org.cytoquiz.content.write;
