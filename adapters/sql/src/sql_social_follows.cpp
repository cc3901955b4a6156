// Follows (migration 003): the unique key and the self-follow check are the schema's, so racing transactions
// cannot break them.
#include "sql_social_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"

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

}  // namespace

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

namespace {

// One user's follows, newest first, on either side: `column` is following_id (their followers) or follower_id
// (whom they follow); it is one of those two literals, never client text.
std::vector<domain::follow> follows_of(soci::session& session, std::string_view column, const domain::id& user_id,
                                       ports::page p) {
    std::vector<domain::follow> out;
    query(session, "SELECT " + std::string{follow_columns} + " FROM follows WHERE " + std::string{column} +
                       " = :user_id ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
        .bind("user_id", user_id)
        .bind("limit", sql_limit(p))
        .bind("offset", sql_offset(p))
        .each(4, [&](const text_row& r) { out.push_back(read_follow(r)); });
    return out;
}

}  // namespace

std::vector<domain::follow> sql_social_repository::followers(const domain::id& user_id, ports::page p) {
    return guarded("follows.followers", [&] { return follows_of(session_, "following_id", user_id, p); });
}

std::vector<domain::follow> sql_social_repository::following(const domain::id& user_id, ports::page p) {
    return guarded("follows.following", [&] { return follows_of(session_, "follower_id", user_id, p); });
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

}  // namespace offertracker::adapters::sql
