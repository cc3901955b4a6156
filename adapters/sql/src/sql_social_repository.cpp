// Follows, groups, members, posts and reactions (migration 003). The unique keys, the self-follow check and
// the cascades are the schema's, so racing transactions cannot break them; counts are scalar subqueries in
// the listing statement itself, each an index lookup, so a list costs one statement whatever its length.
#include "sql_social_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"
#include "user_rows.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view follow_columns = "id, follower_id, following_id, created_at";

domain::follow read_follow(const text_row& r) {
    domain::follow f;
    f.id = r.text(0);
    f.follower_id = r.text(1);
    f.following_id = r.text(2);
    f.created_at = r.timestamp(3);
    return f;
}

// The group columns qualified by g, then its member count.
constexpr std::string_view group_view_columns =
    "g.id, g.name, g.description, g.created_by, g.is_public, g.created_at, g.updated_at, "
    "(SELECT COUNT(*) FROM group_members c WHERE c.group_id = g.id)";

domain::group_view read_group_view(const text_row& r) {
    domain::group_view v;
    v.group.id = r.text(0);
    v.group.name = r.text(1);
    v.group.description = r.optional_text(2);
    v.group.created_by = r.text(3);
    v.group.is_public = r.boolean(4);
    v.group.created_at = r.timestamp(5);
    v.group.updated_at = r.timestamp(6);
    v.member_count = r.integer(7);
    return v;
}

void bind_group(query& q, const domain::group& g) {
    q.bind("id", g.id)
        .bind("name", g.name)
        .bind("description", g.description)
        .bind("created_by", g.created_by)
        .bind("is_public", g.is_public)
        .bind("created_at", g.created_at)
        .bind("updated_at", g.updated_at);
}

constexpr std::string_view member_columns = "id, group_id, user_id, role, joined_at";

domain::group_member read_member(const text_row& r) {
    domain::group_member m;
    m.id = r.text(0);
    m.group_id = r.text(1);
    m.user_id = r.text(2);
    m.role = stored_enum<domain::group_role>(r.text(3), "group_members.role");
    m.joined_at = r.timestamp(4);
    return m;
}

// The post columns qualified by p, then its reaction count.
constexpr std::string_view post_view_columns =
    "p.id, p.user_id, p.group_id, p.post_type, p.title, p.content, p.is_public, p.created_at, p.updated_at, "
    "p.audience, (SELECT COUNT(*) FROM post_reactions c WHERE c.post_id = p.id)";
constexpr std::size_t post_view_column_count = 11;

domain::post_view read_post_view(const text_row& r) {
    domain::post_view v;
    v.post.id = r.text(0);
    v.post.user_id = r.text(1);
    v.post.group_id = r.optional_text(2);
    v.post.post_type = stored_enum<domain::post_type>(r.text(3), "shared_posts.post_type");
    v.post.title = r.optional_text(4);
    v.post.content = r.text(5);
    v.post.is_public = r.boolean(6);
    v.post.created_at = r.timestamp(7);
    v.post.updated_at = r.timestamp(8);
    v.post.audience = stored_enum<domain::post_audience>(r.text(9), "shared_posts.audience");
    v.reaction_count = r.integer(10);
    return v;
}

void bind_post(query& q, const domain::post& p) {
    q.bind("id", p.id)
        .bind("user_id", p.user_id)
        .bind("group_id", p.group_id)
        .bind("post_type", domain::to_string(p.post_type))
        .bind("title", p.title)
        .bind("content", p.content)
        .bind("is_public", p.is_public)
        .bind("created_at", p.created_at)
        .bind("updated_at", p.updated_at);
}

// The everyone-may-see part of domain::may_view_post (written for anyone, public), as SQL on p.
constexpr std::string_view open_post = "p.audience = 'anyone' AND p.is_public = :is_public";

bool any_row(query&& q) {
    bool found = false;
    q.each(1, [&](const text_row&) { found = true; });
    return found;
}

}  // namespace

// --- follows

void sql_social_repository::follow(const domain::follow& f) {
    guarded("follows.insert", [&] {
        query(session_, "INSERT INTO follows (" + std::string{follow_columns} +
                            ") VALUES (:id, :follower_id, :following_id, :created_at)")
            .bind("id", f.id)
            .bind("follower_id", f.follower_id)
            .bind("following_id", f.following_id)
            .bind("created_at", f.created_at)
            .run();
    });
}

bool sql_social_repository::unfollow(const domain::id& follower_id, const domain::id& following_id) {
    return guarded("follows.remove", [&] {
        return query(session_, "DELETE FROM follows WHERE follower_id = :follower_id AND following_id = :following_id")
                   .bind("follower_id", follower_id)
                   .bind("following_id", following_id)
                   .run() > 0;
    });
}

