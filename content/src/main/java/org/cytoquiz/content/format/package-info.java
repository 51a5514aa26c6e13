/**
 * The content format written down once: the JSON Schema of the course files (published in this jar under
 * {@value org.cytoquiz.content.format.ContentFormat#SCHEMA_FOLDER}) and the records that the loader binds the files
 * to and the writer writes back. Docs: {@code docs/content-format.md}.
 *
 * <p>The records are plain immutable values; a null component means "not written in the file".
 */
package org.cytoquiz.content.format;
