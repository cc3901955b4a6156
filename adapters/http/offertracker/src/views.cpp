// JSON renderings of the seed's response models.
#include "views.hpp"

#include <offertracker/domain/enums.hpp>

#include <offertracker/http/kit/json_values.hpp>

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
using kit::embedded;
using kit::opt;
using kit::when;
json::object user_view(const domain::user& u) {
    return {{"id", u.id},
            {"email", u.email},
            {"username", u.username},
            {"display_name", opt(u.display_name)},
            {"bio", opt(u.bio)},
            {"is_profile_public", u.is_profile_public},
            {"profile_visibility", domain::to_string(u.visibility)},
            {"streak_days", u.streak_days},
            {"last_active_date", opt(u.last_active_date)},
            {"created_at", when(u.created_at)},
            {"updated_at", when(u.updated_at)}};
}

json::object public_profile_view(const domain::user& u) {
    return {{"id", u.id},
            {"username", u.username},
            {"display_name", opt(u.display_name)},
            {"bio", opt(u.bio)},
            {"profile_visibility", domain::to_string(u.visibility)},
            {"streak_days", u.streak_days},
            {"created_at", when(u.created_at)}};
}

json::object resume_view(const context& c, const domain::resume& r) {
    return {{"id", r.id},
            {"user_id", r.user_id},
            {"version_name", r.version_name},
            {"notes", opt(r.notes)},
            {"file_url", opt(c.file_link(r))},
            {"created_at", when(r.created_at)},
            {"updated_at", when(r.updated_at)}};
}

json::object stage_view(const domain::stage& s) {
    json::array questions;
    for (const auto& q : s.questions_asked) questions.emplace_back(q);
    return {{"id", s.id},
            {"application_id", s.application_id},
            {"stage_name", s.stage_name},
            {"stage_type", opt(s.stage_type)},
            {"stage_date", domain::format_date(s.stage_date)},
            {"result", domain::to_string(s.result)},
            {"duration_minutes", opt(s.duration_minutes)},
            {"interviewer_names", opt(s.interviewer_names)},
            {"prep_notes", opt(s.prep_notes)},
            {"questions_asked", std::move(questions)},
            {"notes", opt(s.notes)},
            {"created_at", when(s.created_at)},
            {"updated_at", when(s.updated_at)}};
}

json::object outcome_view(const domain::outcome& o) {
    return {{"id", o.id},
            {"application_id", o.application_id},
            {"status", opt(o.status)},
            {"salary", opt(o.salary)},
            {"salary_currency", o.salary_currency},
            {"bonus", opt(o.bonus)},
            {"equity", opt(o.equity)},
            {"benefits", opt(o.benefits)},
            {"start_date", opt(o.start_date)},
            {"deadline", opt(o.deadline)},
            {"negotiation_notes", opt(o.negotiation_notes)},
            {"notes", opt(o.notes)},
            {"created_at", when(o.created_at)},
            {"updated_at", when(o.updated_at)}};
}

json::object reflection_view(const domain::reflection& r) {
    return {{"id", r.id},
            {"application_id", r.application_id},
            {"what_worked", opt(r.what_worked)},
            {"what_failed", opt(r.what_failed)},
            {"skill_gaps", embedded(r.skill_gaps_json)},
            {"improvement_plan", opt(r.improvement_plan)},
            {"created_at", when(r.created_at)},
            {"updated_at", when(r.updated_at)}};
}

json::object application_view(const usecases::application_view& v) {
    const auto& a = v.application;
    return {{"id", a.id},
            {"user_id", a.user_id},
            {"company_name", a.company_name},
            {"role_title", a.role_title},
            {"url", opt(a.url)},
            {"description", opt(a.description)},
            {"location", opt(a.location)},
            {"job_type", opt(a.job_type)},
            {"work_mode", opt(a.work_mode)},
            {"salary_min", opt(a.salary_min)},
            {"salary_max", opt(a.salary_max)},
            {"salary_currency", a.salary_currency},
            {"applied_source", opt(a.applied_source)},
            {"applied_date", opt(a.applied_date)},
            {"follow_up_date", opt(a.follow_up_date)},
            {"priority", opt(a.priority)},
            {"notes", opt(a.notes)},
            {"status", domain::to_string(a.status)},
            {"resume_version_id", opt(a.resume_version_id)},
            {"created_at", when(a.created_at)},
            {"updated_at", when(a.updated_at)},
            {"stages", array_of(v.stages, stage_view)},
            {"outcome", v.outcome ? json::value(outcome_view(*v.outcome)) : json::value(nullptr)},
            {"reflection", v.reflection ? json::value(reflection_view(*v.reflection)) : json::value(nullptr)}};
}

json::object activity_view(const domain::activity_entry& e) {
    json::value metadata = embedded(e.metadata_json);
    if (!metadata.is_object()) metadata = json::object{};
    return {{"id", e.id},
            {"user_id", e.user_id},
            {"application_id", opt(e.application_id)},
            {"action", e.action},
            {"description", e.description},
            {"metadata", std::move(metadata)},
            {"created_at", when(e.created_at)}};
}

}  // namespace offertracker::adapters::http::offertracker_api
