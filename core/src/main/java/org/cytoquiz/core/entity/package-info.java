/**
 * The things the course talks about: an {@link org.cytoquiz.core.entity.Entity} has an
 * {@link org.cytoquiz.core.entity.EntityId}, an {@link org.cytoquiz.core.entity.EntityType} (therapy, cytokine,
 * route, side effect, glossary term...), a label in both wordings, aliases and a source. What an entity has to do
 * with others is a fact (see {@link org.cytoquiz.core.fact}).
 *
 * <p>All types are immutable and safe to share between threads; null arguments throw
 * {@link java.lang.NullPointerException} and malformed ids {@link java.lang.IllegalArgumentException}.
 */
package org.cytoquiz.core.entity;
