// The Pipeline dashboard, timeline and insights, over the user's live jobs (soft-deleted ones are not read):
// each reads a bounded number of lists in one read-only transaction and computes in one pass.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include <offertracker/domain/activity.hpp>
#include <offertracker/domain/error.hpp>
#include <offertracker/pipeline/dashboard.hpp>
#include <offertracker/pipeline/insights.hpp>
#include <offertracker/pipeline/services.hpp>

namespace offertracker::pipeline {

inline constexpr std::size_t dashboard_activities = 10;
inline constexpr std::size_t max_insights = 50;

struct dashboard_view {
    pipeline_dashboard numbers;
    std::vector<domain::activity_entry> activities;  // the newest dashboard_activities entries
};

domain::result<dashboard_view> get_dashboard(services& s, const actor& who);
domain::result<std::vector<timeline_point>> get_timeline(services& s, const actor& who, timeline_period period);
// Every type in declaration order when `type` is nullopt, each limited to `limit` (1..max_insights).
domain::result<std::vector<insight>> get_insights(services& s, const actor& who, std::optional<insight_type> type,
                                                  std::size_t limit);

}  // namespace offertracker::pipeline