bool sql_social_repository::follows(const domain::id& follower_id, const domain::id& following_id) {
    return guarded("follows.exists", [&] {
        return any_row(
            std::move(query(session_,
                            "SELECT 1 FROM follows WHERE follower_id = :follower_id AND following_id = :following_id")
                          .bind("follower_id", follower_id)
                          .bind("following_id", following_id)));
    });
}

std::vector<domain::follow> sql_social_repository::followers(const domain::id& user_id, ports::page p) {
    return guarded("follows.followers", [&] {
        std::vector<domain::follow> out;
        query(session_, "SELECT " + std::string{follow_columns} +
                            " FROM follows WHERE following_id = :user_id ORDER BY created_at DESC, id DESC "
                            "LIMIT :limit OFFSET :offset")
            .bind("user_id", user_id)
            .bind("limit", sql_limit(p))
            .bind("offset", sql_offset(p))
            .each(4, [&](const text_row& r) { out.push_back(read_follow(r)); });
        return out;
    });
}

std::vector<domain::follow> sql_social_repository::following(const domain::id& user_id, ports::page p) {
    return guarded("follows.following", [&] {
        std::vector<domain::follow> out;
        query(session_, "SELECT " + std::string{follow_columns} +
                            " FROM follows WHERE follower_id = :user_id ORDER BY created_at DESC, id DESC "
                            "LIMIT :limit OFFSET :offset")
            .bind("user_id", user_id)
            .bind("limit", sql_limit(p))
            .bind("offset", sql_offset(p))
            .each(4, [&](const text_row& r) { out.push_back(read_follow(r)); });
        return out;
    });
}

domain::follow_stats sql_social_repository::follow_stats(const domain::id& user_id) {
    return guarded("follows.stats", [&] {
        domain::follow_stats st;
        query(session_,
              "SELECT (SELECT COUNT(*) FROM follows WHERE following_id = :u1), "
              "(SELECT COUNT(*) FROM follows WHERE follower_id = :u2)")
            .bind("u1", user_id)
            .bind("u2", user_id)
            .each(2, [&](const text_row& r) {
                st.followers_count = r.integer(0);
                st.following_count = r.integer(1);
            });
        return st;
    });
}

// --- groups

void sql_social_repository::insert_group(const domain::group& g) {
    guarded("groups.insert", [&] {
        query q(session_,
                "INSERT INTO groups (id, name, description, created_by, is_public, created_at, updated_at) "
                "VALUES (:id, :name, :description, :created_by, :is_public, :created_at, :updated_at)");
        bind_group(q, g);
        q.run();
    });
}

void sql_social_repository::update_group(const domain::group& g) {
    guarded("groups.update", [&] {
        query q(session_,
                "UPDATE groups SET name = :name, description = :description, created_by = :created_by, "
                "is_public = :is_public, created_at = :created_at, updated_at = :updated_at WHERE id = :id");
        bind_group(q, g);
        q.run();
    });
}

void sql_social_repository::remove_group(const domain::id& group_id) {
    // Memberships go by ON DELETE CASCADE, posts stay by ON DELETE SET NULL (migration 003).
    guarded("groups.remove", [&] { query(session_, "DELETE FROM groups WHERE id = :id").bind("id", group_id).run(); });
}

std::vector<domain::group_view> sql_social_repository::list_groups(std::string_view context, const std::string& tail,
                                                                   const std::function<void(query&)>& bind) {
    return guarded(context, [&] {
        std::vector<domain::group_view> out;
        query q(session_, "SELECT " + std::string{group_view_columns} + " " + tail);
        bind(q);
        q.each(8, [&](const text_row& r) { out.push_back(read_group_view(r)); });
        return out;
    });
}

