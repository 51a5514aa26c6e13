/**
 * The course's medical content as one immutable model: {@link org.cytoquiz.core.KnowledgeBase} holds the
 * entities, relations and sourced facts of a {@link org.cytoquiz.core.Course} and answers look-ups by id, by name
 * or alias, by relation and by kind, and whether a statement is true, false or unknown. Teaching material (topics,
 * quiz presets, hand-written questions) is not here but in {@code cytoquiz-teaching}, built on this model.
 *
 * <p>{@code KnowledgeBase} is a small facade over classes with one job each: a model check that runs once when
 * the model is built ({@link org.cytoquiz.core.KnowledgeBase#checked} gives its problems together with the
 * model, so a loader checks and builds once), an index for look-ups, {@link org.cytoquiz.core.fact.Entailment}
 * for what the facts imply, a sentence renderer whose words come from the bundle
 * {@code org/cytoquiz/core/sentences.properties} (English; another language is a file
 * {@code sentences_<language>.properties}, no code), and {@link org.cytoquiz.core.therapy.Therapies} for the
 * typed views.
 *
 * <h2>Contracts that hold in every package of {@code org.cytoquiz.core}</h2>
 * <ul>
 *   <li><b>Immutability.</b> Every value is a record or final class that copies what it is given into
 *       unmodifiable collections; no type has a setter, and every collection handed out is unmodifiable.
 *   <li><b>Thread safety.</b> Because nothing changes after construction, every type may be shared between
 *       threads without locking, a {@link org.cytoquiz.core.KnowledgeBase} included.
 *   <li><b>Nulls.</b> No method accepts or returns {@code null}: a null argument throws
 *       {@link java.lang.NullPointerException} whose message names the parameter; absent values are
 *       {@link java.util.Optional}; collections hold no nulls.
 *   <li><b>Unknown ids.</b> A look-up that must find something throws
 *       {@link org.cytoquiz.core.UnknownEntityException} naming the kind and id asked for (and what is known);
 *       the {@code find...} variants return an empty {@link java.util.Optional} instead.
 *   <li><b>Bad values.</b> Constructors check their invariants and throw
 *       {@link java.lang.IllegalArgumentException} naming the value; a whole model that does not hold together
 *       throws {@link org.cytoquiz.core.InvalidModelException} carrying every {@link org.cytoquiz.core.ModelProblem}.
 *   <li><b>Order.</b> Lists keep the order the content gives, so everything derived from them is deterministic.
 * </ul>
 */
package org.cytoquiz.core;
