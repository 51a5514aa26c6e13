-- The attempt engine: an optimistic version per attempt (compare-and-set on every write), the marking policy
-- and pass mark each submitted attempt was marked under, and the marks stored at submit, per question, with
-- what is needed to show them again after the content changes. Portable between SQLite and PostgreSQL.
ALTER TABLE attempt ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE attempt ADD COLUMN marking VARCHAR(64);
ALTER TABLE attempt ADD COLUMN pass_mark INTEGER;

CREATE TABLE attempt_mark (
    attempt_id    VARCHAR(64)      NOT NULL REFERENCES attempt (id),
    number        INTEGER          NOT NULL,
    question_id   VARCHAR(200)     NOT NULL,
    response      TEXT,
    certainty     INTEGER,
    points        DOUBLE PRECISION NOT NULL,
    max_points    DOUBLE PRECISION NOT NULL,
    fraction      DOUBLE PRECISION NOT NULL,
    review        TEXT             NOT NULL,
    PRIMARY KEY (attempt_id, number)
);

CREATE INDEX attempt_mark_by_question ON attempt_mark (question_id);
