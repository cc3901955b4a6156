// Webhook payloads and their enqueueing.
#include "webhook_events.hpp"

#include <algorithm>
#include <offertracker/domain/json_text.hpp>

namespace offertracker::recruiting::detail {
namespace {

using domain::json_object_text;

void add(json_object_text& o, std::string_view key, const std::optional<std::string>& v) {
    if (v)
        o.add(key, std::string_view{*v});
    else
        o.add_null(key);
}

template <class Number>
void add_number(json_object_text& o, std::string_view key, const std::optional<Number>& v) {
    if (v)
        o.add(key, static_cast<long long>(*v));
    else
        o.add_null(key);
}

}  // namespace

std::string job_json(const job& j) {
    json_object_text o;
    o.add("id", static_cast<long long>(j.id))
        .add("org_id", static_cast<long long>(j.org_id))
        .add("created_by_user_id", static_cast<long long>(j.created_by_user_id))
        .add("title", std::string_view{j.title});
    add(o, "department", j.department);
    add(o, "location", j.location);
    add(o, "employment_type", j.employment_type);
    add(o, "remote_option", j.remote_option);
    add_number(o, "salary_min", j.salary_min);
    add_number(o, "salary_max", j.salary_max);
    add(o, "currency", j.currency);
    add(o, "description", j.description);
    o.add("required_skills", j.required_skills).add("nice_to_have_skills", j.nice_to_have_skills);
    add_number(o, "min_years", j.min_years);
    o.add("status", domain::to_string(j.status)).add("is_public", j.is_public);
    return o.str();
}

std::string candidate_json(const candidate& c) {
    json_object_text o;
    o.add("id", static_cast<long long>(c.id))
        .add("org_id", static_cast<long long>(c.org_id))
        .add("full_name", std::string_view{c.full_name});
    add(o, "headline", c.headline);
    add(o, "location", c.location);
    add_number(o, "experience_years", c.experience_years);
    add(o, "current_title", c.current_title);
    add(o, "current_company", c.current_company);
    add(o, "linkedin_url", c.linkedin_url);
    add(o, "github_url", c.github_url);
    add(o, "website_url", c.website_url);
    add(o, "notes", c.notes);
    add(o, "email", c.email);
    add(o, "phone", c.phone);
    o.add("skills", c.skills);
    return o.str();
}

namespace {

json_object_text application_object(const application& a) {
    json_object_text o;
    o.add("id", static_cast<long long>(a.id))
        .add("org_id", static_cast<long long>(a.org_id))
        .add("job_id", static_cast<long long>(a.job_id))
        .add("candidate_id", static_cast<long long>(a.candidate_id))
        .add("status", domain::to_string(a.status))
        .add("source", domain::to_string(a.source));
    add_number(o, "fit_score", a.fit_score);
    return o;
}

}  // namespace

std::string application_json(const application& a) { return application_object(a).str(); }

std::string status_changed_json(const application& a, application_status from) {
    return application_object(a).add("from_status", domain::to_string(from)).str();
}

std::string match_json(const match_log& m) {
    return json_object_text{}
        .add("job_id", static_cast<long long>(m.job_id))
        .add("candidate_id", static_cast<long long>(m.candidate_id))
        .add("score", static_cast<long long>(m.score))
        .add("strategy", domain::to_string(m.strategy))
        .add("reason", std::string_view{m.reason})
        .add("requested_by_user_id", static_cast<long long>(m.requested_by_user_id))
        .str();
}

std::string webhook_payload(webhook_event event, record_id org_id, domain::timestamp occurred_at,
                            const std::string& data_json) {
    return json_object_text{}
        .add("event", domain::to_string(event))
        .add("org_id", static_cast<long long>(org_id))
        .add("occurred_at", std::string_view{domain::format_timestamp(occurred_at)})
        .add_raw("data", data_json)
        .str();
}

std::size_t announce(ports::recruiting_unit_of_work& uow, record_id org_id, webhook_event event, domain::timestamp now,
                     const std::vector<std::string>& data_jsons) {
    if (data_jsons.empty()) return 0;
    std::size_t queued = 0;
    std::vector<std::string> payloads;  // built once, only when someone listens
    for (const auto& endpoint : uow.webhooks().list(org_id)) {
        if (!endpoint.active) continue;
        if (std::find(endpoint.events.begin(), endpoint.events.end(), event) == endpoint.events.end()) continue;
        if (payloads.empty())
            for (const auto& data_json : data_jsons) payloads.push_back(webhook_payload(event, org_id, now, data_json));
        for (const auto& payload : payloads) {
            webhook_delivery d;
            d.org_id = org_id;
            d.endpoint_id = endpoint.id;
            d.event = event;
            d.payload = payload;
            d.state = delivery_state::pending;
            d.attempts = 0;
            d.next_attempt_at = now;
            d.created_at = now;
            uow.webhooks().enqueue(d);
            ++queued;
        }
    }
    return queued;
}

}  // namespace offertracker::recruiting::detail
