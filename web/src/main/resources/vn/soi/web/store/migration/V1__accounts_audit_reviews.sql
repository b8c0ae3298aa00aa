-- Accounts: one row per person who may sign in. name_key is the name in NFC, lower case, for unique look-ups.
CREATE TABLE account (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    name_key      TEXT    NOT NULL UNIQUE,
    role          TEXT    NOT NULL CHECK (role IN ('admin', 'inspector', 'board', 'researcher')),
    password_hash TEXT    NOT NULL,
    created_at    INTEGER NOT NULL
);

-- Audit log: who did what to which target, and when (epoch milliseconds). Append-only.
CREATE TABLE audit_event (
    id      INTEGER PRIMARY KEY,
    at      INTEGER NOT NULL,
    actor   TEXT,
    action  TEXT    NOT NULL,
    target  TEXT,
    address TEXT
);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;

-- Review decisions on findings, keyed by the finding's stable key. The whole history is kept: append-only,
-- the latest row per key is the current status.
CREATE TABLE review_decision (
    id          INTEGER PRIMARY KEY,
    finding_key TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('open', 'confirmed', 'dismissed', 'follow-up')),
    note        TEXT    NOT NULL,
    decided_by  TEXT    NOT NULL,
    decided_at  INTEGER NOT NULL
);
CREATE INDEX review_decision_by_key ON review_decision (finding_key, id);
CREATE TRIGGER review_decision_no_update BEFORE UPDATE ON review_decision
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;
CREATE TRIGGER review_decision_no_delete BEFORE DELETE ON review_decision
BEGIN SELECT RAISE(ABORT, 'review decisions are append-only'); END;
