-- The Recruiting aggregate (SQLite): organisations, their members, jobs, candidates, the pipeline with its history,
-- match logs and the webhook outbox. Its own tables, touched by no seeker repository. Timestamps as in 001
-- ('YYYY-MM-DDTHH:MM:SS.ffffffZ'); lists (skills, webhook events) are JSON array text, as questions_asked is.
--
-- Ids are integers the store assigns. AUTOINCREMENT so that the id of a deleted row is never handed out again
-- (a plain INTEGER PRIMARY KEY reuses the highest one), as PostgreSQL's identity columns and the in-memory store's
-- counters never do: an id a client or a webhook receiver has seen keeps naming one record.
--
-- Every table but the organisations carries org_id, the key that scopes every query. A child names its parent by
-- (org_id, parent id), with a foreign key to the parent's UNIQUE (org_id, id): a row can never hang off another
-- org's record, and the cascades (a job takes its applications, their history and its match logs; a webhook its
-- deliveries and their attempts) follow those keys. The UNIQUE (org_id, id) indexes also serve the org's lists,
-- newest (highest id) first. Who did something (created_by_user_id, changed_by_user_id, requested_by_user_id) is a
-- plain column: members are deactivated, never deleted, so they need no foreign key to stay meaningful.

CREATE TABLE recruiting_organizations (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE recruiting_members (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id         INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    email         TEXT NOT NULL,
    full_name     TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('org_admin', 'recruiter', 'viewer')),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);
-- The login name: one member per email in all organisations, whatever its case (lower() folds ASCII only, as
-- the other stores do).
CREATE UNIQUE INDEX recruiting_members_email_idx ON recruiting_members (lower(email));
CREATE INDEX recruiting_members_org_idx ON recruiting_members (org_id, id);

CREATE TABLE recruiting_jobs (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id               INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    created_by_user_id  INTEGER NOT NULL,
    title               TEXT NOT NULL,
    department          TEXT,
    location            TEXT,
    employment_type     TEXT,
    remote_option       TEXT,
    salary_min          INTEGER,
    salary_max          INTEGER,
    currency            TEXT,
    description         TEXT,
    required_skills     TEXT NOT NULL DEFAULT '[]',
    nice_to_have_skills TEXT NOT NULL DEFAULT '[]',
    min_years           INTEGER,
    status              TEXT NOT NULL CHECK (status IN ('open', 'on_hold', 'closed')),
    is_public           INTEGER NOT NULL CHECK (is_public IN (0, 1)),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    UNIQUE (org_id, id)
);
CREATE INDEX recruiting_jobs_org_status_idx ON recruiting_jobs (org_id, status, id);

CREATE TABLE recruiting_candidates (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id            INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    full_name        TEXT NOT NULL,
    headline         TEXT,
    location         TEXT,
    experience_years INTEGER,
    current_title    TEXT,
    current_company  TEXT,
    linkedin_url     TEXT,
    github_url       TEXT,
    website_url      TEXT,
    notes            TEXT,
    email            TEXT,
    phone            TEXT,
    skills           TEXT NOT NULL DEFAULT '[]',
    resume_text      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    UNIQUE (org_id, id)
);
-- find_similar: the same email in any case, or one of the profile URLs exactly.
CREATE INDEX recruiting_candidates_email_idx ON recruiting_candidates (org_id, lower(email));
CREATE INDEX recruiting_candidates_linkedin_idx ON recruiting_candidates (org_id, linkedin_url);
CREATE INDEX recruiting_candidates_github_idx ON recruiting_candidates (org_id, github_url);
CREATE INDEX recruiting_candidates_website_idx ON recruiting_candidates (org_id, website_url);

