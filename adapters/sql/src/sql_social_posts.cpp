// Posts (migrations 003, 004). Reaction counts are scalar subqueries in the listing statement, and the feeds
// filter by visibility in SQL, so a page is never short.
#include "sql_social_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

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

}  // namespace

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

}  // namespace offertracker::adapters::sql
