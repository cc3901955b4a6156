-- The seeker's tracker (SQLite): contacts, documents, reminders, tags, saved jobs and milestones.
-- As in 001: TEXT dates and fixed-width TEXT timestamps, every seeker table keyed by user_id (the
-- distribution key), and the foreign keys carry the rules of docs/behaviour.md §8: what hangs off an application goes
-- with it (CASCADE), while contacts and saved jobs are only unlinked (SET NULL).
CREATE TABLE contacts (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id TEXT REFERENCES applications (id) ON DELETE SET NULL,
    name           TEXT NOT NULL,
    email          TEXT,
    phone          TEXT,
    role_title     TEXT,
    company        TEXT,
    contact_type   TEXT NOT NULL DEFAULT 'Other'
                   CHECK (contact_type IN ('Recruiter', 'Hiring Manager', 'Referral', 'HR', 'Peer', 'Other')),
    linkedin_url   TEXT,
    notes          TEXT,
    last_contacted TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX contacts_user_created_idx ON contacts (user_id, created_at, id);
CREATE INDEX contacts_application_idx ON contacts (application_id);

CREATE TABLE application_documents (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    doc_type       TEXT NOT NULL DEFAULT 'Other'
                   CHECK (doc_type IN ('Resume', 'Cover Letter', 'Portfolio', 'Reference', 'Other')),
    name           TEXT NOT NULL,
    file_url       TEXT,
    notes          TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX application_documents_application_created_idx ON application_documents (application_id, created_at, id);
CREATE INDEX application_documents_user_idx ON application_documents (user_id);

CREATE TABLE reminders (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id TEXT REFERENCES applications (id) ON DELETE CASCADE,
    title          TEXT NOT NULL,
    description    TEXT,
    remind_at      TEXT NOT NULL,
    reminder_type  TEXT NOT NULL DEFAULT 'General'
                   CHECK (reminder_type IN ('Follow-up', 'Deadline', 'Interview', 'General')),
    is_completed   INTEGER NOT NULL DEFAULT 0 CHECK (is_completed IN (0, 1)),
    completed_at   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (is_completed = 0 OR completed_at IS NOT NULL)
);
CREATE INDEX reminders_user_remind_idx ON reminders (user_id, remind_at, id);
CREATE INDEX reminders_user_pending_remind_idx ON reminders (user_id, is_completed, remind_at, id);
CREATE INDEX reminders_application_idx ON reminders (application_id);

CREATE TABLE tags (
    id         TEXT PRIMARY KEY NOT NULL,
    user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    color      TEXT NOT NULL DEFAULT '#6366f1',
    created_at TEXT NOT NULL,
    UNIQUE (user_id, name)
);

CREATE TABLE application_tags (
    id             TEXT PRIMARY KEY NOT NULL,
    user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    tag_id         TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    created_at     TEXT NOT NULL,
    UNIQUE (application_id, tag_id)
);
CREATE INDEX application_tags_application_created_idx ON application_tags (application_id, created_at, id);
CREATE INDEX application_tags_tag_idx ON application_tags (tag_id);
CREATE INDEX application_tags_user_idx ON application_tags (user_id);

CREATE TABLE saved_jobs (
    id                          TEXT PRIMARY KEY NOT NULL,
    user_id                     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_name                TEXT NOT NULL,
    role_title                  TEXT,
    url                         TEXT,
    company_website             TEXT,
    location                    TEXT,
    job_type                    TEXT CHECK (job_type IN ('Full-time', 'Part-time', 'Contract', 'Internship', 'Freelance')),
    work_mode                   TEXT CHECK (work_mode IN ('Remote', 'Hybrid', 'On-site')),
    salary_range_min            INTEGER,
    salary_range_max            INTEGER,
    salary_currency             TEXT NOT NULL DEFAULT 'USD',
    priority                    TEXT NOT NULL DEFAULT 'Medium' CHECK (priority IN ('High', 'Medium', 'Low')),
    source                      TEXT,
    notes                       TEXT,
    deadline                    TEXT,
    excitement_level            INTEGER,
    status                      TEXT NOT NULL DEFAULT 'Active' CHECK (status IN ('Active', 'Archived', 'Converted')),
    converted_to_application_id TEXT REFERENCES applications (id) ON DELETE SET NULL,
    created_at                  TEXT NOT NULL,
    updated_at                  TEXT NOT NULL
);
CREATE INDEX saved_jobs_user_created_idx ON saved_jobs (user_id, created_at, id);
CREATE INDEX saved_jobs_converted_idx ON saved_jobs (converted_to_application_id);

-- The catalogue is global (no user_id): it is the same for everyone and small enough to copy to every shard.
CREATE TABLE milestones (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL UNIQUE,
    description   TEXT NOT NULL,
    criteria_json TEXT NOT NULL DEFAULT '{}',
    created_at    TEXT NOT NULL
);

CREATE TABLE user_milestones (
    id           TEXT PRIMARY KEY NOT NULL,
    user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    milestone_id TEXT NOT NULL REFERENCES milestones (id) ON DELETE CASCADE,
    reached_at   TEXT NOT NULL,
    UNIQUE (user_id, milestone_id)
);
CREATE INDEX user_milestones_user_reached_idx ON user_milestones (user_id, reached_at, id);
CREATE INDEX user_milestones_milestone_idx ON user_milestones (milestone_id);

-- The 12 milestones of domain::milestone_definitions (same ids, names, descriptions, criteria), one second
-- apart so that created_at order is seed order. The in-memory store seeds the very same rows.
INSERT INTO milestones (id, name, description, criteria_json, created_at) VALUES
    ('00000000-0000-4000-a000-000000000001', 'Getting Started', 'You created your account and took the first step.',
     '{"action":"register"}', '2025-01-01T00:00:00.000000Z'),
    ('00000000-0000-4000-a000-000000000002', 'First Application', 'You applied to your first role. The journey begins.',
     '{"action":"create_application","count":1}', '2025-01-01T00:00:01.000000Z'),
    ('00000000-0000-4000-a000-000000000003', 'Building Momentum', 'Ten applications in. You are putting yourself out there.',
     '{"action":"create_application","count":10}', '2025-01-01T00:00:02.000000Z'),
    ('00000000-0000-4000-a000-000000000004', 'In the Zone', 'Twenty-five applications. Consistent effort pays off.',
     '{"action":"create_application","count":25}', '2025-01-01T00:00:03.000000Z'),
    ('00000000-0000-4000-a000-000000000005', 'Self-Reflective', 'You wrote your first reflection. Growth starts with honesty.',
     '{"action":"create_reflection","count":1}', '2025-01-01T00:00:04.000000Z'),
    ('00000000-0000-4000-a000-000000000006', 'Growth Mindset', 'Ten reflections. You are learning from every experience.',
     '{"action":"create_reflection","count":10}', '2025-01-01T00:00:05.000000Z'),
    ('00000000-0000-4000-a000-000000000007', 'One Week Strong', 'Seven consecutive days of activity. Consistency is key.',
     '{"action":"streak","days":7}', '2025-01-01T00:00:06.000000Z'),
    ('00000000-0000-4000-a000-000000000008', 'Thirty Day Streak', 'A full month of showing up. That takes real dedication.',
     '{"action":"streak","days":30}', '2025-01-01T00:00:07.000000Z'),
    ('00000000-0000-4000-a000-000000000009', 'Connected', 'You are following five people. Job searching is better together.',
     '{"action":"follow","count":5}', '2025-01-01T00:00:08.000000Z'),
    ('00000000-0000-4000-a000-000000000010', 'Part of a Circle', 'You joined your first group. Shared journeys go further.',
     '{"action":"join_group","count":1}', '2025-01-01T00:00:09.000000Z'),
    ('00000000-0000-4000-a000-000000000011', 'Sharing Insights', 'You shared your first post. Helping others helps you grow.',
     '{"action":"create_post","count":1}', '2025-01-01T00:00:10.000000Z'),
    ('00000000-0000-4000-a000-000000000012', 'Offer Received', 'You received a job offer. All the effort was worth it.',
     '{"action":"outcome_offer","count":1}', '2025-01-01T00:00:11.000000Z');
