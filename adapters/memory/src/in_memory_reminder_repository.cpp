// Reminders in memory, with the SQL table's rule that a completed reminder has completed_at.
#include <algorithm>
#include <tuple>

#include <offertracker/ports/storage_error.hpp>

#include "in_memory_reminder_repository.hpp"

namespace offertracker::adapters::memory::detail {
namespace {

void check_row(const store_state& s, const domain::reminder& r) {
    require_user(s, r.user_id);
    if (r.application_id) require_application(s, *r.application_id);
    // The SQL schema's CHECK constraint; a violation is a bug in the caller, hence storage_error.
    if (r.is_completed && !r.completed_at)
        throw ports::storage_error("in-memory store: check violation: completed reminder without completed_at");
}

void sort_soonest_first(std::vector<domain::reminder>& rows) {
    std::ranges::sort(rows, [](const auto& a, const auto& b) {
        return std::tie(a.remind_at, a.id) < std::tie(b.remind_at, b.id);
    });
}

}  // namespace

void in_memory_reminder_repository::insert(const domain::reminder& r) {
    auto& s = unit_.write();
    if (s.reminders.contains(r.id)) throw ports::unique_violation("reminders.id is taken");
    check_row(s, r);
    s.reminders.emplace(r.id, r);
}

void in_memory_reminder_repository::update(const domain::reminder& r) {
    auto& s = unit_.write();
    auto it = s.reminders.find(r.id);
    if (it == s.reminders.end()) return;
    check_row(s, r);
    it->second = r;
}

void in_memory_reminder_repository::remove(const domain::id& id) {
    unit_.write().reminders.erase(id);
}

std::optional<domain::reminder> in_memory_reminder_repository::find(const domain::id& id) {
    return find_row(unit_.read().reminders, id);
}

std::vector<domain::reminder> in_memory_reminder_repository::list(const domain::id& user_id,
                                                                  const ports::reminder_filter& f, ports::page p) {
    std::vector<domain::reminder> found;
    const auto& s = unit_.read();
    for (const auto& [id, r] : s.reminders) {
        if (r.user_id != user_id || !of_live_application(s, r.application_id)) continue;
        if (f.is_completed && r.is_completed != *f.is_completed) continue;
        if (f.reminder_type && r.reminder_type != *f.reminder_type) continue;
        found.push_back(r);
    }
    sort_soonest_first(found);
    return page_of(std::move(found), p);
}

std::vector<domain::reminder> in_memory_reminder_repository::upcoming(const domain::id& user_id, std::size_t limit) {
    std::vector<domain::reminder> found;
    const auto& s = unit_.read();
    for (const auto& [id, r] : s.reminders)
        if (r.user_id == user_id && !r.is_completed && of_live_application(s, r.application_id)) found.push_back(r);
    sort_soonest_first(found);
    return page_of(std::move(found), ports::page{0, limit});
}

}  // namespace offertracker::adapters::memory::detail
