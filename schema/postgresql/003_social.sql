-- The social layer (PostgreSQL): follows, groups and their members, shared posts and reactions. Same conventions (ids in the "C" collation)
-- as 001/002; every user reference cascades, while a post outlives its group (group_id SET NULL).

CREATE TABLE follows (
    id           text COLLATE "C" PRIMARY KEY,
    follower_id  text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    following_id text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    UNIQUE (follower_id, following_id),
    CHECK (follower_id <> following_id)
);
-- The UNIQUE key serves the (follower_id, following_id) visibility lookup; these serve the lists and counts.
CREATE INDEX follows_follower_created_idx ON follows (follower_id, created_at, id);
CREATE INDEX follows_following_created_idx ON follows (following_id, created_at, id);

CREATE TABLE groups (
    id          text COLLATE "C" PRIMARY KEY,
    name        text NOT NULL,
    description text,
    created_by  text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    is_public   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL
);
CREATE INDEX groups_public_created_idx ON groups (is_public, created_at, id);
CREATE INDEX groups_created_by_idx ON groups (created_by);

CREATE TABLE group_members (
    id        text COLLATE "C" PRIMARY KEY,
    group_id  text COLLATE "C" NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    user_id   text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role      text NOT NULL DEFAULT 'member' CHECK (role IN ('admin', 'member')),
    joined_at timestamptz NOT NULL,
    UNIQUE (group_id, user_id)
);
-- The UNIQUE key serves member counts and "is a member"; these serve the ordered lists and share-a-group.
CREATE INDEX group_members_group_joined_idx ON group_members (group_id, joined_at, id);
CREATE INDEX group_members_user_joined_idx ON group_members (user_id, joined_at, id);

CREATE TABLE shared_posts (
    id         text COLLATE "C" PRIMARY KEY,
    user_id    text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    group_id   text COLLATE "C" REFERENCES groups (id) ON DELETE SET NULL,
    post_type  text NOT NULL DEFAULT 'Update'
               CHECK (post_type IN ('Update', 'Tip', 'Milestone', 'Question', 'Resource', 'Celebration')),
    title      text,
    content    text NOT NULL,
    is_public  boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL,
    updated_at timestamptz NOT NULL
);
CREATE INDEX shared_posts_public_created_idx ON shared_posts (is_public, created_at, id);
CREATE INDEX shared_posts_group_created_idx ON shared_posts (group_id, created_at, id);
CREATE INDEX shared_posts_user_created_idx ON shared_posts (user_id, created_at, id);

-- One reaction per user per post (the seed's replace semantics), not the reference's (post, user, reaction).
CREATE TABLE post_reactions (
    id         text COLLATE "C" PRIMARY KEY,
    post_id    text COLLATE "C" NOT NULL REFERENCES shared_posts (id) ON DELETE CASCADE,
    user_id    text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    reaction   text NOT NULL DEFAULT 'Like' CHECK (reaction IN ('Like', 'Celebrate', 'Support', 'Insightful')),
    created_at timestamptz NOT NULL,
    UNIQUE (post_id, user_id)
);
CREATE INDEX post_reactions_user_idx ON post_reactions (user_id);

-- The community list: public profiles by last activity.
CREATE INDEX users_visibility_active_idx ON users (profile_visibility, last_active_date);
