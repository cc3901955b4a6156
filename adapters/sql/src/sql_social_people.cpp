// People: the user search under the profile-visibility rule, and the community list.
#include "sql_social_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"
#include "user_rows.hpp"

namespace offertracker::adapters::sql {

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
