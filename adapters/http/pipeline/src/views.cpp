#include "views.hpp"

#include <offertracker/domain/time.hpp>
#include <offertracker/http/kit/reply.hpp>
#include <offertracker/pipeline/words.hpp>

namespace offertracker::adapters::http::pipeline_api {
namespace {

namespace json = boost::json;

json::value optional_text(const std::optional<std::string>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::value optional_instant(const std::optional<domain::timestamp>& t) {
    return t ? json::value(domain::format_timestamp(*t)) : json::value(nullptr);
}

template <class T>
json::value optional_number(const std::optional<T>& v) {
    return v ? json::value(*v) : json::value(nullptr);
}

// applied_at: the stamp, else the OfferTracker applied date at midnight UTC (docs/pipeline.md §4).
std::optional<domain::timestamp> applied_at(const domain::application& a) {
    if (a.applied_at) return a.applied_at;
    if (a.applied_date) return std::chrono::time_point_cast<std::chrono::microseconds>(std::chrono::sys_days{*a.applied_date});
    return std::nullopt;
}

json::object counts_of(const std::vector<pipeline::count_by>& counts) {
    json::object out;
    for (const auto& c : counts) out[c.key] = c.count;
    return out;
}

}  // namespace

json::object job_view(const domain::application& a) {
    return {
        {"id", a.id},
        {"user_id", a.user_id},
        {"company_name", a.company_name},
        {"job_title", a.role_title},
        {"job_description", optional_text(a.description)},
        {"job_url", optional_text(a.url)},
        {"source", pipeline::source_word(a.applied_source)},
        {"status", pipeline::status_word(a.status)},
        {"location", optional_text(a.location)},
        {"is_remote", a.work_mode == domain::work_mode::remote},
        {"ai_match_score", optional_number(a.ai_match_score)},
        {"ai_reasoning", optional_text(a.ai_reasoning)},
        {"applied_at", optional_instant(applied_at(a))},
        {"interview_at", optional_instant(a.interview_at)},
        {"offer_at", optional_instant(a.offer_at)},
        {"rejected_at", optional_instant(a.rejected_at)},
        {"salary_min", optional_number(a.salary_min)},
        {"salary_max", optional_number(a.salary_max)},
        {"created_at", domain::format_timestamp(a.created_at)},
        {"updated_at", domain::format_timestamp(a.updated_at)},
        {"deleted_at", optional_instant(a.deleted_at)},
    };
}

json::object user_view(const domain::user& u) {
    return {{"id", u.id},
            {"email", u.email},
            {"name", u.display_name.value_or(u.username)},
            {"created_at", domain::format_timestamp(u.created_at)}};
}

json::object run_view(const pipeline::scraper_run& r) {
    return {{"id", r.id},
            {"url", r.url},
            {"status", domain::to_string(r.status)},
            {"job_id", optional_text(r.job_id)},
            {"created", r.created},
            {"error", optional_text(r.error)},
            {"created_at", domain::format_timestamp(r.created_at)},
            {"finished_at", optional_instant(r.finished_at)}};
}

json::object score_view(const pipeline::scored_job& s) {
    return {{"job_id", s.job.id},
            {"ai_match_score", s.score.score},
            {"band", s.score.band},
            {"ai_reasoning", s.score.reasoning},
            {"matched_skills", kit::array_of(s.score.matched, [](const std::string& x) { return json::value(x); })},
            {"missing_skills", kit::array_of(s.score.missing, [](const std::string& x) { return json::value(x); })}};
}

json::object insight_view(const pipeline::insight& i, domain::timestamp generated_at) {
    json::object metrics;
    for (const auto& m : i.metrics) metrics[m.name] = m.value;
    return {{"type", pipeline::to_string(i.type)},
            {"title", i.title},
            {"content", i.content},
            {"priority", i.priority},
            {"metadata",
             json::object{{"metrics", std::move(metrics)},
                          {"job_ids", kit::array_of(i.job_ids, [](const domain::id& x) { return json::value(x); })}}},
            {"generated_at", domain::format_timestamp(generated_at)}};
}

json::object dashboard_view(const pipeline::dashboard_view& d) {
    const auto& n = d.numbers;
    json::array over_time;
    for (const auto& day : n.applications_over_time)
        over_time.push_back(json::object{{"date", domain::format_date(day.day)}, {"count", day.count}});
    json::array activities;
    for (const auto& e : d.activities)
        activities.push_back(json::object{{"id", e.id},
                                          {"action", e.action},
                                          {"description", e.description},
                                          {"jobId", optional_text(e.application_id)},
                                          {"createdAt", domain::format_timestamp(e.created_at)}});
    return {{"totalApplications", n.total_applications},
            {"applicationsChange", n.applications_change},
            {"activeCompanies", n.active_companies},
            {"interviewRate", n.interview_rate},
            {"responseRate", n.response_rate},
            {"avgResponseTime", optional_number(n.avg_response_time)},
            {"avgMatchScore", optional_number(n.avg_match_score)},
            {"byStatus", counts_of(n.by_status)},
            {"bySource", counts_of(n.by_source)},
            {"applicationsOverTime", std::move(over_time)},
            {"activities", std::move(activities)}};
}

json::object timeline_point_view(const pipeline::timeline_point& p) {
    return {{"date", domain::format_date(p.day)},
            {"applications", p.applications},
            {"interviews", p.interviews},
            {"offers", p.offers},
            {"rejections", p.rejections}};
}

}  // namespace offertracker::adapters::http::pipeline_api
