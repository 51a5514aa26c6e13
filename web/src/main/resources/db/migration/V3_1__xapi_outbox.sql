-- The xAPI outbox: every statement of an attempt, written in the same transaction as the change it reports, and
-- kept after delivery (sent_at) so GET /api/v1/attempts/{id}/xapi can list them. seq orders an attempt's
-- statements; tries and next_try_at drive the sender's back-off. Portable between SQLite and PostgreSQL: times are
-- epoch milliseconds; the partial index (both databases have them) holds only what waits to be sent.
CREATE TABLE xapi_outbox (
    id            VARCHAR(36)  PRIMARY KEY,
    attempt_id    VARCHAR(64)  NOT NULL REFERENCES attempt (id),
    seq           INTEGER      NOT NULL,
    created_at    BIGINT       NOT NULL,
    statement     TEXT         NOT NULL,
    sent_at       BIGINT,
    tries         INTEGER      NOT NULL DEFAULT 0,
    next_try_at   BIGINT       NOT NULL,
    last_error    VARCHAR(600),
    UNIQUE (attempt_id, seq)
);

CREATE INDEX xapi_outbox_unsent ON xapi_outbox (created_at, attempt_id, seq) WHERE sent_at IS NULL;
