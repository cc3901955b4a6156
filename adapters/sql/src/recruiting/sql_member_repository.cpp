// Members: the login email is unique in all organisations, compared in ASCII lower case (the unique index's
// expression, so the look-up uses it).
#include "../errors.hpp"
#include "../user_rows.hpp"
#include "recruiting_sql.hpp"
#include "sql_recruiting_repositories.hpp"

namespace offertracker::adapters::sql {
namespace {

const recruiting_sql::columns member_columns{"org_id", "email", "full_name", "role", "password_hash", "active",
                                             "created_at"};

recruiting::member read_member(const text_row& r) {
    return {.id = r.integer(0),
            .org_id = r.integer(1),
            .email = r.text(2),
            .full_name = r.text(3),
            .role = stored_enum<recruiting::member_role>(r.text(4), "recruiting_members.role"),
            .password_hash = r.text(5),
            .active = r.boolean(6),
            .created_at = r.timestamp(7)};
}

// The members a query selects, in its order.
std::vector<recruiting::member> members_of(query& q) {
    std::vector<recruiting::member> out;
    q.each(member_columns.select_count(), [&](const text_row& r) { out.push_back(read_member(r)); });
    return out;
}

std::optional<recruiting::member> first_of(std::vector<recruiting::member> rows) {
    if (rows.empty()) return std::nullopt;
    return rows.front();
}

std::string ascii_folded(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

record_id sql_member_repository::create(const recruiting::member& m) {
    return guarded("recruiting_members.create", [&] {
        query q(session_, member_columns.insert_into("recruiting_members"));
        q.bind("org_id", static_cast<long long>(m.org_id))
            .bind("email", m.email)
            .bind("full_name", m.full_name)
            .bind("role", domain::to_string(m.role))
            .bind("password_hash", m.password_hash)
            .bind("active", m.active)
            .bind("created_at", m.created_at);
        return recruiting_sql::inserted_id(q);
    });
}

std::optional<recruiting::member> sql_member_repository::find(record_id id) {
    return guarded("recruiting_members.find", [&] {
        return first_of(members_of(
            query(session_, "SELECT " + member_columns.select() + " FROM recruiting_members WHERE id = :id")
                          .bind("id", static_cast<long long>(id))));
    });
}

std::optional<recruiting::member> sql_member_repository::find_by_email(const std::string& email) {
    return guarded("recruiting_members.find_by_email", [&] {
        return first_of(members_of(query(session_, "SELECT " + member_columns.select() +
                                                                 " FROM recruiting_members WHERE " +
                                                                 dialect_.ascii_lower("email") + " = :email")
                                                 .bind("email", ascii_folded(email))));
    });
}

std::optional<recruiting::member> sql_member_repository::get(record_id org_id, record_id id) {
    return guarded("recruiting_members.get", [&] {
        return first_of(members_of(
            query(session_, "SELECT " + member_columns.select() +
                                " FROM recruiting_members WHERE org_id = :org_id AND id = :id")
                .bind("org_id", static_cast<long long>(org_id))
                .bind("id", static_cast<long long>(id))));
    });
}

std::vector<recruiting::member> sql_member_repository::list(record_id org_id) {
    return guarded("recruiting_members.list", [&] {
        return members_of(query(session_, "SELECT " + member_columns.select() +
                                                        " FROM recruiting_members WHERE org_id = :org_id ORDER BY id")
                                        .bind("org_id", static_cast<long long>(org_id)));
    });
}

bool sql_member_repository::update(const recruiting::member& m) {
    return guarded("recruiting_members.update", [&] {
        return query(session_, "UPDATE recruiting_members SET " +
                                   recruiting_sql::columns::set({"full_name", "role", "password_hash", "active"}) +
                                   " WHERE org_id = :org_id AND id = :id")
                   .bind("full_name", m.full_name)
                   .bind("role", domain::to_string(m.role))
                   .bind("password_hash", m.password_hash)
                   .bind("active", m.active)
                   .bind("org_id", static_cast<long long>(m.org_id))
                   .bind("id", static_cast<long long>(m.id))
                   .run() > 0;
    });
}

}  // namespace offertracker::adapters::sql
