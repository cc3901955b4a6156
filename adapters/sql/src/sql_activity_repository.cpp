// The activity log: append-only; entries of a deleted application go with it (ON DELETE CASCADE).
#include "sql_activity_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "live_applications.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns = "id, user_id, application_id, action, description, metadata_json, created_at";
constexpr std::size_t column_count = 7;

domain::activity_entry read_entry(const text_row& r) {
    domain::activity_entry e;
    e.id = r.text(0);
    e.user_id = r.text(1);
    e.application_id = r.optional_text(2);
    e.action = r.text(3);
    e.description = r.text(4);
    e.metadata_json = r.text(5);
    e.created_at = r.timestamp(6);
    return e;
}

}  // namespace

void sql_activity_repository::append(const domain::activity_entry& e) {
    guarded("activity_log.append", [&] {
        query(session_, "INSERT INTO activity_log (" + std::string{columns} +
                            ") VALUES (:id, :user_id, :application_id, :action, :description, :metadata_json, "
                            ":created_at)")
            .bind("id", e.id)
            .bind("user_id", e.user_id)
            .bind("application_id", e.application_id)
            .bind("action", e.action)
            .bind("description", e.description)
            .bind("metadata_json", e.metadata_json)
            .bind("created_at", e.created_at)
            .run();
    });
}

std::vector<domain::activity_entry> sql_activity_repository::list(const domain::id& user_id,
                                                                  const std::optional<domain::id>& application_id,
                                                                  ports::page p) {
    return guarded("activity_log.list", [&] {
        std::string text = "SELECT " + std::string{columns} + " FROM activity_log WHERE user_id = :user_id";
        if (application_id) text += " AND application_id = :application_id";
        text += of_live_application("application_id");
        text += " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";
        query q(session_, text);
        q.bind("user_id", user_id);
        if (application_id) q.bind("application_id", *application_id);
        q.bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        std::vector<domain::activity_entry> out;
        q.each(column_count, [&](const text_row& r) { out.push_back(read_entry(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql
