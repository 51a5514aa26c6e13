/**
 * The rules of an attempt, outside any web layer: {@link org.cytoquiz.quiz.delivery.AttemptEngine} takes an
 * immutable {@link org.cytoquiz.quiz.delivery.AttemptState} and a {@link org.cytoquiz.quiz.delivery.Command}
 * carrying its instant, and gives a {@link org.cytoquiz.quiz.delivery.Transition}; each attempt has its own
 * {@link org.cytoquiz.quiz.delivery.Form} drawn with a recorded seed. Nothing here does I/O or reads a clock.
 */
package org.cytoquiz.quiz.delivery;
