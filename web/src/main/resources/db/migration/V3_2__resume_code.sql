-- Resume codes: the short code a learner types on another device to go on with an attempt. Only the code's
-- SHA-256 is kept (see ResumeCode); it opens exactly one attempt. No foreign key, so that deleting an attempt
-- needs no change here: a code whose attempt is gone opens nothing (look-ups join attempt).
-- Portable between SQLite and PostgreSQL.
CREATE TABLE resume_code (
    code_hash     VARCHAR(128) PRIMARY KEY,
    attempt_id    VARCHAR(64)  NOT NULL
);

CREATE INDEX resume_code_by_attempt ON resume_code (attempt_id);
