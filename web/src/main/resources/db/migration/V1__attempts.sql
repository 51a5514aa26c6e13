-- Attempts, their answers, and instructor sessions. Portable between SQLite and PostgreSQL:
-- times are epoch milliseconds, flags are 0/1 integers.
CREATE TABLE attempt (
    id            VARCHAR(64)  PRIMARY KEY,
    token_hash    VARCHAR(128) NOT NULL,
    quiz_id       VARCHAR(80)  NOT NULL,
    seed          BIGINT       NOT NULL,
    fingerprint   VARCHAR(128) NOT NULL,
    learner       VARCHAR(200),
    state         VARCHAR(16)  NOT NULL,
    position      INTEGER      NOT NULL,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL,
    submitted_at  BIGINT,
    score         DOUBLE PRECISION,
    max_score     DOUBLE PRECISION,
    percent       DOUBLE PRECISION,
    passed        INTEGER
);

CREATE INDEX attempt_by_quiz ON attempt (quiz_id, created_at);

CREATE TABLE answer (
    attempt_id    VARCHAR(64)  NOT NULL REFERENCES attempt (id),
    question_id   VARCHAR(200) NOT NULL,
    response      TEXT         NOT NULL,
    certainty     INTEGER,
    tries         INTEGER      NOT NULL,
    saved_at      BIGINT       NOT NULL,
    PRIMARY KEY (attempt_id, question_id)
);

CREATE TABLE instructor_session (
    token_hash    VARCHAR(128) PRIMARY KEY,
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL
);
