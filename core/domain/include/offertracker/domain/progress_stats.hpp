// The user's personal summary (GET /progress/stats, UserStatsResponse), as decided in docs/behaviour.md §16.
#pragma once

#include <vector>

#include <offertracker/domain/application.hpp>
#include <offertracker/domain/milestone.hpp>
#include <offertracker/domain/outcome.hpp>

namespace offertracker::domain {

struct progress_stats {
    long long total_applications = 0;
    long long total_offers = 0;
    long long total_rejections = 0;
    long long total_reflections = 0;
    long long total_stages = 0;
    int streak_days = 0;
    long long milestones_reached = 0;
    long long total_contacts = 0;
    long long total_reminders_pending = 0;

    friend bool operator==(const progress_stats&, const progress_stats&) = default;
};

struct offers_and_rejections {
    long long offers = 0;      // applications with status Offer or Accepted, or an outcome with status Offer
    long long rejections = 0;  // applications with status Rejected, or an outcome with status Rejected

    friend bool operator==(const offers_and_rejections&, const offers_and_rejections&) = default;
};

// Each application counts at most once in each figure. Outcomes of other applications are ignored.
offers_and_rejections count_offers_and_rejections(const std::vector<application>& applications,
                                                  const std::vector<outcome>& outcomes);

// The summary: total_offers and total_rejections from count_offers_and_rejections, the other counts from
// `counts` (total_applications, reflections, stages, milestones, contacts, pending reminders), the streak
// from the user row.
progress_stats compute_progress_stats(const progress_counts& counts, int streak_days,
                                      const std::vector<application>& applications,
                                      const std::vector<outcome>& outcomes);

}  // namespace offertracker::domain
