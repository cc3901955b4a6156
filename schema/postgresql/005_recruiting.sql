-- The Recruiting aggregate (PostgreSQL): organisations, their members, jobs, candidates, the pipeline with its
-- history, match logs and the webhook outbox. Its own tables, touched by no seeker repository. Timestamps are
-- timestamptz, as in 001; lists (skills, webhook events) are JSON array text (not jsonb, so they round-trip byte
-- for byte), as questions_asked is.
--
-- Ids are integers the store assigns (identity columns), never handed out twice, so an id a client or a webhook
-- receiver has seen keeps naming one record. Text compared or searched case-insensitively folds ASCII letters
-- only (translate, not the locale's lower()), as SQLite and the in-memory store do.
--
-- Every table but the organisations carries org_id, the key that scopes every query. A child names its parent by
-- (org_id, parent id), with a foreign key to the parent's UNIQUE (org_id, id): a row can never hang off another
-- org's record, and the cascades (a job takes its applications, their history and its match logs; a webhook its
-- deliveries and their attempts) follow those keys. The UNIQUE (org_id, id) indexes also serve the org's lists,
-- newest (highest id) first. Who did something (created_by_user_id, changed_by_user_id, requested_by_user_id) is a
-- plain column: members are deactivated, never deleted, so they need no foreign key to stay meaningful.

CREATE TABLE recruiting_organizations (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL,
    created_at timestamptz NOT NULL
);

