/**
 * The web interface's phrases, in message bundles keyed by area and language: {@link
 * org.cytoquiz.web.text.UiText} loads and formats them, {@link org.cytoquiz.web.text.Ui} gives templates those of
 * the request being served. Adding a language is adding files; see {@code docs/wordings.md}.
 */
package org.cytoquiz.web.text;
