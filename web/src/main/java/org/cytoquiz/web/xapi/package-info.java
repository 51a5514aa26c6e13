/**
 * Learning records: xAPI statements made from the attempt engine's events ({@link
 * org.cytoquiz.web.xapi.XapiStatements}, which needs only the quiz model and Jackson), the outbox they are kept in
 * until a learning record store has them ({@link org.cytoquiz.web.xapi.XapiOutbox}), and the single background
 * sender that delivers them ({@link org.cytoquiz.web.xapi.OutboxSender} over {@link
 * org.cytoquiz.web.xapi.LrsClient}).
 */
package org.cytoquiz.web.xapi;
