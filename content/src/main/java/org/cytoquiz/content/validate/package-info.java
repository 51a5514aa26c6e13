/**
 * What validating a course finds: each {@link org.cytoquiz.content.validate.ContentProblem} has its file, line,
 * field path, message and severity; a {@link org.cytoquiz.content.validate.ValidationReport} holds them with the
 * loaded course when there is no error; {@link org.cytoquiz.content.validate.ContentValidationException} carries
 * them when loading must stop.
 *
 * <p>All types are immutable and safe to share between threads.
 */
package org.cytoquiz.content.validate;
