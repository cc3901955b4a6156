// Users: the only table without user_id (it is the user); search_public escapes LIKE wildcards itself.
// username_key (migration 004) is written from domain::username_key here, so no caller can get it wrong.
#include "sql_user_repository.hpp"

#include <offertracker/domain/username.hpp>
#include <offertracker/ports/storage_error.hpp>

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"
#include "user_rows.hpp"

namespace offertracker::adapters::sql {

domain::user read_user(const text_row& r) {
    domain::user u;
    u.id = r.text(0);
    u.email = r.text(1);
    u.username = r.text(2);
    u.display_name = r.optional_text(3);
    u.bio = r.optional_text(4);
    u.password_hash = r.text(5);
    u.is_profile_public = r.boolean(6);
    const auto visibility = domain::parse_enum<domain::profile_visibility>(r.text(7));
    if (!visibility) throw ports::storage_error("users: unknown profile_visibility in the database");
    u.visibility = *visibility;
    u.streak_days = static_cast<int>(r.integer(8));
    u.last_active_date = r.optional_date(9);
    u.created_at = r.timestamp(10);
    u.updated_at = r.timestamp(11);
    return u;
}

namespace {

void bind_user(query& q, const domain::user& u) {
    q.bind("id", u.id)
        .bind("email", u.email)
        .bind("username", u.username)
        .bind("display_name", u.display_name)
        .bind("bio", u.bio)
        .bind("password_hash", u.password_hash)
        .bind("is_profile_public", u.is_profile_public)
        .bind("profile_visibility", domain::to_string(u.visibility))
        .bind("streak_days", static_cast<long long>(u.streak_days))
        .bind("last_active_date", u.last_active_date)
        .bind("created_at", u.created_at)
        .bind("updated_at", u.updated_at);
}

}  // namespace

// q taken literally: the LIKE wildcards and the escape character itself are escaped.
std::string like_pattern(std::string_view q) {
    std::string out = "%";
    for (char c : q) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    out += '%';
    return out;
}

void sql_user_repository::insert(const domain::user& u) {
    guarded("users.insert", [&] {
        query q(session_,
                "INSERT INTO users (" + std::string{user_columns} +
                    ", username_key, username_key_rank) VALUES (:id, :email, :username, :display_name, :bio, "
                    ":password_hash, :is_profile_public, :profile_visibility, :streak_days, :last_active_date, "
                    ":created_at, :updated_at, :username_key, 0)");
        bind_user(q, u);
        q.bind("username_key", domain::username_key(u.username));
        q.run();
    });
}

void sql_user_repository::update(const domain::user& u) {
    guarded("users.update", [&] {
        query q(session_,
                "UPDATE users SET email = :email, username = :username, display_name = :display_name, bio = :bio, "
                "password_hash = :password_hash, is_profile_public = :is_profile_public, "
                "profile_visibility = :profile_visibility, streak_days = :streak_days, "
                "last_active_date = :last_active_date, created_at = :created_at, updated_at = :updated_at, "
                // A name with an unchanged key keeps its rank (a look-alike ranked by migration 004 can still
                // edit its profile); a new key takes rank 0, which the unique index gives one owner.
                "username_key_rank = CASE WHEN username_key = :same_key THEN username_key_rank ELSE 0 END, "
                "username_key = :username_key WHERE id = :id");
        bind_user(q, u);
        const auto key = domain::username_key(u.username);
        q.bind("same_key", key).bind("username_key", key);
        q.run();
    });
}

std::optional<domain::user> sql_user_repository::find_one(std::string_view column, std::string_view value,
                                                          std::string_view context) {
    return guarded(context, [&] {
        std::optional<domain::user> found;
        query q(session_, "SELECT " + std::string{user_columns} + " FROM users WHERE " + std::string{column} + " = :v");
        q.bind("v", value);
        q.each(user_column_count, [&](const text_row& r) { found = read_user(r); });
        return found;
    });
}

std::optional<domain::user> sql_user_repository::find(const domain::id& id) {
    return find_one("id", id, "users.find");
}

std::optional<domain::user> sql_user_repository::find_by_email(std::string_view email) {
    return find_one("email", email, "users.find_by_email");
}

std::optional<domain::user> sql_user_repository::find_by_username(std::string_view username) {
    return guarded("users.find_by_username", [&] {
        std::optional<domain::user> found;
        query q(session_, "SELECT " + std::string{user_columns} +
                              " FROM users WHERE username_key = :key ORDER BY username_key_rank LIMIT 1");
        q.bind("key", domain::username_key(username));
        q.each(user_column_count, [&](const text_row& r) { found = read_user(r); });
        return found;
    });
}

std::vector<domain::user> sql_user_repository::search_public(std::string_view q, ports::page p) {
    return guarded("users.search_public", [&] {
        std::vector<domain::user> out;
        const std::string pattern = like_pattern(q);
        query sql(session_, "SELECT " + std::string{user_columns} +
                                " FROM users WHERE profile_visibility = 'public' AND (" +
                                dialect_.ascii_lower("username") + " LIKE :p1 ESCAPE '\\' OR " +
                                dialect_.ascii_lower("display_name") +
                                " LIKE :p2 ESCAPE '\\') ORDER BY username LIMIT :limit OFFSET :offset");
        sql.bind("p1", pattern).bind("p2", pattern).bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        sql.each(user_column_count, [&](const text_row& r) { out.push_back(read_user(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql
