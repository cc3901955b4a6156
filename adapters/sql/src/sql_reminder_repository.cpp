// Reminders. The table's CHECK refuses a completed reminder without completed_at; deleting the
// application a reminder is about deletes the reminder (ON DELETE CASCADE).
#include "sql_reminder_repository.hpp"

#include "errors.hpp"
#include "paging.hpp"
#include "live_applications.hpp"
#include "query.hpp"

namespace offertracker::adapters::sql {
namespace {

constexpr std::string_view columns =
    "id, user_id, application_id, title, description, remind_at, reminder_type, is_completed, completed_at, "
    "created_at, updated_at";
constexpr std::size_t column_count = 11;

domain::reminder read_reminder(const text_row& r) {
    domain::reminder x;
    x.id = r.text(0);
    x.user_id = r.text(1);
    x.application_id = r.optional_text(2);
    x.title = r.text(3);
    x.description = r.optional_text(4);
    x.remind_at = r.timestamp(5);
    x.reminder_type = stored_enum<domain::reminder_type>(r.text(6), "reminders.reminder_type");
    x.is_completed = r.boolean(7);
    if (!r.is_null(8)) x.completed_at = r.timestamp(8);
    x.created_at = r.timestamp(9);
    x.updated_at = r.timestamp(10);
    return x;
}

void bind_reminder(query& q, const domain::reminder& x) {
    q.bind("id", x.id)
        .bind("user_id", x.user_id)
        .bind("application_id", x.application_id)
        .bind("title", x.title)
        .bind("description", x.description)
        .bind("remind_at", x.remind_at)
        .bind("reminder_type", domain::to_string(x.reminder_type))
        .bind("is_completed", x.is_completed)
        .bind("completed_at", x.completed_at ? std::optional<std::string>{domain::format_timestamp(*x.completed_at)}
                                             : std::nullopt)
        .bind("created_at", x.created_at)
        .bind("updated_at", x.updated_at);
}

}  // namespace

void sql_reminder_repository::insert(const domain::reminder& x) {
    guarded("reminders.insert", [&] {
        query q(session_, "INSERT INTO reminders (" + std::string{columns} +
                              ") VALUES (:id, :user_id, :application_id, :title, :description, :remind_at, "
                              ":reminder_type, :is_completed, :completed_at, :created_at, :updated_at)");
        bind_reminder(q, x);
        q.run();
    });
}

void sql_reminder_repository::update(const domain::reminder& x) {
    guarded("reminders.update", [&] {
        query q(session_,
                "UPDATE reminders SET user_id = :user_id, application_id = :application_id, title = :title, "
                "description = :description, remind_at = :remind_at, reminder_type = :reminder_type, "
                "is_completed = :is_completed, completed_at = :completed_at, created_at = :created_at, "
                "updated_at = :updated_at WHERE id = :id");
        bind_reminder(q, x);
        q.run();
    });
}

void sql_reminder_repository::remove(const domain::id& id) {
    guarded("reminders.remove", [&] { query(session_, "DELETE FROM reminders WHERE id = :id").bind("id", id).run(); });
}

std::optional<domain::reminder> sql_reminder_repository::find(const domain::id& id) {
    return guarded("reminders.find", [&] {
        std::optional<domain::reminder> found;
        query(session_, "SELECT " + std::string{columns} + " FROM reminders WHERE id = :id")
            .bind("id", id)
            .each(column_count, [&](const text_row& r) { found = read_reminder(r); });
        return found;
    });
}

std::vector<domain::reminder> sql_reminder_repository::list(const domain::id& user_id,
                                                            const ports::reminder_filter& f, ports::page p) {
    return guarded("reminders.list", [&] {
        std::string text = "SELECT " + std::string{columns} + " FROM reminders WHERE user_id = :user_id";
        if (f.is_completed) text += " AND is_completed = :is_completed";
        if (f.reminder_type) text += " AND reminder_type = :reminder_type";
        text += of_live_application("application_id");
        text += " ORDER BY remind_at, id LIMIT :limit OFFSET :offset";
        query q(session_, text);
        q.bind("user_id", user_id);
        if (f.is_completed) q.bind("is_completed", *f.is_completed);
        if (f.reminder_type) q.bind("reminder_type", domain::to_string(*f.reminder_type));
        q.bind("limit", sql_limit(p)).bind("offset", sql_offset(p));
        std::vector<domain::reminder> out;
        q.each(column_count, [&](const text_row& r) { out.push_back(read_reminder(r)); });
        return out;
    });
}

std::vector<domain::reminder> sql_reminder_repository::upcoming(const domain::id& user_id, std::size_t limit) {
    return guarded("reminders.upcoming", [&] {
        // No time bound: overdue reminders that are still open are the most urgent ones (docs/behaviour.md §23).
        std::vector<domain::reminder> out;
        query(session_, "SELECT " + std::string{columns} +
                            " FROM reminders WHERE user_id = :user_id AND is_completed = :is_completed" +
                            of_live_application("application_id") + " ORDER BY remind_at, id LIMIT :limit")
            .bind("user_id", user_id)
            .bind("is_completed", false)
            .bind("limit", sql_limit(ports::page{0, limit}))
            .each(column_count, [&](const text_row& r) { out.push_back(read_reminder(r)); });
        return out;
    });
}

}  // namespace offertracker::adapters::sql
