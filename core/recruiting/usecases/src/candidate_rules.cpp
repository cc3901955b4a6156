// The checks and construction of candidates.
#include "candidate_rules.hpp"

#include "support.hpp"
#include "webhook_events.hpp"

namespace offertracker::recruiting::detail {

std::optional<domain::error> check_candidate(const create_candidate_command& cmd) {
    domain::validator v;
    required_text(v, "full_name", cmd.full_name, max_candidate_text);
    v.max_length("headline", cmd.headline, max_candidate_text);
    v.max_length("location", cmd.location, max_candidate_text);
    within(v, "experience_years", cmd.experience_years, 0, max_experience_years);
    v.max_length("current_title", cmd.current_title, max_candidate_text);
    v.max_length("current_company", cmd.current_company, max_candidate_text);
    url(v, "linkedin_url", cmd.linkedin_url);
    url(v, "github_url", cmd.github_url);
    url(v, "website_url", cmd.website_url);
    v.max_length("notes", cmd.notes, max_candidate_notes);
    if (cmd.email) v.email("email", *cmd.email);
    v.max_length("phone", cmd.phone, max_candidate_text);
    if (cmd.skills) skills(v, "skills", *cmd.skills);
    v.max_length("resume_text", cmd.resume_text, max_candidate_notes);
    return std::move(v).finish();
}

candidate make_candidate(const create_candidate_command& cmd, record_id org_id, domain::timestamp now) {
    candidate c;
    c.org_id = org_id;
    c.full_name = std::string(trim(cmd.full_name));
    c.headline = cmd.headline;
    c.location = cmd.location;
    if (cmd.experience_years) c.experience_years = static_cast<int>(*cmd.experience_years);
    c.current_title = cmd.current_title;
    c.current_company = cmd.current_company;
    c.linkedin_url = cmd.linkedin_url;
    c.github_url = cmd.github_url;
    c.website_url = cmd.website_url;
    c.notes = cmd.notes;
    c.email = cmd.email;
    c.phone = cmd.phone;
    if (cmd.skills) c.skills = clean_skills(*cmd.skills);
    c.resume_text = cmd.resume_text;
    c.created_at = c.updated_at = now;
    return c;
}

std::vector<record_id> similar_to(ports::recruiting_unit_of_work& uow, const candidate& c) {
    std::vector<std::string> urls;
    for (const auto* u : {&c.linkedin_url, &c.github_url, &c.website_url})
        if (*u && !u->value().empty()) urls.push_back(**u);
    return uow.candidates().find_similar(c.org_id, c.email, urls, c.id);
}

created_candidate add_candidate(ports::recruiting_unit_of_work& uow, candidate c, domain::timestamp now) {
    c.id = uow.candidates().create(c);
    announce(uow, c.org_id, webhook_event::candidate_created, now, candidate_json(c));
    auto similar = similar_to(uow, c);
    return created_candidate{std::move(c), std::move(similar)};
}

}  // namespace offertracker::recruiting::detail
