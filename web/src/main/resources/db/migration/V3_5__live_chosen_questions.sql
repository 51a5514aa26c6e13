-- Live sessions on a hand-picked list of questions, and an optional countdown on each vote.
-- chosen: 1 when the session's questions (the column questions, in order) were picked from the item bank of the
-- preset's audience rather than taken from the preset's own form; the preset then only names the quiz the named
-- participants' attempts are filed under and the marking they get.
-- countdown_seconds: 0 for no countdown (the default), else how long each vote stays open.
-- vote_ends_at: when the open vote closes by itself (epoch milliseconds), NULL without a countdown.
-- Portable between SQLite and PostgreSQL, as V3_4 is.
ALTER TABLE live_session ADD COLUMN chosen INTEGER NOT NULL DEFAULT 0;
ALTER TABLE live_session ADD COLUMN countdown_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE live_session ADD COLUMN vote_ends_at BIGINT;
