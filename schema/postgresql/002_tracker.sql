-- The seeker's tracker (PostgreSQL): contacts, documents, reminders, tags, saved jobs and milestones.
-- As in 001: ids in the "C" collation, every seeker table keyed by user_id (the distribution key), and the
-- foreign keys carry the rules of docs/behaviour.md §8: what hangs off an application goes with it (CASCADE), while
-- contacts and saved jobs are only unlinked (SET NULL).
CREATE TABLE contacts (
    id             text COLLATE "C" PRIMARY KEY,
    user_id        text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id text COLLATE "C" REFERENCES applications (id) ON DELETE SET NULL,
    name           text NOT NULL,
    email          text,
    phone          text,
    role_title     text,
    company        text,
    contact_type   text NOT NULL DEFAULT 'Other'
                   CHECK (contact_type IN ('Recruiter', 'Hiring Manager', 'Referral', 'HR', 'Peer', 'Other')),
    linkedin_url   text,
    notes          text,
    last_contacted date,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX contacts_user_created_idx ON contacts (user_id, created_at, id);
CREATE INDEX contacts_application_idx ON contacts (application_id);

CREATE TABLE application_documents (
    id             text COLLATE "C" PRIMARY KEY,
    user_id        text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id text COLLATE "C" NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    doc_type       text NOT NULL DEFAULT 'Other'
                   CHECK (doc_type IN ('Resume', 'Cover Letter', 'Portfolio', 'Reference', 'Other')),
    name           text NOT NULL,
    file_url       text,
    notes          text,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);
CREATE INDEX application_documents_application_created_idx ON application_documents (application_id, created_at, id);
CREATE INDEX application_documents_user_idx ON application_documents (user_id);

CREATE TABLE reminders (
    id             text COLLATE "C" PRIMARY KEY,
    user_id        text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id text COLLATE "C" REFERENCES applications (id) ON DELETE CASCADE,
    title          text NOT NULL,
    description    text,
    remind_at      timestamptz NOT NULL,
    reminder_type  text NOT NULL DEFAULT 'General'
                   CHECK (reminder_type IN ('Follow-up', 'Deadline', 'Interview', 'General')),
    is_completed   boolean NOT NULL DEFAULT false,
    completed_at   timestamptz,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    CHECK (NOT is_completed OR completed_at IS NOT NULL)
);
CREATE INDEX reminders_user_remind_idx ON reminders (user_id, remind_at, id);
CREATE INDEX reminders_user_pending_remind_idx ON reminders (user_id, is_completed, remind_at, id);
CREATE INDEX reminders_application_idx ON reminders (application_id);

CREATE TABLE tags (
    id         text COLLATE "C" PRIMARY KEY,
    user_id    text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       text COLLATE "C" NOT NULL,
    color      text NOT NULL DEFAULT '#6366f1',
    created_at timestamptz NOT NULL,
    UNIQUE (user_id, name)
);

CREATE TABLE application_tags (
    id             text COLLATE "C" PRIMARY KEY,
    user_id        text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id text COLLATE "C" NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    tag_id         text COLLATE "C" NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    created_at     timestamptz NOT NULL,
    UNIQUE (application_id, tag_id)
);
CREATE INDEX application_tags_application_created_idx ON application_tags (application_id, created_at, id);
CREATE INDEX application_tags_tag_idx ON application_tags (tag_id);
CREATE INDEX application_tags_user_idx ON application_tags (user_id);

CREATE TABLE saved_jobs (
    id                          text COLLATE "C" PRIMARY KEY,
    user_id                     text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_name                text NOT NULL,
    role_title                  text,
    url                         text,
    company_website             text,
    location                    text,
    job_type                    text CHECK (job_type IN ('Full-time', 'Part-time', 'Contract', 'Internship', 'Freelance')),
    work_mode                   text CHECK (work_mode IN ('Remote', 'Hybrid', 'On-site')),
    salary_range_min            bigint,
    salary_range_max            bigint,
    salary_currency             text NOT NULL DEFAULT 'USD',
    priority                    text NOT NULL DEFAULT 'Medium' CHECK (priority IN ('High', 'Medium', 'Low')),
    source                      text,
    notes                       text,
    deadline                    date,
    excitement_level            integer,
    status                      text NOT NULL DEFAULT 'Active' CHECK (status IN ('Active', 'Archived', 'Converted')),
    converted_to_application_id text COLLATE "C" REFERENCES applications (id) ON DELETE SET NULL,
    created_at                  timestamptz NOT NULL,
    updated_at                  timestamptz NOT NULL
);
CREATE INDEX saved_jobs_user_created_idx ON saved_jobs (user_id, created_at, id);
CREATE INDEX saved_jobs_converted_idx ON saved_jobs (converted_to_application_id);

-- The catalogue is global (no user_id): it is the same for everyone and small enough to copy to every shard.
CREATE TABLE milestones (
    id            text COLLATE "C" PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    description   text NOT NULL,
    criteria_json text NOT NULL DEFAULT '{}',
    created_at    timestamptz NOT NULL
);

CREATE TABLE user_milestones (
    id           text COLLATE "C" PRIMARY KEY,
    user_id      text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    milestone_id text COLLATE "C" NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    reached_at   timestamptz NOT NULL,
    UNIQUE (user_id, milestone_id)
);
CREATE INDEX user_milestones_user_reached_idx ON user_milestones (user_id, reached_at, id);
CREATE INDEX user_milestones_milestone_idx ON user_milestones (milestone_id);

-- The 12 milestones of domain::milestone_definitions (same ids, names, descriptions, criteria), one second
-- apart so that created_at order is seed order. The in-memory store seeds the very same rows.
INSERT INTO milestones (id, name, description, criteria_json, created_at) VALUES
    ('00000000-0000-4000-a000-000000000001', 'Getting Started', 'You created your account and took the first step.',
     '{"action":"register"}', '2025-01-01 00:00:00+00'),
    ('00000000-0000-4000-a000-000000000002', 'First Application', 'You applied to your first role. The journey begins.',
     '{"action":"create_application","count":1}', '2025-01-01 00:00:01+00'),
    ('00000000-0000-4000-a000-000000000003', 'Building Momentum', 'Ten applications in. You are putting yourself out there.',
     '{"action":"create_application","count":10}', '2025-01-01 00:00:02+00'),
    ('00000000-0000-4000-a000-000000000004', 'In the Zone', 'Twenty-five applications. Consistent effort pays off.',
     '{"action":"create_application","count":25}', '2025-01-01 00:00:03+00'),
    ('00000000-0000-4000-a000-000000000005', 'Self-Reflective', 'You wrote your first reflection. Growth starts with honesty.',
     '{"action":"create_reflection","count":1}', '2025-01-01 00:00:04+00'),
    ('00000000-0000-4000-a000-000000000006', 'Growth Mindset', 'Ten reflections. You are learning from every experience.',
     '{"action":"create_reflection","count":10}', '2025-01-01 00:00:05+00'),
    ('00000000-0000-4000-a000-000000000007', 'One Week Strong', 'Seven consecutive days of activity. Consistency is key.',
     '{"action":"streak","days":7}', '2025-01-01 00:00:06+00'),
    ('00000000-0000-4000-a000-000000000008', 'Thirty Day Streak', 'A full month of showing up. That takes real dedication.',
     '{"action":"streak","days":30}', '2025-01-01 00:00:07+00'),
    ('00000000-0000-4000-a000-000000000009', 'Connected', 'You are following five people. Job searching is better together.',
     '{"action":"follow","count":5}', '2025-01-01 00:00:08+00'),
    ('00000000-0000-4000-a000-000000000010', 'Part of a Circle', 'You joined your first group. Shared journeys go further.',
     '{"action":"join_group","count":1}', '2025-01-01 00:00:09+00'),
    ('00000000-0000-4000-a000-000000000011', 'Sharing Insights', 'You shared your first post. Helping others helps you grow.',
     '{"action":"create_post","count":1}', '2025-01-01 00:00:10+00'),
    ('00000000-0000-4000-a000-000000000012', 'Offer Received', 'You received a job offer. All the effort was worth it.',
     '{"action":"outcome_offer","count":1}', '2025-01-01 00:00:11+00');
