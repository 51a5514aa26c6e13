-- Live sessions for staff training: the session and its state as it changes (compare-and-set on revision),
-- the participants who joined (a token hash, a name only when the session records participation, and the attempt
-- their answers became), and every answer, keyed by session, participant, question and vote so that a re-sent
-- answer is stored once. Portable between SQLite and PostgreSQL: times are epoch milliseconds, flags 0/1 integers.
CREATE TABLE live_session (
    id              VARCHAR(64)  PRIMARY KEY,
    join_code       VARCHAR(16)  NOT NULL UNIQUE,
    instructor      VARCHAR(128) NOT NULL,
    preset_id       VARCHAR(80)  NOT NULL,
    questions       TEXT         NOT NULL,
    records         INTEGER      NOT NULL,
    phase           VARCHAR(16)  NOT NULL,
    current_index   INTEGER      NOT NULL,
    vote            INTEGER      NOT NULL,
    revision        BIGINT       NOT NULL,
    created_at      BIGINT       NOT NULL,
    updated_at      BIGINT       NOT NULL,
    expires_at      BIGINT       NOT NULL
);

CREATE INDEX live_session_by_instructor ON live_session (instructor, created_at);

CREATE TABLE live_participant (
    id              VARCHAR(64)  PRIMARY KEY,
    session_id      VARCHAR(64)  NOT NULL REFERENCES live_session (id),
    token_hash      VARCHAR(128) NOT NULL UNIQUE,
    name            VARCHAR(200),
    joined_at       BIGINT       NOT NULL,
    attempt_id      VARCHAR(64)
);

CREATE INDEX live_participant_by_session ON live_participant (session_id, joined_at);

CREATE TABLE live_answer (
    session_id      VARCHAR(64)      NOT NULL REFERENCES live_session (id),
    participant_id  VARCHAR(64)      NOT NULL REFERENCES live_participant (id),
    question_index  INTEGER          NOT NULL,
    vote            INTEGER          NOT NULL,
    question_id     VARCHAR(200)     NOT NULL,
    response        TEXT             NOT NULL,
    fraction        DOUBLE PRECISION NOT NULL,
    saved_at        BIGINT           NOT NULL,
    PRIMARY KEY (session_id, participant_id, question_index, vote)
);
