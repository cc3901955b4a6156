// Records to JSON, field by field in the seed's order.
#include "views.hpp"

#include <offertracker/http/kit/json_values.hpp>

namespace offertracker::adapters::http::recruiting_api {
namespace json = boost::json;
using kit::opt;
using kit::when;

namespace {

json::array strings(const std::vector<std::string>& values) {
    json::array out;
    for (const auto& v : values) out.emplace_back(v);
    return out;
}

}  // namespace

json::object user_view(const recruiting::member& m) {
    return {{"id", m.id},
            {"email", m.email},
            {"full_name", m.full_name},
            {"role", domain::to_string(m.role)},
            {"org_id", m.org_id},
            {"is_active", m.active}};
}

json::object job_view(const recruiting::job& j) {
    return {{"id", j.id},
            {"org_id", j.org_id},
            {"created_by_user_id", j.created_by_user_id},
            {"title", j.title},
            {"department", opt(j.department)},
            {"location", opt(j.location)},
            {"employment_type", opt(j.employment_type)},
            {"remote_option", opt(j.remote_option)},
            {"salary_min", opt(j.salary_min)},
            {"salary_max", opt(j.salary_max)},
            {"currency", opt(j.currency)},
            {"description", opt(j.description)},
            {"required_skills", strings(j.required_skills)},
            {"nice_to_have_skills", strings(j.nice_to_have_skills)},
            {"status", domain::to_string(j.status)},
            {"is_public", j.is_public},
            {"min_years", opt(j.min_years)}};
}

json::object candidate_view(const recruiting::candidate& c) {
    return {{"id", c.id},
            {"org_id", c.org_id},
            {"full_name", c.full_name},
            {"headline", opt(c.headline)},
            {"location", opt(c.location)},
            {"experience_years", opt(c.experience_years)},
            {"current_title", opt(c.current_title)},
            {"current_company", opt(c.current_company)},
            {"linkedin_url", opt(c.linkedin_url)},
            {"github_url", opt(c.github_url)},
            {"website_url", opt(c.website_url)},
            {"notes", opt(c.notes)},
            {"email", opt(c.email)},
            {"phone", opt(c.phone)},
            {"skills", strings(c.skills)}};
}

json::object application_view(const recruiting::application& a) {
    return {{"id", a.id},
            {"org_id", a.org_id},
            {"job_id", a.job_id},
            {"candidate_id", a.candidate_id},
            {"status", domain::to_string(a.status)},
            {"source", domain::to_string(a.source)},
            {"fit_score", opt(a.fit_score)}};
}

json::object status_change_view(const recruiting::status_change& s) {
    return {{"id", s.id},
            {"application_id", s.application_id},
            {"from_status", opt(s.from_status)},
            {"to_status", domain::to_string(s.to_status)},
            {"changed_by_user_id", s.changed_by_user_id},
            {"changed_at", when(s.changed_at)}};
}

json::object pipeline_view(const recruiting::job_pipeline& p) {
    json::object counts;
    for (const auto& [status, n] : p.counts) counts[domain::to_string(status)] = n;
    return {{"job_id", p.job_id}, {"counts", std::move(counts)}, {"total", p.total}};
}

json::object webhook_view(const recruiting::webhook_endpoint& w) {
    json::array events;
    for (const auto e : w.events) events.emplace_back(domain::to_string(e));
    return {{"id", w.id},
            {"org_id", w.org_id},
            {"url", w.url},
            {"events", std::move(events)},
            {"is_active", w.active},
            {"created_at", when(w.created_at)}};
}

json::object delivery_view(const recruiting::delivery_with_attempts& d) {
    const auto& row = d.delivery;
    json::array attempts;
    for (const auto& a : d.attempts)
        attempts.push_back(json::object{{"attempt", a.attempt},
                                        {"at", when(a.at)},
                                        {"status_code", opt(a.status_code)},
                                        {"error", a.error},
                                        {"duration_ms", a.duration_ms}});
    return {{"id", row.id},
            {"webhook_id", row.endpoint_id},
            {"event", domain::to_string(row.event)},
            {"state", domain::to_string(row.state)},
            {"attempts", row.attempts},
            {"next_attempt_at", row.state == recruiting::delivery_state::pending ? json::value(when(row.next_attempt_at))
                                                                                   : json::value(nullptr)},
            {"created_at", when(row.created_at)},
            {"delivered_at", opt(row.delivered_at)},
            {"payload", kit::embedded(row.payload)},
            {"attempt_log", std::move(attempts)}};
}

}  // namespace offertracker::adapters::http::recruiting_api
