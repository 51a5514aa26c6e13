/**
 * Loading a course from YAML: {@link org.cytoquiz.content.load.ContentFiles} says where the files are (a folder or
 * the class path), {@link org.cytoquiz.content.load.ContentLoader} validates and loads them, and
 * {@link org.cytoquiz.content.load.BundledCourse} is the course shipped in this jar.
 *
 * <p>Contracts: validating never throws for bad content (every problem, with file, line and field, is in the
 * report); loading throws {@link org.cytoquiz.content.validate.ContentValidationException} carrying every problem.
 * The loader keeps no state between calls and may be used from several threads at once. Null arguments throw
 * {@link java.lang.NullPointerException} naming the parameter.
 */
package org.cytoquiz.content.load;
