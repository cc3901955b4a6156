-- The Pipeline dialect (PostgreSQL): a Pipeline job is an application, so its fields are columns of applications
-- (docs/pipeline.md §4), plus the import runs of the posting importer.
--
-- url_key is the normalised job URL (pipeline::job_url_key, C++: the migrator fills it for existing rows) that
-- imports upsert by. deleted_at marks a soft delete; every read of both dialects skips such rows, and the partial
-- index keeps "the user's deleted applications" (what the per-user child lists exclude) one small lookup.

ALTER TABLE applications ADD COLUMN url_key text;
ALTER TABLE applications ADD COLUMN ai_match_score integer CHECK (ai_match_score BETWEEN 0 AND 100);
ALTER TABLE applications ADD COLUMN ai_reasoning text;
ALTER TABLE applications ADD COLUMN applied_at timestamptz;
ALTER TABLE applications ADD COLUMN interview_at timestamptz;
ALTER TABLE applications ADD COLUMN offer_at timestamptz;
ALTER TABLE applications ADD COLUMN rejected_at timestamptz;
ALTER TABLE applications ADD COLUMN deleted_at timestamptz;

CREATE INDEX applications_user_url_key_idx ON applications (user_id, url_key) WHERE url_key IS NOT NULL;
CREATE INDEX applications_user_updated_idx ON applications (user_id, updated_at, id);
CREATE INDEX applications_user_score_idx ON applications (user_id, ai_match_score, id);
CREATE INDEX applications_user_company_idx ON applications (user_id, company_name, id);
CREATE INDEX applications_deleted_idx ON applications (user_id, deleted_at) WHERE deleted_at IS NOT NULL;

CREATE TABLE scraper_runs (
    id          text PRIMARY KEY NOT NULL,
    user_id     text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    url         text NOT NULL,
    status      text NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    job_id      text REFERENCES applications (id) ON DELETE SET NULL,
    created     boolean NOT NULL DEFAULT false,
    error       text,
    created_at  timestamptz NOT NULL,
    finished_at timestamptz
);
CREATE INDEX scraper_runs_unfinished_idx ON scraper_runs (status, created_at) WHERE status IN ('queued', 'running');
CREATE INDEX scraper_runs_user_idx ON scraper_runs (user_id);
