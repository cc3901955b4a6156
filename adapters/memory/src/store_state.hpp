// The tables of an in_memory_store and the rules every write must keep (internal to this adapter).
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/application.hpp>
#include <offertracker/domain/contact.hpp>
#include <offertracker/domain/document.hpp>
#include <offertracker/domain/milestone.hpp>
#include <offertracker/domain/outcome.hpp>
#include <offertracker/domain/reflection.hpp>
#include <offertracker/domain/reminder.hpp>
#include <offertracker/domain/resume.hpp>
#include <offertracker/domain/saved_job.hpp>
#include <offertracker/domain/social.hpp>
#include <offertracker/domain/stage.hpp>
#include <offertracker/domain/tag.hpp>
#include <offertracker/domain/user.hpp>
#include <offertracker/ports/page.hpp>
#include <offertracker/pipeline/records.hpp>
#include <offertracker/prep/records.hpp>

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
    std::map<domain::id, domain::contact> contacts;
    std::map<domain::id, domain::document> documents;
    std::map<domain::id, domain::reminder> reminders;
    std::map<domain::id, domain::tag> tags;
    std::map<domain::id, domain::application_tag> application_tags;
    std::map<domain::id, domain::saved_job> saved_jobs;
    std::map<domain::id, domain::milestone> milestones;
    std::map<domain::id, domain::user_milestone> user_milestones;
    std::map<domain::id, domain::follow> follows;
    std::map<domain::id, domain::group> groups;
    std::map<domain::id, domain::group_member> group_members;
    std::map<domain::id, domain::post> posts;
    std::map<domain::id, domain::reaction> reactions;
    std::map<prep::session_id, prep::practice_session> prep_sessions;
    std::map<std::pair<prep::session_id, int>, prep::turn> prep_turns;  // keyed (session, position)
    prep::session_id last_prep_session_id = 0;  // ids are never handed out twice, as SQL identity columns do
    std::map<std::string, prep::browser_session> browser_sessions;  // keyed by key_digest
    std::map<domain::id, pipeline::scraper_run> scraper_runs;
};

// The milestones table as migration 002 seeds it: domain::milestone_definitions with the same ids, and
// created_at 2025-01-01T00:00:00Z plus the definition's index in seconds (so seed order is time order).
std::map<domain::id, domain::milestone> seeded_milestones();

// A row that hangs off `application_id` is hidden while that application is soft-deleted (docs/pipeline.md §4):
// true when it names none, or a live one.
bool of_live_application(const store_state& s, const std::optional<domain::id>& application_id);

// Throws ports::storage_error with a message naming the missing parent, as a SQL foreign key would.
void require_user(const store_state& s, const domain::id& user_id);
void require_application(const store_state& s, const domain::id& application_id);
void require_resume(const store_state& s, const domain::id& resume_id);
void require_tag(const store_state& s, const domain::id& tag_id);
void require_milestone(const store_state& s, const domain::id& milestone_id);
void require_group(const store_state& s, const domain::id& group_id);
void require_post(const store_state& s, const domain::id& post_id);

// Removes every row of a table (a std::map keyed by id) that pred accepts.
template <class Table, class Pred>
void erase_where(Table& table, Pred pred) {
    std::erase_if(table, [&](const auto& row) { return pred(row.second); });
}

// The row with this id, or nullopt (a SQL SELECT by primary key).
template <class Table>
std::optional<typename Table::mapped_type> find_row(const Table& table, const domain::id& id) {
    auto it = table.find(id);
    if (it == table.end()) return std::nullopt;
    return it->second;
}

// The SQL stores fold ASCII letters only (SQLite's lower() does no more), so non-ASCII text matches exactly.
inline std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// The rows of an already ordered list that page p selects (SQL's OFFSET skip LIMIT limit).
template <class T>
std::vector<T> page_of(std::vector<T> rows, ports::page p) {
    if (p.skip >= rows.size()) return {};
    auto first = rows.begin() + static_cast<std::ptrdiff_t>(p.skip);
    auto last = first + static_cast<std::ptrdiff_t>(std::min(p.limit, rows.size() - p.skip));
    return std::vector<T>(std::make_move_iterator(first), std::make_move_iterator(last));
}

}  // namespace offertracker::adapters::memory::detail
