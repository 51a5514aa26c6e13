/**
 * Where facts come from: the {@link org.cytoquiz.core.source.Source} article with its reviewer and review dates,
 * its {@link org.cytoquiz.core.source.Section}s, and the {@link org.cytoquiz.core.source.SourceRef} (section and
 * paragraph, counted from 1) that every entity and fact cites.
 *
 * <p>All types are immutable records, safe to share between threads; null arguments throw
 * {@link java.lang.NullPointerException} and a paragraph below 1 {@link java.lang.IllegalArgumentException}.
 */
package org.cytoquiz.core.source;