CREATE TABLE recruiting_applications (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id        INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    job_id       INTEGER NOT NULL,
    candidate_id INTEGER NOT NULL,
    status       TEXT NOT NULL
                 CHECK (status IN ('sourced', 'applied', 'screening', 'interview', 'offer', 'hired', 'rejected')),
    source       TEXT NOT NULL CHECK (source IN ('manual', 'referral', 'import', 'sourced')),
    fit_score    INTEGER,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (org_id, id),
    -- One application per candidate and job.
    UNIQUE (job_id, candidate_id),
    FOREIGN KEY (org_id, job_id) REFERENCES recruiting_jobs (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, candidate_id) REFERENCES recruiting_candidates (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_applications_job_idx ON recruiting_applications (org_id, job_id, id);
CREATE INDEX recruiting_applications_candidate_idx ON recruiting_applications (org_id, candidate_id, id);

CREATE TABLE recruiting_status_changes (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id              INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    application_id     INTEGER NOT NULL,
    from_status        TEXT
                       CHECK (from_status IN ('sourced', 'applied', 'screening', 'interview', 'offer', 'hired',
                                              'rejected')),
    to_status          TEXT NOT NULL
                       CHECK (to_status IN ('sourced', 'applied', 'screening', 'interview', 'offer', 'hired',
                                            'rejected')),
    changed_by_user_id INTEGER NOT NULL,
    changed_at         TEXT NOT NULL,
    FOREIGN KEY (org_id, application_id) REFERENCES recruiting_applications (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_status_changes_application_idx ON recruiting_status_changes (org_id, application_id, id);

CREATE TABLE recruiting_match_logs (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id                INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    job_id               INTEGER NOT NULL,
    candidate_id         INTEGER NOT NULL,
    score                INTEGER NOT NULL,
    strategy             TEXT NOT NULL CHECK (strategy IN ('naive', 'openai')),
    reason               TEXT NOT NULL,
    requested_by_user_id INTEGER NOT NULL,
    created_at           TEXT NOT NULL,
    FOREIGN KEY (org_id, job_id) REFERENCES recruiting_jobs (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, candidate_id) REFERENCES recruiting_candidates (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_match_logs_org_idx ON recruiting_match_logs (org_id, id);
CREATE INDEX recruiting_match_logs_job_idx ON recruiting_match_logs (org_id, job_id);
CREATE INDEX recruiting_match_logs_candidate_idx ON recruiting_match_logs (org_id, candidate_id);

CREATE TABLE recruiting_webhooks (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id     INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    secret     TEXT NOT NULL,
    events     TEXT NOT NULL DEFAULT '[]',
    active     INTEGER NOT NULL CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    UNIQUE (org_id, id)
);

-- The outbox: one row per event and endpoint, written in the transaction of the change it announces.
CREATE TABLE recruiting_webhook_deliveries (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id           INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    endpoint_id     INTEGER NOT NULL,
    event           TEXT NOT NULL
                    CHECK (event IN ('job.created', 'candidate.created', 'match.created',
                                     'application.status_changed')),
    payload         TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        INTEGER NOT NULL,
    next_attempt_at TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    delivered_at    TEXT,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, endpoint_id) REFERENCES recruiting_webhooks (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_webhook_deliveries_endpoint_idx ON recruiting_webhook_deliveries (org_id, endpoint_id, id);
-- The dispatcher's claim: pending rows due by now, oldest due first.
CREATE INDEX recruiting_webhook_deliveries_due_idx ON recruiting_webhook_deliveries (state, next_attempt_at, id);

CREATE TABLE recruiting_delivery_attempts (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    org_id       INTEGER NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    delivery_id  INTEGER NOT NULL,
    attempt      INTEGER NOT NULL,
    attempted_at TEXT NOT NULL,
    status_code  INTEGER,
    error        TEXT NOT NULL,
    duration_ms  INTEGER NOT NULL,
    FOREIGN KEY (org_id, delivery_id) REFERENCES recruiting_webhook_deliveries (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_delivery_attempts_delivery_idx ON recruiting_delivery_attempts (org_id, delivery_id, id);
