/**
 * The JSON formats of cytoquiz, for a library user without the web server: {@link
 * org.cytoquiz.interchange.json.FactsDocument} (the whole knowledge base, {@code cytoquiz-facts/1}, see
 * {@code docs/facts-format.md}), {@link org.cytoquiz.interchange.json.QuizDocument} (a generated quiz,
 * {@code cytoquiz-quiz/2}, or an item bank, {@code cytoquiz-questions/2}, see {@code docs/quiz-format.md}) with
 * one {@link org.cytoquiz.interchange.json.QuestionJson} per question, and {@link
 * org.cytoquiz.interchange.json.JsonDocuments}, which writes any of them exactly as the {@code cytoquiz} command
 * line prints it. {@link org.cytoquiz.interchange.json.QuestionText} prints questions as plain text for
 * reviewers.
 *
 * <p>The documents are immutable records, safe to share between threads; Jackson serializes them in the field
 * order their {@code @JsonPropertyOrder} gives, leaving out absent (null) fields where they say so.
 */
package org.cytoquiz.interchange.json;
