-- Two hardening fixes (PostgreSQL).
--
-- 1. A post's audience, fixed when it is written: 'group_members' for a post written into a private group
--    (its members and its author only, whatever later happens to the group), else 'anyone'. Existing posts:
--    a post in a group that is private now, or that was changed after the post was written (it may have been
--    private then; no history says), becomes 'group_members'. A post whose group was deleted before this
--    migration has lost its group_id, so nothing tells it apart from an ordinary post: it stays 'anyone'.
ALTER TABLE shared_posts ADD COLUMN audience text NOT NULL DEFAULT 'anyone'
    CHECK (audience IN ('anyone', 'group_members'));
UPDATE shared_posts SET audience = 'group_members'
 WHERE EXISTS (SELECT 1 FROM groups g
                WHERE g.id = shared_posts.group_id AND (NOT g.is_public OR g.updated_at > shared_posts.created_at));
-- The repositories always write the column: no default from now on.
ALTER TABLE shared_posts ALTER COLUMN audience DROP DEFAULT;
-- The everyone feed filters on both flags.
DROP INDEX shared_posts_public_created_idx;
CREATE INDEX shared_posts_public_created_idx ON shared_posts (is_public, audience, created_at, id);

-- 2. One account per name whatever its case: username_key is domain::username_key(username) (case-folded,
--    hidden characters dropped), unique, compared byte by byte. The key is computed in C++, so the migrator
--    fills it for existing rows right after this script, in the same transaction: the oldest account
--    (created_at, then id) of a group of look-alikes gets the key; the others keep their name and a NULL key
--    (a unique index allows many NULLs) until they rename themselves, so no existing account makes the
--    migration fail.
ALTER TABLE users ADD COLUMN username_key text COLLATE "C";
CREATE UNIQUE INDEX users_username_key_idx ON users (username_key);
