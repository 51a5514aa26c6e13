/**
 * Facts and what follows from them: a {@link org.cytoquiz.core.fact.Fact} states or denies that a subject stands
 * in a {@link org.cytoquiz.core.fact.Relation} to an object, with typed {@link org.cytoquiz.core.fact.Qualifier}s
 * and a source; a relation says whether it is closed-world or open-world ({@link org.cytoquiz.core.fact.World})
 * and how truth carries along the taxonomy ({@link org.cytoquiz.core.fact.Carry}), which
 * {@link org.cytoquiz.core.fact.Entailment} works out. A statement is {@link org.cytoquiz.core.fact.Truth#TRUE},
 * {@link org.cytoquiz.core.fact.Truth#FALSE} or {@link org.cytoquiz.core.fact.Truth#UNKNOWN}: unknown stays unknown.
 *
 * <p>All types are immutable and safe to share between threads; null arguments throw
 * {@link java.lang.NullPointerException}.
 */
package org.cytoquiz.core.fact;
