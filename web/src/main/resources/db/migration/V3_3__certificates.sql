-- Certificates a hospital can check, and attempts an instructor hid from the results. Portable between SQLite
-- and PostgreSQL: times are epoch milliseconds, flags are 0/1 integers.

-- One certificate per passed attempt; its code is what the public verify page looks up.
CREATE TABLE certificate (
    code          VARCHAR(32)  PRIMARY KEY,
    attempt_id    VARCHAR(64)  NOT NULL UNIQUE REFERENCES attempt (id),
    issued_at     BIGINT       NOT NULL
);

-- The attempts hidden now, with who hid them and when; a hidden attempt is still stored and can be shown again.
CREATE TABLE attempt_hidden (
    attempt_id    VARCHAR(64)  PRIMARY KEY REFERENCES attempt (id),
    hidden_by     VARCHAR(120) NOT NULL,
    hidden_at     BIGINT       NOT NULL
);

-- Every hide and show, kept after an attempt is shown again: the record of who did what.
CREATE TABLE attempt_hidden_log (
    attempt_id    VARCHAR(64)  NOT NULL REFERENCES attempt (id),
    hidden        INTEGER      NOT NULL,
    changed_by    VARCHAR(120) NOT NULL,
    changed_at    BIGINT       NOT NULL
);

CREATE INDEX attempt_hidden_log_by_attempt ON attempt_hidden_log (attempt_id, changed_at);
