-- The interview-prep aggregate (SQLite): a seeker's practice sessions, the questions asked in each, and the
-- browser sessions of the web surface. Timestamps as in 001 ('YYYY-MM-DDTHH:MM:SS.ffffffZ').
--
-- Practice-session ids are integers the store assigns, AUTOINCREMENT so that a deleted session's id is never handed
-- out again (a plain INTEGER PRIMARY KEY reuses the highest one): a URL a seeker kept keeps naming one session or
-- none. A session belongs to its seeker (deleted with the account) and may prepare for one of their applications
-- (unlinked, not deleted, when the application goes, as contacts are).
--
-- The feedback is read and written whole, never queried by its parts: its score and author are columns, its lists
-- JSON text (arrays of strings; the per-answer assessments an array of objects), as questions_asked is, rather than
-- four child tables. Either every feedback column is set (a finished interview) or none is.

CREATE TABLE prep_sessions (
    id                       INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id                  TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id           TEXT REFERENCES applications (id) ON DELETE SET NULL,
    job_title                TEXT NOT NULL,
    company_name             TEXT NOT NULL,
    cv_text                  TEXT,
    cv_filename              TEXT,
    job_description_text     TEXT,
    created_at               TEXT NOT NULL,
    completed_at             TEXT,
    feedback_score           INTEGER,
    feedback_written_by      TEXT,
    feedback_strengths       TEXT,
    feedback_weaknesses      TEXT,
    feedback_cv_improvements TEXT,
    feedback_answers         TEXT,
    CHECK ((feedback_score IS NULL) = (feedback_written_by IS NULL)
       AND (feedback_score IS NULL) = (feedback_strengths IS NULL)
       AND (feedback_score IS NULL) = (feedback_weaknesses IS NULL)
       AND (feedback_score IS NULL) = (feedback_cv_improvements IS NULL)
       AND (feedback_score IS NULL) = (feedback_answers IS NULL))
);
-- The dashboard's list: the user's sessions, newest first.
CREATE INDEX prep_sessions_user_created_idx ON prep_sessions (user_id, created_at DESC, id DESC);
-- Unlinking the sessions of a deleted application.
CREATE INDEX prep_sessions_application_idx ON prep_sessions (application_id);

CREATE TABLE prep_turns (
    session_id  INTEGER NOT NULL REFERENCES prep_sessions (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL CHECK (position >= 0),
    question    TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('skill', 'behavioural', 'bank', 'follow_up', 'model')),
    topic       TEXT NOT NULL,
    answer      TEXT,
    asked_at    TEXT NOT NULL,
    answered_at TEXT,
    PRIMARY KEY (session_id, position)
);

-- Only a digest of the cookie's secret: a copy of this table cannot be replayed as cookies.
CREATE TABLE browser_sessions (
    key_digest TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);
CREATE INDEX browser_sessions_user_idx ON browser_sessions (user_id);
CREATE INDEX browser_sessions_expires_idx ON browser_sessions (expires_at);
