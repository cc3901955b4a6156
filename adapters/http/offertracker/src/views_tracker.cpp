// JSON renderings of the tracker's response models: exactly the seed's fields, enums as their wire strings.
#include "views_tracker.hpp"

#include <offertracker/domain/enums.hpp>

#include <offertracker/http/kit/json_values.hpp>

namespace offertracker::adapters::http::offertracker_api {
namespace json = boost::json;
using kit::opt;
using kit::when;
json::object contact_view(const domain::contact& c) {
    return {{"id", c.id},
            {"user_id", c.user_id},
            {"application_id", opt(c.application_id)},
            {"name", c.name},
            {"email", opt(c.email)},
            {"phone", opt(c.phone)},
            {"role_title", opt(c.role_title)},
            {"company", opt(c.company)},
            {"contact_type", domain::to_string(c.contact_type)},
            {"linkedin_url", opt(c.linkedin_url)},
            {"notes", opt(c.notes)},
            {"last_contacted", opt(c.last_contacted)},
            {"created_at", when(c.created_at)},
            {"updated_at", when(c.updated_at)}};
}

json::object document_view(const domain::document& d) {
    return {{"id", d.id},
            {"application_id", d.application_id},
            {"doc_type", domain::to_string(d.doc_type)},
            {"name", d.name},
            {"file_url", opt(d.file_url)},
            {"notes", opt(d.notes)},
            {"created_at", when(d.created_at)},
            {"updated_at", when(d.updated_at)}};
}

json::object reminder_view(const domain::reminder& r) {
    return {{"id", r.id},
            {"user_id", r.user_id},
            {"application_id", opt(r.application_id)},
            {"title", r.title},
            {"description", opt(r.description)},
            {"remind_at", when(r.remind_at)},
            {"reminder_type", domain::to_string(r.reminder_type)},
            {"is_completed", r.is_completed},
            {"completed_at", opt(r.completed_at)},
            {"created_at", when(r.created_at)},
            {"updated_at", when(r.updated_at)}};
}

json::object tag_view(const domain::tag& t) {
    return {{"id", t.id}, {"user_id", t.user_id}, {"name", t.name}, {"color", t.color}, {"created_at", when(t.created_at)}};
}

json::object application_tag_view(const usecases::application_tag_view& v) {
    return {{"id", v.link.id},
            {"application_id", v.link.application_id},
            {"tag_id", v.link.tag_id},
            {"created_at", when(v.link.created_at)},
            {"tag", v.tag ? json::value(tag_view(*v.tag)) : json::value(nullptr)}};
}

json::object saved_job_view(const domain::saved_job& j) {
    return {{"id", j.id},
            {"user_id", j.user_id},
            {"company_name", j.company_name},
            {"role_title", opt(j.role_title)},
            {"url", opt(j.url)},
            {"company_website", opt(j.company_website)},
            {"location", opt(j.location)},
            {"job_type", opt(j.job_type)},
            {"work_mode", opt(j.work_mode)},
            {"salary_range_min", opt(j.salary_range_min)},
            {"salary_range_max", opt(j.salary_range_max)},
            {"salary_currency", j.salary_currency},
            {"priority", domain::to_string(j.priority)},
            {"source", opt(j.source)},
            {"notes", opt(j.notes)},
            {"deadline", opt(j.deadline)},
            {"excitement_level", opt(j.excitement_level)},
            {"status", domain::to_string(j.status)},
            {"converted_to_application_id", opt(j.converted_to_application_id)},
            {"created_at", when(j.created_at)},
            {"updated_at", when(j.updated_at)}};
}

}  // namespace offertracker::adapters::http::offertracker_api