CREATE TABLE recruiting_members (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id         bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    email         text NOT NULL,
    full_name     text NOT NULL,
    role          text NOT NULL CHECK (role IN ('org_admin', 'recruiter', 'viewer')),
    password_hash text NOT NULL,
    active        boolean NOT NULL,
    created_at    timestamptz NOT NULL
);
-- The login name: one member per email in all organisations, whatever its (ASCII) case.
CREATE UNIQUE INDEX recruiting_members_email_idx
    ON recruiting_members ((translate(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')));
CREATE INDEX recruiting_members_org_idx ON recruiting_members (org_id, id);

CREATE TABLE recruiting_jobs (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id               bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    created_by_user_id  bigint NOT NULL,
    title               text NOT NULL,
    department          text,
    location            text,
    employment_type     text,
    remote_option       text,
    salary_min          bigint,
    salary_max          bigint,
    currency            text,
    description         text,
    required_skills     text NOT NULL DEFAULT '[]',
    nice_to_have_skills text NOT NULL DEFAULT '[]',
    min_years           integer,
    status              text NOT NULL CHECK (status IN ('open', 'on_hold', 'closed')),
    is_public           boolean NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL,
    UNIQUE (org_id, id)
);
CREATE INDEX recruiting_jobs_org_status_idx ON recruiting_jobs (org_id, status, id);

CREATE TABLE recruiting_candidates (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id            bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    full_name        text NOT NULL,
    headline         text,
    location         text,
    experience_years integer,
    current_title    text,
    current_company  text,
    linkedin_url     text,
    github_url       text,
    website_url      text,
    notes            text,
    email            text,
    phone            text,
    skills           text NOT NULL DEFAULT '[]',
    resume_text      text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    UNIQUE (org_id, id)
);
-- find_similar: the same email in any case, or one of the profile URLs exactly.
CREATE INDEX recruiting_candidates_email_idx
    ON recruiting_candidates (org_id, (translate(email, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')));
CREATE INDEX recruiting_candidates_linkedin_idx ON recruiting_candidates (org_id, linkedin_url);
CREATE INDEX recruiting_candidates_github_idx ON recruiting_candidates (org_id, github_url);
CREATE INDEX recruiting_candidates_website_idx ON recruiting_candidates (org_id, website_url);

CREATE TABLE recruiting_applications (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id        bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    job_id       bigint NOT NULL,
    candidate_id bigint NOT NULL,
    status       text NOT NULL
                 CHECK (status IN ('sourced', 'applied', 'screening', 'interview', 'offer', 'hired', 'rejected')),
    source       text NOT NULL CHECK (source IN ('manual', 'referral', 'import', 'sourced')),
    fit_score    integer,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    UNIQUE (org_id, id),
    -- One application per candidate and job.
    UNIQUE (job_id, candidate_id),
    FOREIGN KEY (org_id, job_id) REFERENCES recruiting_jobs (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, candidate_id) REFERENCES recruiting_candidates (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_applications_job_idx ON recruiting_applications (org_id, job_id, id);
CREATE INDEX recruiting_applications_candidate_idx ON recruiting_applications (org_id, candidate_id, id);

CREATE TABLE recruiting_status_changes (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id              bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    application_id     bigint NOT NULL,
    from_status        text
                       CHECK (from_status IN ('sourced', 'applied', 'screening', 'interview', 'offer', 'hired',
                                              'rejected')),
    to_status          text NOT NULL
                       CHECK (to_status IN ('sourced', 'applied', 'screening', 'interview', 'offer', 'hired',
                                            'rejected')),
    changed_by_user_id bigint NOT NULL,
    changed_at         timestamptz NOT NULL,
    FOREIGN KEY (org_id, application_id) REFERENCES recruiting_applications (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_status_changes_application_idx ON recruiting_status_changes (org_id, application_id, id);

CREATE TABLE recruiting_match_logs (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id                bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    job_id               bigint NOT NULL,
    candidate_id         bigint NOT NULL,
    score                integer NOT NULL,
    strategy             text NOT NULL CHECK (strategy IN ('naive', 'openai')),
    reason               text NOT NULL,
    requested_by_user_id bigint NOT NULL,
    created_at           timestamptz NOT NULL,
    FOREIGN KEY (org_id, job_id) REFERENCES recruiting_jobs (org_id, id) ON DELETE CASCADE,
    FOREIGN KEY (org_id, candidate_id) REFERENCES recruiting_candidates (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_match_logs_org_idx ON recruiting_match_logs (org_id, id);
CREATE INDEX recruiting_match_logs_job_idx ON recruiting_match_logs (org_id, job_id);
CREATE INDEX recruiting_match_logs_candidate_idx ON recruiting_match_logs (org_id, candidate_id);

CREATE TABLE recruiting_webhooks (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id     bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    url        text NOT NULL,
    secret     text NOT NULL,
    events     text NOT NULL DEFAULT '[]',
    active     boolean NOT NULL,
    created_at timestamptz NOT NULL,
    UNIQUE (org_id, id)
);

-- The outbox: one row per event and endpoint, written in the transaction of the change it announces.
CREATE TABLE recruiting_webhook_deliveries (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id           bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    endpoint_id     bigint NOT NULL,
    event           text NOT NULL
                    CHECK (event IN ('job.created', 'candidate.created', 'match.created',
                                     'application.status_changed')),
    payload         text NOT NULL,
    state           text NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts        integer NOT NULL,
    next_attempt_at timestamptz NOT NULL,
    created_at      timestamptz NOT NULL,
    delivered_at    timestamptz,
    UNIQUE (org_id, id),
    FOREIGN KEY (org_id, endpoint_id) REFERENCES recruiting_webhooks (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_webhook_deliveries_endpoint_idx ON recruiting_webhook_deliveries (org_id, endpoint_id, id);
-- The dispatcher's claim: pending rows due by now, oldest due first.
CREATE INDEX recruiting_webhook_deliveries_due_idx ON recruiting_webhook_deliveries (state, next_attempt_at, id);

CREATE TABLE recruiting_delivery_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    org_id       bigint NOT NULL REFERENCES recruiting_organizations (id) ON DELETE CASCADE,
    delivery_id  bigint NOT NULL,
    attempt      integer NOT NULL,
    attempted_at timestamptz NOT NULL,
    status_code  integer,
    error        text NOT NULL,
    duration_ms  bigint NOT NULL,
    FOREIGN KEY (org_id, delivery_id) REFERENCES recruiting_webhook_deliveries (org_id, id) ON DELETE CASCADE
);
CREATE INDEX recruiting_delivery_attempts_delivery_idx ON recruiting_delivery_attempts (org_id, delivery_id, id);
