// JSON renderings of the analytics and progress models.
#include "views_progress.hpp"

#include <offertracker/domain/enums.hpp>

#include <offertracker/http/kit/json_values.hpp>

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
using kit::opt;
using kit::parse_json;
using kit::when;
namespace {

// The stored criteria text as a JSON object; {} if it is not one (the field is informational only).
json::object criteria(const std::string& text) {
    json::error_code ec;
    auto v = parse_json(text, ec);
    if (ec || !v.is_object()) return {};
    return std::move(v.as_object());
}

}  // namespace

json::object dashboard_view(const domain::dashboard& d) {
    json::array pipeline;
    for (const auto& p : d.pipeline) pipeline.push_back(json::object{{"status", domain::to_string(p.status)}, {"count", p.count}});
    json::array sources;
    for (const auto& s : d.source_breakdown)
        sources.push_back(json::object{
            {"source", s.source}, {"applied", s.applied}, {"interviews", s.interviews}, {"offers", s.offers}});
    json::array weeks;
    for (const auto& w : d.weekly_trend)
        weeks.push_back(json::object{{"week", w.week}, {"applications", w.applications}, {"stages", w.stages}});
    json::array companies;
    for (const auto& c : d.top_companies) companies.push_back(json::object{{"company", c.company}, {"count", c.count}});
    const auto& s = d.salary_insights;
    return {{"pipeline", std::move(pipeline)},
            {"response_rate", d.response_rate},
            {"interview_rate", d.interview_rate},
            {"offer_rate", d.offer_rate},
            {"source_breakdown", std::move(sources)},
            {"weekly_trend", std::move(weeks)},
            {"salary_insights", json::object{{"applications_with_salary", s.applications_with_salary},
                                             {"average_expected_min", opt(s.average_expected_min)},
                                             {"average_expected_max", opt(s.average_expected_max)},
                                             {"offers_with_salary", s.offers_with_salary},
                                             {"average_offered", opt(s.average_offered)},
                                             {"highest_offer", opt(s.highest_offer)},
                                             {"currency", s.currency}}},
            {"top_companies", std::move(companies)}};
}

json::object question_bank_view(const domain::question_bank& b) {
    json::array questions;
    questions.reserve(b.questions.size());
    for (const auto& q : b.questions)
        questions.push_back(json::object{
            {"question", q.question}, {"stage_type", q.stage_type}, {"company", q.company}, {"role", q.role}});
    return {{"questions", std::move(questions)}, {"total", b.total}};
}

json::object milestone_view(const domain::milestone& m) {
    return {{"id", m.id},
            {"name", m.name},
            {"description", m.description},
            {"criteria", criteria(m.criteria_json)},
            {"created_at", when(m.created_at)}};
}

json::object user_milestone_view(const domain::user_milestone& um, const domain::milestone& m) {
    return {{"id", um.id},
            {"user_id", um.user_id},
            {"milestone_id", um.milestone_id},
            {"reached_at", when(um.reached_at)},
            {"milestone", milestone_view(m)}};
}

json::object progress_stats_view(const domain::progress_stats& s) {
    return {{"total_applications", s.total_applications},
            {"total_offers", s.total_offers},
            {"total_rejections", s.total_rejections},
            {"total_reflections", s.total_reflections},
            {"total_stages", s.total_stages},
            {"streak_days", s.streak_days},
            {"milestones_reached", s.milestones_reached},
            {"total_contacts", s.total_contacts},
            {"total_reminders_pending", s.total_reminders_pending}};
}

}  // namespace offertracker::adapters::http::offertracker_api
