// Analytics and progress rendered as the seed's response models: AnalyticsDashboardResponse, the question
// bank, MilestoneResponse, UserMilestoneResponse and UserStatsResponse.
#pragma once

#include <boost/json.hpp>

#include <offertracker/domain/analytics.hpp>
#include <offertracker/domain/milestone.hpp>
#include <offertracker/domain/progress_stats.hpp>
#include <offertracker/domain/question_bank.hpp>

namespace offertracker::adapters::http::offertracker_api {

boost::json::object dashboard_view(const domain::dashboard& d);          // AnalyticsDashboardResponse
boost::json::object question_bank_view(const domain::question_bank& b);  // {questions, total}
boost::json::object milestone_view(const domain::milestone& m);          // MilestoneResponse
boost::json::object user_milestone_view(const domain::user_milestone& um,
                                        const domain::milestone& m);     // UserMilestoneResponse
boost::json::object progress_stats_view(const domain::progress_stats& s);  // UserStatsResponse

}  // namespace offertracker::adapters::http::offertracker_api
