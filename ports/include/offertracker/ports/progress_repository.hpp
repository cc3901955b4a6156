// Milestones, the ones a user reached, and the counts they are judged on.
// Not thread-safe: one instance belongs to one unit_of_work.
#pragma once

#include <utility>
#include <vector>

#include <offertracker/domain/milestone.hpp>

namespace offertracker::ports {

class progress_repository {
public:
    virtual ~progress_repository() = default;

    // Every milestone, in seed order (created_at asc, then id).
    virtual std::vector<domain::milestone> milestones() = 0;
    // The milestones the user reached, most recent first (reached_at desc, then id desc), with their definition.
    virtual std::vector<std::pair<domain::user_milestone, domain::milestone>> reached(const domain::id& user_id) = 0;
    // Records the award unless the user already has this milestone: true when this call recorded it.
    // Never throws for a duplicate (insert-or-ignore). When two transactions race, an engine that detects the
    // race may refuse one with transaction_conflict instead; rerun, it then sees the award and returns false.
    virtual bool award(const domain::user_milestone& m) = 0;
    // All the user's counts in one round trip.
    virtual domain::progress_counts counts(const domain::id& user_id) = 0;
};

}  // namespace offertracker::ports
