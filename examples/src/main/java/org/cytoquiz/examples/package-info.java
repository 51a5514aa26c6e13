/**
 * The four things a patient portal did with the cytoquiz libraries, as small programs whose tests run in the
 * build: {@link org.cytoquiz.examples.ListTherapies}, {@link org.cytoquiz.examples.AskTheModel},
 * {@link org.cytoquiz.examples.GenerateAndScore} and {@link org.cytoquiz.examples.ValidateCourseFolder}. They use
 * only public API, and the README's library snippets are taken from them.
 */
package org.cytoquiz.examples;
