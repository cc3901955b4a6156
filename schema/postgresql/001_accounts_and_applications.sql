-- Seeker accounts, resumes, applications and what hangs off them (PostgreSQL). Ids and usernames use the
-- "C" collation so that ordering is byte order, as in SQLite and the in-memory store. JSON-ish columns are
-- text, not jsonb, so they round-trip byte for byte.

CREATE TABLE users (
    id                 text COLLATE "C" PRIMARY KEY,
    email              text NOT NULL UNIQUE,
    username           text COLLATE "C" NOT NULL UNIQUE,
    display_name       text,
    bio                text,
    password_hash      text NOT NULL,
    is_profile_public  boolean NOT NULL DEFAULT false,
    profile_visibility text NOT NULL DEFAULT 'private'
                       CHECK (profile_visibility IN ('private', 'followers', 'groups', 'public')),
    streak_days        integer NOT NULL DEFAULT 0,
    last_active_date   date,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);
CREATE INDEX users_visibility_username_idx ON users (profile_visibility, username);

CREATE TABLE resume_versions (
    id           text COLLATE "C" PRIMARY KEY,
    user_id      text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    version_name text NOT NULL,
    notes        text,
    file_url     text,
    file_key     text,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX resume_versions_user_created_idx ON resume_versions (user_id, created_at);

CREATE TABLE applications (
    id                text COLLATE "C" PRIMARY KEY,
    user_id           text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_name      text NOT NULL,
    role_title        text NOT NULL,
    url               text,
    description       text,
    location          text,
    job_type          text CHECK (job_type IN ('Full-time', 'Part-time', 'Contract', 'Internship', 'Freelance')),
    work_mode         text CHECK (work_mode IN ('Remote', 'Hybrid', 'On-site')),
    salary_min        bigint,
    salary_max        bigint,
    salary_currency   text NOT NULL DEFAULT 'USD',
    applied_source    text CHECK (applied_source IN ('LinkedIn', 'Indeed', 'Glassdoor', 'Company Website',
                          'Referral', 'Job Board', 'Recruiter', 'Networking', 'Career Fair', 'Other')),
    applied_date      date,
    follow_up_date    date,
    priority          text CHECK (priority IN ('High', 'Medium', 'Low')),
    notes             text,
    status            text NOT NULL DEFAULT 'Saved' CHECK (status IN ('Saved', 'Applied', 'Interviewing', 'Offer',
                          'Accepted', 'Rejected', 'Withdrawn')),
    resume_version_id text COLLATE "C" REFERENCES resume_versions (id) ON DELETE SET NULL,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX applications_user_created_idx ON applications (user_id, created_at, id);
CREATE INDEX applications_resume_idx ON applications (resume_version_id);

CREATE TABLE application_stages (
    id                text COLLATE "C" PRIMARY KEY,
    user_id           text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id    text COLLATE "C" NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    stage_name        text NOT NULL,
    stage_type        text CHECK (stage_type IN ('Recruiter Call', 'Phone Screen', 'Technical', 'Coding Challenge',
                          'Take-Home', 'System Design', 'Behavioral', 'Panel', 'Onsite', 'Final Round', 'Other')),
    stage_date        date NOT NULL,
    result            text NOT NULL DEFAULT 'Pending' CHECK (result IN ('Pending', 'Passed', 'Failed', 'Cancelled')),
    duration_minutes  integer,
    interviewer_names text,
    prep_notes        text,
    questions_asked   text NOT NULL DEFAULT '[]',
    notes             text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX application_stages_application_created_idx ON application_stages (application_id, created_at, id);
CREATE INDEX application_stages_user_idx ON application_stages (user_id);

CREATE TABLE outcomes (
    id                text COLLATE "C" PRIMARY KEY,
    user_id           text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id    text COLLATE "C" NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    status            text CHECK (status IN ('Offer', 'Rejected', 'Withdrawn')),
    salary            bigint,
    salary_currency   text NOT NULL DEFAULT 'USD',
    bonus             text,
    equity            text,
    benefits          text,
    start_date        date,
    deadline          date,
    negotiation_notes text,
    notes             text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL
);
CREATE INDEX outcomes_user_idx ON outcomes (user_id);

CREATE TABLE reflections (
    id               text COLLATE "C" PRIMARY KEY,
    user_id          text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id   text COLLATE "C" NOT NULL UNIQUE REFERENCES applications (id) ON DELETE CASCADE,
    what_worked      text,
    what_failed      text,
    skill_gaps_json  text,
    improvement_plan text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);
CREATE INDEX reflections_user_idx ON reflections (user_id);

CREATE TABLE activity_log (
    id             text COLLATE "C" PRIMARY KEY,
    user_id        text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id text COLLATE "C" REFERENCES applications (id) ON DELETE CASCADE,
    action         text NOT NULL,
    description    text NOT NULL,
    metadata_json  text NOT NULL DEFAULT '{}',
    created_at     timestamptz NOT NULL
);
CREATE INDEX activity_log_user_created_idx ON activity_log (user_id, created_at, id);
CREATE INDEX activity_log_application_created_idx ON activity_log (application_id, created_at, id);
