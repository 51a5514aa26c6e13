/** Moodle XML, the question bank's import format: {@link org.cytoquiz.interchange.moodle.MoodleXmlWriter}. */
package org.cytoquiz.interchange.moodle;
