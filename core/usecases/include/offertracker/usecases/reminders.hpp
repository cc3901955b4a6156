// Reminders: dated follow-ups, deadlines and interview prep, optionally about one application.
#pragma once

#include <vector>

#include <offertracker/domain/error.hpp>
#include <offertracker/domain/reminder.hpp>
#include <offertracker/ports/reminder_repository.hpp>
#include <offertracker/usecases/services.hpp>

namespace offertracker::usecases {

inline constexpr long long default_upcoming_limit = 10;

struct create_reminder_command {
    std::string title;
    domain::timestamp remind_at{};
    std::optional<domain::id> application_id;  // must be the actor's application (404 / 403)
    std::optional<std::string> description;
    std::optional<domain::reminder_type> reminder_type;  // default General
};

// Omitted fields are kept; null clears description; null for the other fields is 422.
// is_completed true stamps completed_at (when not completed yet); false leaves completed_at as it was.
struct update_reminder_command {
    domain::patch<std::string> title;
    domain::patch<std::string> description;
    domain::patch<domain::timestamp> remind_at;
    domain::patch<domain::reminder_type> reminder_type;
    domain::patch<bool> is_completed;
};

// Logs "Reminder Created".
domain::result<domain::reminder> create_reminder(services& s, const actor& who, const create_reminder_command& cmd);
// 404 "Reminder not found", 403 "Not your reminder".
domain::result<domain::reminder> get_reminder(services& s, const actor& who, const domain::id& id);
// Soonest first.
domain::result<std::vector<domain::reminder>> list_reminders(services& s, const actor& who,
                                                             const ports::reminder_filter& filter, ports::page p);
// The incomplete ones, soonest first, overdue included; 1 <= limit <= 1000 (else a field error on "limit", see make_page).
domain::result<std::vector<domain::reminder>> upcoming_reminders(services& s, const actor& who, long long limit);
domain::result<domain::reminder> update_reminder(services& s, const actor& who, const domain::id& id,
                                                 const update_reminder_command& cmd);
// Marks it completed at the clock's now; 400 "Reminder already completed". Logs "Reminder Completed" and
// counts towards progress.
domain::result<domain::reminder> complete_reminder(services& s, const actor& who, const domain::id& id);
domain::result<domain::done> delete_reminder(services& s, const actor& who, const domain::id& id);

}  // namespace offertracker::usecases
