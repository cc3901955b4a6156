// Groups and members (migration 003). Member counts are scalar subqueries in the listing statement itself, so a
// list costs one statement whatever its length; deleting a group cascades to its memberships.
#include "sql_social_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

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

}  // namespace

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

}  // namespace offertracker::adapters::sql
