// /reminders: dated follow-ups, with the upcoming list and completion.
#include <offertracker/usecases/reminders.hpp>

#include <algorithm>

#include "handlers.hpp"
#include "route_docs.hpp"
#include "routes.hpp"
#include "views_tracker.hpp"

namespace offertracker::adapters::http::offertracker_api {
namespace {

// remind_at is read as a string and parsed here (ISO 8601; without an offset it is UTC). A bad value is
// collected as a field error and reported with the body's other errors in one 422.
struct datetime_field {
    domain::patch<domain::timestamp> value;
    std::optional<domain::field_error> error;
};

datetime_field parse_datetime(std::string_view name, const domain::patch<std::string>& text) {
    if (!text) return {};
    if (!*text || (*text)->empty()) return {std::optional<domain::timestamp>{}, std::nullopt};  // "" is null
    if (auto t = domain::parse_timestamp(**text)) return {std::optional<domain::timestamp>{*t}, std::nullopt};
    return {std::nullopt, domain::field_error{.path = {std::string(name)},
                                              .code = domain::field_code::malformed,
                                              .expected = "datetime",
                                              .origin = "body"}};
}

// Runs `run` unless the body or the datetime field had errors (all of them in one 422).
template <class Command, class Run>
response run_checked(body_reader& body, const Command& cmd, const datetime_field& when, Run run) {
    auto e = std::move(body).finish();
    // Not when the body itself failed or the field already has an error (a non-string, say).
    const bool covered = e && std::any_of(e->field_errors.begin(), e->field_errors.end(), [&](const auto& f) {
        return !when.error || f.path.empty() || f.path[0] == when.error->path[0];
    });
    if (when.error && !covered) {
        if (!e) e = domain::error::validation({});
        e->field_errors.push_back(*when.error);
    }
    if (e) return error_reply(*e);
    return run(cmd);
}

}  // namespace

void add_reminder_routes(mount& m, const context& c) {
    auto& s = c.services;

    m.get("/reminders/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        ports::reminder_filter filter;
        filter.is_completed = query.boolean("is_completed");
        filter.reminder_type = query.enumeration<domain::reminder_type>("reminder_type");
        auto page = read_page(query, 100);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::list_reminders(s, who, filter, *page), 200,
                     [](const auto& list) { return array_of(list, reminder_view); });
    }), doc("Reminders", "List reminders").authenticated()
            .query("is_completed", R"({"type":"boolean"})", "Only completed (true) or pending (false) reminders")
            .query("reminder_type", "ReminderType", "Only reminders of this type").page(100)
            .returns(200, "The reminders", "ReminderResponse[]"));

    m.get("/reminders/upcoming", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        query_reader query(req.query);
        const auto limit = query.integer("limit", usecases::default_upcoming_limit);
        if (auto e = std::move(query).finish()) return error_reply(*e);
        return reply(usecases::upcoming_reminders(s, who, *limit), 200,
                     [](const auto& list) { return array_of(list, reminder_view); }, "query");
    }), doc("Reminders", "The next pending reminders, soonest first").authenticated()
            .query("limit", R"({"type":"integer","minimum":1,"maximum":1000,"default":)" +
                                std::to_string(usecases::default_upcoming_limit) + "}", "Reminders to return")
            .returns(200, "The reminders", "ReminderResponse[]"));

    m.post("/reminders/", authed(c, [&s](const request& req, const path_params&, const usecases::actor& who) {
        auto body = read_body(req.body);
        usecases::create_reminder_command cmd;
        cmd.title = body.required_string("title");
        const auto remind_at = parse_datetime("remind_at", body.patch_string("remind_at"));
        cmd.application_id = body.optional_url("application_id");  // "" from a form means none
        cmd.description = body.optional_string("description");
        cmd.reminder_type = body.optional_enum<domain::reminder_type>("reminder_type");
        auto when = remind_at;
        if (!when.error && !(when.value && *when.value)) {
            // Required: absent, null and "" are all refused.
            const bool absent = !when.value;
            when.error = domain::field_error{.path = {"remind_at"},
                                             .code = absent ? domain::field_code::missing : domain::field_code::wrong_type,
                                             .expected = absent ? "" : "datetime",
                                             .origin = "body"};
        } else if (when.value && *when.value) {
            cmd.remind_at = **when.value;
        }
        return run_checked(body, cmd, when, [&](const auto& command) {
            return reply(usecases::create_reminder(s, who, command), 201, reminder_view);
        });
    }), doc("Reminders", "Schedule a reminder, optionally linked to an application").authenticated()
            .body("ReminderCreate").returns(201, "The reminder", "ReminderResponse").errors({403, 404}));

    m.get("/reminders/{reminder_id}", authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
        return reply(usecases::get_reminder(s, who, param(p, "reminder_id")), 200, reminder_view);
    }), doc("Reminders", "Get a reminder").authenticated().returns(200, "The reminder", "ReminderResponse").errors({403, 404}));

    m.put("/reminders/{reminder_id}",
          authed(c, [&s](const request& req, const path_params& p, const usecases::actor& who) {
              auto body = read_body(req.body);
              usecases::update_reminder_command cmd;
              cmd.title = body.patch_string("title");
              cmd.description = body.patch_string("description");
              const auto when = parse_datetime("remind_at", body.patch_string("remind_at"));
              cmd.remind_at = when.value;
              cmd.reminder_type = body.patch_enum<domain::reminder_type>("reminder_type");
              if (auto done = body.optional_bool("is_completed")) cmd.is_completed = std::optional<bool>{*done};
              return run_checked(body, cmd, when, [&](const auto& command) {
                  return reply(usecases::update_reminder(s, who, param(p, "reminder_id"), command), 200,
                               reminder_view);
              });
          }),
          doc("Reminders", "Update a reminder: omitted fields are kept").authenticated().body("ReminderUpdate")
              .returns(200, "The reminder", "ReminderResponse").errors({403, 404}));

    m.post("/reminders/{reminder_id}/complete",
           authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
               return reply(usecases::complete_reminder(s, who, param(p, "reminder_id")), 200, reminder_view);
           }),
           doc("Reminders", "Mark a reminder completed").authenticated()
               .returns(200, "The reminder", "ReminderResponse").errors({400, 403, 404}));

    m.del("/reminders/{reminder_id}",
          authed(c, [&s](const request&, const path_params& p, const usecases::actor& who) {
              return reply(usecases::delete_reminder(s, who, param(p, "reminder_id")), 200,
                           deleted("Reminder deleted"));
          }),
          doc("Reminders", "Delete a reminder").authenticated().returns(200, "Reminder deleted", "Deleted").errors({403, 404}));
}

}  // namespace offertracker::adapters::http::offertracker_api
