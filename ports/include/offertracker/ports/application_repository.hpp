// Applications. Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <optional>
#include <vector>

#include <offertracker/domain/application.hpp>
#include <offertracker/ports/page.hpp>

namespace offertracker::ports {

struct application_filter {
    std::optional<domain::application_status> status;
    std::optional<domain::priority> priority;
};

class application_repository {
public:
    virtual ~application_repository() = default;

    virtual void insert(const domain::application& a) = 0;
    virtual void update(const domain::application& a) = 0;
    // Deletes the application with its stages, outcome, reflection, activity entries, documents, tag links
    // and reminders; contacts and saved jobs that named it are kept, unlinked (docs/behaviour.md §8).
    virtual void remove(const domain::id& id) = 0;
    virtual std::optional<domain::application> find(const domain::id& id) = 0;
    // The user's applications matching the filter, newest first (created_at desc, then id desc).
    virtual std::vector<domain::application> list(const domain::id& user_id, const application_filter& f,
                                                  page p) = 0;
    // Every application of the user, oldest first (created_at asc, then id): the input of analytics.
    virtual std::vector<domain::application> list_all(const domain::id& user_id) = 0;
};

}  // namespace offertracker::ports
