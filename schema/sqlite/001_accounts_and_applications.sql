-- Seeker accounts, resumes, applications and what hangs off them (SQLite). Dates are 'YYYY-MM-DD' and
-- timestamps 'YYYY-MM-DDTHH:MM:SS.ffffffZ' (fixed width, so text order is time order).

CREATE TABLE users (
    id                 TEXT PRIMARY KEY NOT NULL,
    email              TEXT NOT NULL UNIQUE,
    username           TEXT NOT NULL UNIQUE,
    display_name       TEXT,
    bio                TEXT,
    password_hash      TEXT NOT NULL,
    is_profile_public  INTEGER NOT NULL DEFAULT 0 CHECK (is_profile_public IN (0, 1)),
    profile_visibility TEXT NOT NULL DEFAULT 'private'
                       CHECK (profile_visibility IN ('private', 'followers', 'groups', 'public')),
    streak_days        INTEGER NOT NULL DEFAULT 0,
    last_active_date   TEXT,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX users_visibility_username_idx ON users (profile_visibility, username);

CREATE TABLE resume_versions (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    version_name TEXT NOT NULL,
    notes        TEXT,
    file_url     TEXT,
    file_key     TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX resume_versions_user_created_idx ON resume_versions (user_id, created_at);

CREATE TABLE applications (
    id                TEXT PRIMARY KEY NOT NULL,
    user_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_name      TEXT NOT NULL,
    role_title        TEXT NOT NULL,
    url               TEXT,
    description       TEXT,
    location          TEXT,
    job_type          TEXT CHECK (job_type IN ('Full-time', 'Part-time', 'Contract', 'Internship', 'Freelance')),
    work_mode         TEXT CHECK (work_mode IN ('Remote', 'Hybrid', 'On-site')),
    salary_min        INTEGER,
    salary_max        INTEGER,
    salary_currency   TEXT NOT NULL DEFAULT 'USD',
    applied_source    TEXT CHECK (applied_source IN ('LinkedIn', 'Indeed', 'Glassdoor', 'Company Website',
                          'Referral', 'Job Board', 'Recruiter', 'Networking', 'Career Fair', 'Other')),
    applied_date      TEXT,
    follow_up_date    TEXT,
    priority          TEXT CHECK (priority IN ('High', 'Medium', 'Low')),
    notes             TEXT,
    status            TEXT NOT NULL DEFAULT 'Saved' CHECK (status IN ('Saved', 'Applied', 'Interviewing', 'Offer',
                          'Accepted', 'Rejected', 'Withdrawn')),
    resume_version_id TEXT REFERENCES resume_versions (id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX applications_user_created_idx ON applications (user_id, created_at, id);
CREATE INDEX applications_resume_idx ON applications (resume_version_id);

CREATE TABLE application_stages (
    id                TEXT PRIMARY KEY NOT NULL,
    user_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id    TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    stage_name        TEXT NOT NULL,
    stage_type        TEXT CHECK (stage_type IN ('Recruiter Call', 'Phone Screen', 'Technical', 'Coding Challenge',
                          'Take-Home', 'System Design', 'Behavioral', 'Panel', 'Onsite', 'Final Round', 'Other')),
    stage_date        TEXT NOT NULL,
    result            TEXT NOT NULL DEFAULT 'Pending' CHECK (result IN ('Pending', 'Passed', 'Failed', 'Cancelled')),
    duration_minutes  INTEGER,
    interviewer_names TEXT,
    prep_notes        TEXT,
    questions_asked   TEXT NOT NULL DEFAULT '[]',
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX application_stages_application_created_idx ON application_stages (application_id, created_at, id);
CREATE INDEX application_stages_user_idx ON application_stages (user_id);

CREATE TABLE outcomes (
    id                TEXT PRIMARY KEY NOT NULL,
    user_id           TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id    TEXT NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    status            TEXT CHECK (status IN ('Offer', 'Rejected', 'Withdrawn')),
    salary            INTEGER,
    salary_currency   TEXT NOT NULL DEFAULT 'USD',
    bonus             TEXT,
    equity            TEXT,
    benefits          TEXT,
    start_date        TEXT,
    deadline          TEXT,
    negotiation_notes TEXT,
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX outcomes_user_idx ON outcomes (user_id);

CREATE TABLE reflections (
    id               TEXT PRIMARY KEY NOT NULL,
    user_id          TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id   TEXT NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    what_worked      TEXT,
    what_failed      TEXT,
    skill_gaps_json  TEXT,
    improvement_plan TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX reflections_user_idx ON reflections (user_id);

CREATE TABLE activity_log (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id TEXT REFERENCES applications (id) ON DELETE CASCADE,
    action         TEXT NOT NULL,
    description    TEXT NOT NULL,
    metadata_json  TEXT NOT NULL DEFAULT '{}',
    created_at     TEXT NOT NULL
);
CREATE INDEX activity_log_user_created_idx ON activity_log (user_id, created_at, id);
CREATE INDEX activity_log_application_created_idx ON activity_log (application_id, created_at, id);
