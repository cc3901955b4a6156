// Resume versions; deleting one clears applications.resume_version_id through ON DELETE SET NULL.
#include "sql_resume_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns = "id, user_id, version_name, notes, file_url, file_key, created_at, updated_at";
constexpr std::size_t column_count = 8;

domain::resume read_resume(const text_row& r) {
    domain::resume out;
    out.id = r.text(0);
    out.user_id = r.text(1);
    out.version_name = r.text(2);
    out.notes = r.optional_text(3);
    out.file_url = r.optional_text(4);
    out.file_key = r.optional_text(5);
    out.created_at = r.timestamp(6);
    out.updated_at = r.timestamp(7);
    return out;
}

void bind_resume(query& q, const domain::resume& r) {
    q.bind("id", r.id)
        .bind("user_id", r.user_id)
        .bind("version_name", r.version_name)
        .bind("notes", r.notes)
        .bind("file_url", r.file_url)
        .bind("file_key", r.file_key)
        .bind("created_at", r.created_at)
        .bind("updated_at", r.updated_at);
}

}  // namespace

void sql_resume_repository::insert(const domain::resume& r) {
    guarded("resume_versions.insert", [&] {
        query q(session_, "INSERT INTO resume_versions (" + std::string{columns} +
                              ") VALUES (:id, :user_id, :version_name, :notes, :file_url, :file_key, :created_at, "
                              ":updated_at)");
        bind_resume(q, r);
        q.run();
    });
}

void sql_resume_repository::update(const domain::resume& r) {
    guarded("resume_versions.update", [&] {
        query q(session_,
                "UPDATE resume_versions SET user_id = :user_id, version_name = :version_name, notes = :notes, "
                "file_url = :file_url, file_key = :file_key, created_at = :created_at, updated_at = :updated_at "
                "WHERE id = :id");
        bind_resume(q, r);
        q.run();
    });
}

void sql_resume_repository::remove(const domain::id& id) {
    guarded("resume_versions.remove", [&] { query(session_, "DELETE FROM resume_versions WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::resume> sql_resume_repository::find(const domain::id& id) {
    return guarded("resume_versions.find", [&] {
        std::optional<domain::resume> found;
        query(session_, "SELECT " + std::string{columns} + " FROM resume_versions WHERE id = :id")
            .bind("id", id)
            .each(column_count, [&](const text_row& r) { found = read_resume(r); });
        return found;
    });
}

std::vector<domain::resume> sql_resume_repository::list(const domain::id& user_id, ports::page p) {
    return guarded("resume_versions.list", [&] {
        std::vector<domain::resume> out;
        query(session_, "SELECT " + std::string{columns} +
                            " FROM resume_versions WHERE user_id = :user_id ORDER BY created_at, id "
                            "LIMIT :limit OFFSET :offset")
            .bind("user_id", user_id)
            .bind("limit", sql_limit(p))
            .bind("offset", sql_offset(p))
            .each(column_count, [&](const text_row& r) { out.push_back(read_resume(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql
