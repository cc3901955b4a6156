// The tables of an in_memory_store and the rules every write must keep (internal to this adapter).
#pragma once

#include <algorithm>
#include <map>
#include <vector>

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/application.hpp>
#include <offertracker/domain/outcome.hpp>
#include <offertracker/domain/reflection.hpp>
#include <offertracker/domain/resume.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/domain/user.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::adapters::memory::detail {

// Every table keyed by primary key. A plain value, so copying it is the rollback snapshot.
struct store_state {
    std::map<domain::id, domain::user> users;
    std::map<domain::id, domain::resume> resumes;
    std::map<domain::id, domain::application> applications;
    std::map<domain::id, domain::stage> stages;
    std::map<domain::id, domain::outcome> outcomes;
    std::map<domain::id, domain::reflection> reflections;
    std::map<domain::id, domain::activity_entry> activity;
};

// Throws ports::storage_error with a message naming the missing parent, as a SQL foreign key would.
void require_user(const store_state& s, const domain::id& user_id);
void require_application(const store_state& s, const domain::id& application_id);
void require_resume(const store_state& s, const domain::id& resume_id);

// The rows of an already ordered list that page p selects (SQL's OFFSET skip LIMIT limit).
template <class T>
std::vector<T> page_of(std::vector<T> rows, ports::page p) {
    if (p.skip >= rows.size()) return {};
    auto first = rows.begin() + static_cast<std::ptrdiff_t>(p.skip);
    auto last = first + static_cast<std::ptrdiff_t>(std::min(p.limit, rows.size() - p.skip));
    return std::vector<T>(std::make_move_iterator(first), std::make_move_iterator(last));
}

}  // namespace offertracker::adapters::memory::detail
