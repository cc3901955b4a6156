// Tags and their assignments. The unique keys (user_id, name) and (application_id, tag_id) are the
// schema's, so two racing transactions cannot both succeed; deleting a tag deletes its assignments
// (ON DELETE CASCADE).
#include "sql_tag_repository.hpp"

#include "errors.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns = "id, user_id, name, color, created_at";
constexpr std::size_t column_count = 5;

domain::tag read_tag(const text_row& r, std::size_t first = 0) {
    domain::tag t;
    t.id = r.text(first + 0);
    t.user_id = r.text(first + 1);
    t.name = r.text(first + 2);
    t.color = r.text(first + 3);
    t.created_at = r.timestamp(first + 4);
    return t;
}

void bind_tag(query& q, const domain::tag& t) {
    q.bind("id", t.id).bind("user_id", t.user_id).bind("name", t.name).bind("color", t.color).bind("created_at",
                                                                                                   t.created_at);
}

}  // namespace

void sql_tag_repository::insert(const domain::tag& t) {
    guarded("tags.insert", [&] {
        query q(session_, "INSERT INTO tags (" + std::string{columns} +
                              ") VALUES (:id, :user_id, :name, :color, :created_at)");
        bind_tag(q, t);
        q.run();
    });
}

void sql_tag_repository::update(const domain::tag& t) {
    guarded("tags.update", [&] {
        query q(session_,
                "UPDATE tags SET user_id = :user_id, name = :name, color = :color, created_at = :created_at "
                "WHERE id = :id");
        bind_tag(q, t);
        q.run();
    });
}

void sql_tag_repository::remove(const domain::id& id) {
    guarded("tags.remove", [&] { query(session_, "DELETE FROM tags WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::tag> sql_tag_repository::find(const domain::id& id) {
    return guarded("tags.find", [&] {
        std::optional<domain::tag> found;
        query(session_, "SELECT " + std::string{columns} + " FROM tags WHERE id = :id")
            .bind("id", id)
            .each(column_count, [&](const text_row& r) { found = read_tag(r); });
        return found;
    });
}

std::optional<domain::tag> sql_tag_repository::find_by_name(const domain::id& user_id, std::string_view name) {
    return guarded("tags.find_by_name", [&] {
        // Plain '=' is exact on both engines: SQLite's BINARY collation, PostgreSQL's "C" (schema 002).
        std::optional<domain::tag> found;
        query(session_, "SELECT " + std::string{columns} + " FROM tags WHERE user_id = :user_id AND name = :name")
            .bind("user_id", user_id)
            .bind("name", name)
            .each(column_count, [&](const text_row& r) { found = read_tag(r); });
        return found;
    });
}

std::vector<domain::tag> sql_tag_repository::list(const domain::id& user_id) {
    return guarded("tags.list", [&] {
        // The name column's collation (BINARY / "C") makes this byte order, as the port promises.
        std::vector<domain::tag> out;
        query(session_, "SELECT " + std::string{columns} + " FROM tags WHERE user_id = :user_id ORDER BY name, id")
            .bind("user_id", user_id)
            .each(column_count, [&](const text_row& r) { out.push_back(read_tag(r)); });
        return out;
    });
}

void sql_tag_repository::assign(const domain::application_tag& link) {
    guarded("application_tags.assign", [&] {
        query(session_,
              "INSERT INTO application_tags (id, user_id, application_id, tag_id, created_at) "
              "VALUES (:id, :user_id, :application_id, :tag_id, :created_at)")
            .bind("id", link.id)
            .bind("user_id", link.user_id)
            .bind("application_id", link.application_id)
            .bind("tag_id", link.tag_id)
            .bind("created_at", link.created_at)
            .run();
    });
}

bool sql_tag_repository::unassign(const domain::id& application_id, const domain::id& tag_id) {
    return guarded("application_tags.unassign", [&] {
        return query(session_, "DELETE FROM application_tags WHERE application_id = :application_id AND tag_id = :tag_id")
                   .bind("application_id", application_id)
                   .bind("tag_id", tag_id)
                   .run() > 0;
    });
}

std::vector<std::pair<domain::application_tag, domain::tag>> sql_tag_repository::list_for(
    const domain::id& application_id) {
    return guarded("application_tags.list_for", [&] {
        std::vector<std::pair<domain::application_tag, domain::tag>> out;
        query(session_,
              "SELECT l.id, l.user_id, l.application_id, l.tag_id, l.created_at, "
              "t.id, t.user_id, t.name, t.color, t.created_at "
              "FROM application_tags l JOIN tags t ON t.id = l.tag_id "
              "WHERE l.application_id = :application_id ORDER BY l.created_at, l.id")
            .bind("application_id", application_id)
            .each(10, [&](const text_row& r) {
                domain::application_tag link;
                link.id = r.text(0);
                link.user_id = r.text(1);
                link.application_id = r.text(2);
                link.tag_id = r.text(3);
                link.created_at = r.timestamp(4);
                out.emplace_back(std::move(link), read_tag(r, 5));
            });
        return out;
    });
}

}  // namespace offertracker::adapters::sql
