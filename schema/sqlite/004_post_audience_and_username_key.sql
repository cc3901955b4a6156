-- Two hardening fixes (SQLite).
--
-- 1. A post's audience, fixed when it is written: 'group_members' for a post written into a private group
--    (its members and its author only, whatever later happens to the group), else 'anyone'. Existing posts:
--    a post in a group that is private now, or that was changed after the post was written (it may have been
--    private then; no history says), becomes 'group_members'. A post whose group was deleted before this
--    migration has lost its group_id, so nothing tells it apart from an ordinary post: it stays 'anyone'.
--    The repositories always write the column; the default is only there because SQLite adds a NOT NULL
--    column with one.
ALTER TABLE shared_posts ADD COLUMN audience TEXT NOT NULL DEFAULT 'anyone'
    CHECK (audience IN ('anyone', 'group_members'));
UPDATE shared_posts SET audience = 'group_members'
 WHERE EXISTS (SELECT 1 FROM groups g
                WHERE g.id = shared_posts.group_id AND (g.is_public = 0 OR g.updated_at > shared_posts.created_at));
-- The everyone feed filters on both flags.
DROP INDEX shared_posts_public_created_idx;
CREATE INDEX shared_posts_public_created_idx ON shared_posts (is_public, audience, created_at, id);

-- 2. One account per name whatever its case: username_key is domain::username_key(username) (case-folded,
--    hidden characters dropped). The key is computed in C++, so the migrator fills it for existing rows right
--    after this script, in the same transaction. Existing look-alikes must not fail the migration: the oldest
--    account (created_at, then id) of a group gets rank 0, the later ones 1, 2, ... and keep their names.
--    New and renamed accounts always take rank 0, so the unique (key, rank) index admits one live owner per
--    key even when two requests race; the use cases' look-up by key also sees the ranked look-alikes.
ALTER TABLE users ADD COLUMN username_key TEXT;
ALTER TABLE users ADD COLUMN username_key_rank INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX users_username_key_idx ON users (username_key, username_key_rank);
