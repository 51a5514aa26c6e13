/**
 * Typed views of the model for the questions a portal asks: a {@link org.cytoquiz.core.therapy.Therapy} with its
 * cytokine, routes and care settings, an {@link org.cytoquiz.core.therapy.Indication} (what treats what, with its
 * qualifiers), a {@link org.cytoquiz.core.therapy.TargetedImmunotherapy} with its brand name.
 *
 * <p>Each view is an immutable snapshot read from a {@link org.cytoquiz.core.KnowledgeBase}, safe to share between
 * threads. Obtain them from the knowledge base ({@code therapies()}, {@code therapy(id)}, {@code indications()}).
 */
package org.cytoquiz.core.therapy;
