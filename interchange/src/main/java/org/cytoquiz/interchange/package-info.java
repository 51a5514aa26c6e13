/**
 * Questions out to learning management systems without the web server: {@link
 * org.cytoquiz.interchange.Interchange} writes a {@link org.cytoquiz.interchange.QuestionSet} as a QTI 3.0 or
 * QTI 2.1 content package, as GIFT or as Moodle XML; {@link org.cytoquiz.interchange.Credit} says what each
 * answer earns so that every format scores as cytoquiz does.
 */
package org.cytoquiz.interchange;
