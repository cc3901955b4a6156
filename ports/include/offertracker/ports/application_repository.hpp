// Applications. Not thread-safe: one instance belongs to one unit_of_work. A soft-deleted application (deleted_at
// set, through the Pipeline dialect) is invisible to every read but find_any and the purge: both dialects then see
// it as gone until it is restored.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <offertracker/domain/application.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

struct application_filter {
    std::optional<domain::application_status> status;
    std::optional<domain::priority> priority;
};

// The Pipeline dialect's list: filters, sort and paging all done by the store (docs/pipeline.md §4).
enum class job_sort { created_at, updated_at, ai_match_score, company_name };

struct job_query {
    std::vector<domain::application_status> statuses;      // any of them; empty: every status
    std::optional<std::optional<domain::source>> source;    // set: only this source (a held nullopt: none)
    std::optional<domain::timestamp> since;                 // created at or after
    std::optional<std::string> q;                           // in company_name or role_title, ASCII case-insensitive
    std::optional<bool> is_remote;                          // work_mode is (or is not) Remote
    std::optional<int> min_score;                           // ai_match_score at least this (unscored rows excluded)
    job_sort sort = job_sort::created_at;
    bool descending = true;                                 // ties by id in the same direction; unscored last
    page p;
};

using job_page = counted<domain::application>;

class application_repository {
public:
    virtual ~application_repository() = default;

    virtual void insert(const domain::application& a) = 0;
    // Writes every field (deleted_at included: that is how a soft delete and a restore are stored).
    virtual void update(const domain::application& a) = 0;
    // Deletes the application with its stages, outcome, reflection, activity entries, documents, tag links
    // and reminders; contacts and saved jobs that named it are kept, unlinked (docs/behaviour.md §8).
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::application> find(const domain::id& id) = 0;
    // Also a soft-deleted one.
    virtual std::optional<domain::application> find_any(const domain::id& id) = 0;
    // The user's live application whose url has the same pipeline::job_url_key as `url`, if any (the newest).
    virtual std::optional<domain::application> find_by_url(const domain::id& user_id, std::string_view url) = 0;
    virtual job_page search(const domain::id& user_id, const job_query& q) = 0;
    // Removes, as remove() does, every application soft-deleted before `cutoff`; returns how many.
    virtual std::size_t purge_deleted(domain::timestamp cutoff) = 0;
    // The user's applications matching the filter, newest first (created_at desc, then id desc).
    virtual std::vector<domain::application> list(const domain::id& user_id, const application_filter& f,
                                                  page p) = 0;
    // Every application of the user, oldest first (created_at asc, then id): the input of analytics.
    virtual std::vector<domain::application> list_all(const domain::id& user_id) = 0;
};

}  // namespace offertracker::ports
