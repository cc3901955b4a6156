-- The interview-prep aggregate (PostgreSQL): a seeker's practice sessions, the questions asked in each, and the
-- browser sessions of the web surface. Timestamps are timestamptz, as in 001.
--
-- Practice-session ids are integers the store assigns (an identity column), never handed out twice: a URL a seeker
-- kept keeps naming one session or none. A session belongs to its seeker (deleted with the account) and may prepare
-- for one of their applications (unlinked, not deleted, when the application goes, as contacts are).
--
-- The feedback is read and written whole, never queried by its parts: its score and author are columns, its lists
-- JSON text (not jsonb, so they round-trip byte for byte; the per-answer assessments an array of objects), as
-- questions_asked is, rather than four child tables. Either every feedback column is set (a finished interview) or
-- none is.

CREATE TABLE prep_sessions (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id                  text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id           text COLLATE "C" REFERENCES applications (id) ON DELETE SET NULL,
    job_title                text NOT NULL,
    company_name             text NOT NULL,
    cv_text                  text,
    cv_filename              text,
    job_description_text     text,
    created_at               timestamptz NOT NULL,
    completed_at             timestamptz,
    feedback_score           integer,
    feedback_written_by      text,
    feedback_strengths       text,
    feedback_weaknesses      text,
    feedback_cv_improvements text,
    feedback_answers         text,
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
    session_id  bigint NOT NULL REFERENCES prep_sessions (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    question    text NOT NULL,
    source      text NOT NULL CHECK (source IN ('skill', 'behavioural', 'bank', 'follow_up', 'model')),
    topic       text NOT NULL,
    answer      text,
    asked_at    timestamptz NOT NULL,
    answered_at timestamptz,
    PRIMARY KEY (session_id, position)
);

-- Only a digest of the cookie's secret: a copy of this table cannot be replayed as cookies.
CREATE TABLE browser_sessions (
    key_digest text COLLATE "C" PRIMARY KEY,
    user_id    text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX browser_sessions_user_idx ON browser_sessions (user_id);
CREATE INDEX browser_sessions_expires_idx ON browser_sessions (expires_at);