std::optional<domain::group_view> sql_social_repository::find_group(const domain::id& group_id) {
    auto found = list_groups("groups.find", "FROM groups g WHERE g.id = :id",
                             [&](query& q) { q.bind("id", group_id); });
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<domain::group_view> sql_social_repository::public_groups(ports::page p) {
    return list_groups("groups.public",
                       "FROM groups g WHERE g.is_public = :is_public ORDER BY g.created_at DESC, g.id DESC "
                       "LIMIT :limit OFFSET :offset",
                       [&](query& q) { q.bind("is_public", true).bind("limit", sql_limit(p)).bind("offset", sql_offset(p)); });
}

std::vector<domain::group_view> sql_social_repository::groups_of(const domain::id& user_id) {
    return list_groups("groups.of_user",
                       "FROM group_members m JOIN groups g ON g.id = m.group_id WHERE m.user_id = :user_id "
                       "ORDER BY m.joined_at, m.id",
                       [&](query& q) { q.bind("user_id", user_id); });
}

void sql_social_repository::add_member(const domain::group_member& m) {
    guarded("group_members.insert", [&] {
        query(session_, "INSERT INTO group_members (" + std::string{member_columns} +
                            ") VALUES (:id, :group_id, :user_id, :role, :joined_at)")
            .bind("id", m.id)
            .bind("group_id", m.group_id)
            .bind("user_id", m.user_id)
            .bind("role", domain::to_string(m.role))
            .bind("joined_at", m.joined_at)
            .run();
    });
}

bool sql_social_repository::remove_member(const domain::id& group_id, const domain::id& user_id) {
    return guarded("group_members.remove", [&] {
        return query(session_, "DELETE FROM group_members WHERE group_id = :group_id AND user_id = :user_id")
                   .bind("group_id", group_id)
                   .bind("user_id", user_id)
                   .run() > 0;
    });
}

bool sql_social_repository::is_member(const domain::id& group_id, const domain::id& user_id) {
    return guarded("group_members.exists", [&] {
        return any_row(std::move(
            query(session_, "SELECT 1 FROM group_members WHERE group_id = :group_id AND user_id = :user_id")
                .bind("group_id", group_id)
                .bind("user_id", user_id)));
    });
}

std::vector<domain::group_member> sql_social_repository::members(const domain::id& group_id) {
    return guarded("group_members.list", [&] {
        std::vector<domain::group_member> out;
        query(session_, "SELECT " + std::string{member_columns} +
                            " FROM group_members WHERE group_id = :group_id ORDER BY joined_at, id")
            .bind("group_id", group_id)
            .each(5, [&](const text_row& r) { out.push_back(read_member(r)); });
        return out;
    });
}

bool sql_social_repository::share_a_group(const domain::id& a, const domain::id& b) {
    return guarded("group_members.share", [&] {
        return any_row(std::move(query(session_,
                                       "SELECT 1 FROM group_members x JOIN group_members y ON y.group_id = x.group_id "
                                       "WHERE x.user_id = :a AND y.user_id = :b LIMIT 1")
                                     .bind("a", a)
                                     .bind("b", b)));
    });
}

// --- posts and reactions

void sql_social_repository::insert_post(const domain::post& p) {
    guarded("shared_posts.insert", [&] {
        query q(session_,
                "INSERT INTO shared_posts (id, user_id, group_id, post_type, title, content, is_public, created_at, "
                "updated_at, audience) VALUES (:id, :user_id, :group_id, :post_type, :title, :content, :is_public, "
                ":created_at, :updated_at, :audience)");
        bind_post(q, p);
        q.bind("audience", domain::to_string(p.audience));
        q.run();
    });
}

void sql_social_repository::update_post(const domain::post& p) {
    // audience is not in the SET list: it is fixed when the post is written.
    guarded("shared_posts.update", [&] {
        query q(session_,
                "UPDATE shared_posts SET user_id = :user_id, group_id = :group_id, post_type = :post_type, "
                "title = :title, content = :content, is_public = :is_public, created_at = :created_at, "
                "updated_at = :updated_at WHERE id = :id");
        bind_post(q, p);
        q.run();
    });
}

void sql_social_repository::remove_post(const domain::id& post_id) {
    // Reactions go by ON DELETE CASCADE.
    guarded("shared_posts.remove",
            [&] { query(session_, "DELETE FROM shared_posts WHERE id = :id").bind("id", post_id).run(); });
}

std::vector<domain::post_view> sql_social_repository::list_posts(std::string_view context, const std::string& where,
                                                                 const std::function<void(query&)>& bind,
                                                                 ports::page p) {
    return guarded(context, [&] {
        std::vector<domain::post_view> out;
        query q(session_, "SELECT " + std::string{post_view_columns} + " FROM shared_posts p WHERE " + where +
                              " ORDER BY p.created_at DESC, p.id DESC LIMIT :limit OFFSET :offset");
        bind(q);
        q.bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        q.each(post_view_column_count, [&](const text_row& r) { out.push_back(read_post_view(r)); });
        return out;
    });
}

std::optional<domain::post_view> sql_social_repository::find_post(const domain::id& post_id) {
    auto found = list_posts("shared_posts.find", "p.id = :id", [&](query& q) { q.bind("id", post_id); },
                            ports::page{0, 1});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
}

std::vector<domain::post_view> sql_social_repository::public_posts(ports::page p) {
    return list_posts("shared_posts.public",
                      std::string{open_post} +
                          " AND (p.group_id IS NULL OR EXISTS (SELECT 1 FROM groups g "
                          "WHERE g.id = p.group_id AND g.is_public = :group_is_public))",
                      [&](query& q) { q.bind("is_public", true).bind("group_is_public", true); }, p);
}

std::vector<domain::post_view> sql_social_repository::group_posts(const domain::id& group_id, bool viewer_is_member,
                                                                  ports::page p) {
    if (viewer_is_member)
        return list_posts("shared_posts.of_group", "p.group_id = :group_id",
                          [&](query& q) { q.bind("group_id", group_id); }, p);
    // A non-member reads a public group's feed (the use case refuses a private one), so the group's own
    // setting needs no check here.
    return list_posts("shared_posts.public_of_group", "p.group_id = :group_id AND " + std::string{open_post},
                      [&](query& q) { q.bind("group_id", group_id).bind("is_public", true); }, p);
}

std::vector<domain::post_view> sql_social_repository::posts_of(const domain::id& user_id, ports::page p) {
    return list_posts("shared_posts.of_user", "p.user_id = :user_id", [&](query& q) { q.bind("user_id", user_id); },
                      p);
}

domain::reaction sql_social_repository::react(const domain::reaction& r) {
    return guarded("post_reactions.react", [&] {
        // An upsert on the (post_id, user_id) key, never "look, then insert": a concurrent reaction by the same
        // user waits for the other transaction and then replaces its kind instead of failing on the key.
        // The stored row keeps its first id and created_at; the SELECT reads it back in this transaction.
        query(session_,
              "INSERT INTO post_reactions (id, post_id, user_id, reaction, created_at) "
              "VALUES (:id, :post_id, :user_id, :reaction, :created_at) "
              "ON CONFLICT (post_id, user_id) DO UPDATE SET reaction = excluded.reaction")
            .bind("id", r.id)
            .bind("post_id", r.post_id)
            .bind("user_id", r.user_id)
            .bind("reaction", domain::to_string(r.kind))
            .bind("created_at", r.created_at)
            .run();
        domain::reaction stored;
        query(session_,
              "SELECT id, post_id, user_id, reaction, created_at FROM post_reactions "
              "WHERE post_id = :post_id AND user_id = :user_id")
            .bind("post_id", r.post_id)
            .bind("user_id", r.user_id)
            .each(5, [&](const text_row& row) {
                stored.id = row.text(0);
                stored.post_id = row.text(1);
                stored.user_id = row.text(2);
                stored.kind = stored_enum<domain::reaction_type>(row.text(3), "post_reactions.reaction");
                stored.created_at = row.timestamp(4);
            });
        return stored;
    });
}

bool sql_social_repository::unreact(const domain::id& post_id, const domain::id& user_id) {
    return guarded("post_reactions.remove", [&] {
        return query(session_, "DELETE FROM post_reactions WHERE post_id = :post_id AND user_id = :user_id")
                   .bind("post_id", post_id)
                   .bind("user_id", user_id)
                   .run() > 0;
    });
}

// --- people

std::vector<domain::user> sql_social_repository::search_visible(const domain::id& viewer_id, std::string_view q,
                                                                ports::page p) {
    return guarded("users.search_visible", [&] {
        // domain::may_view_profile as SQL (docs/behaviour.md §10); the contract suite checks the two agree.
        // Every occurrence of the viewer has its own parameter (SOCI binds a name once per occurrence).
        std::vector<domain::user> out;
        const std::string pattern = like_pattern(q);
        query sql(session_,
                  "SELECT " + std::string{user_columns} + " FROM users WHERE (" + dialect_.ascii_lower("username") +
                      " LIKE :p1 ESCAPE '\\' OR " + dialect_.ascii_lower("display_name") +
                      " LIKE :p2 ESCAPE '\\') AND ("
                      "users.id = :v1 "
                      "OR profile_visibility = 'public' "
                      "OR (profile_visibility = 'followers' AND EXISTS (SELECT 1 FROM follows f "
                      "WHERE f.follower_id = :v2 AND f.following_id = users.id)) "
                      "OR (profile_visibility = 'groups' AND EXISTS (SELECT 1 FROM group_members x "
                      "JOIN group_members y ON y.group_id = x.group_id WHERE x.user_id = :v3 AND y.user_id = users.id))"
                      ") ORDER BY username LIMIT :limit OFFSET :offset");
        sql.bind("p1", pattern)
            .bind("p2", pattern)
            .bind("v1", viewer_id)
            .bind("v2", viewer_id)
            .bind("v3", viewer_id)
            .bind("limit", sql_limit(p))
            .bind("offset", sql_offset(p));
        sql.each(user_column_count, [&](const text_row& r) { out.push_back(read_user(r)); });
        return out;
    });
}

std::vector<domain::user> sql_social_repository::community(std::size_t limit) {
    return guarded("users.community", [&] {
        // "last_active_date IS NULL" sorts false (active) before true (never active) on both engines.
        std::vector<domain::user> out;
        query(session_, "SELECT " + std::string{user_columns} +
                            " FROM users WHERE profile_visibility = 'public' "
                            "ORDER BY last_active_date IS NULL, last_active_date DESC, username LIMIT :limit")
            .bind("limit", sql_limit(ports::page{0, limit}))
            .each(user_column_count, [&](const text_row& r) { out.push_back(read_user(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql
