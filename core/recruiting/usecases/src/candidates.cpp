// Candidates of the member's org.
#include <offertracker/recruiting/candidates.hpp>

#include "candidate_rules.hpp"
#include "support.hpp"

namespace offertracker::recruiting {
namespace {

constexpr std::string_view candidate_not_found = "Candidate not found";


}  // namespace

std::optional<domain::error> check(const create_candidate_command& cmd) { return detail::check_candidate(cmd); }

std::optional<domain::error> check(const update_candidate_command& cmd) {
    domain::validator v;
    v.not_null("full_name", cmd.full_name, "string");
    v.not_null("skills", cmd.skills, "array");
    if (cmd.full_name && *cmd.full_name)
        detail::required_text(v, "full_name", **cmd.full_name, detail::max_candidate_text);
    v.max_length("headline", cmd.headline, detail::max_candidate_text);
    v.max_length("location", cmd.location, detail::max_candidate_text);
    if (cmd.experience_years)
        detail::within(v, "experience_years", *cmd.experience_years, 0, detail::max_experience_years);
    v.max_length("current_title", cmd.current_title, detail::max_candidate_text);
    v.max_length("current_company", cmd.current_company, detail::max_candidate_text);
    detail::url(v, "linkedin_url", cmd.linkedin_url);
    detail::url(v, "github_url", cmd.github_url);
    detail::url(v, "website_url", cmd.website_url);
    v.max_length("notes", cmd.notes, detail::max_candidate_notes);
    if (cmd.email && *cmd.email) v.email("email", **cmd.email);
    v.max_length("phone", cmd.phone, detail::max_candidate_text);
    if (cmd.skills && *cmd.skills) detail::skills(v, "skills", **cmd.skills);
    return std::move(v).finish();
}

domain::result<created_candidate> create_candidate(services& s, const recruiter& who,
                                                   const create_candidate_command& cmd) {
    if (auto e = check(cmd)) return std::move(*e);
    return detail::in_write(
        s, who, detail::need::write,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<created_candidate> {
            const auto now = s.clock.now();
            auto created = detail::add_candidate(uow, detail::make_candidate(cmd, m.org_id, now), now);
            uow.commit();
            return created;
        });
}

domain::result<candidate> get_candidate(services& s, const recruiter& who, record_id id) {
    return detail::in_read(s, who, detail::need::read,
                           [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<candidate> {
                               auto c = uow.candidates().get(m.org_id, id);
                               if (!c) return domain::error::not_found(std::string(candidate_not_found));
                               return std::move(*c);
                           });
}

domain::result<ports::counted<candidate>> list_candidates(services& s, const recruiter& who,
                                                          const std::optional<std::string>& name_contains,
                                                          ports::page p) {
    domain::validator v;
    v.text("q", name_contains);
    if (auto e = std::move(v).finish()) return std::move(*e);
    return detail::in_read(
        s, who, detail::need::read,
        [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<ports::counted<candidate>> {
            return uow.candidates().list(m.org_id, name_contains, p);
        });
}

domain::result<candidate> update_candidate(services& s, const recruiter& who, record_id id,
                                           const update_candidate_command& cmd) {
    if (auto e = check(cmd)) return std::move(*e);
    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<candidate> {
                                auto c = uow.candidates().get(m.org_id, id);
                                if (!c) return domain::error::not_found(std::string(candidate_not_found));
                                if (cmd.full_name) c->full_name = std::string(detail::trim(**cmd.full_name));
                                domain::apply(cmd.headline, c->headline);
                                domain::apply(cmd.location, c->location);
                                if (cmd.experience_years) {
                                    c->experience_years.reset();
                                    if (*cmd.experience_years)
                                        c->experience_years = static_cast<int>(**cmd.experience_years);
                                }
                                domain::apply(cmd.current_title, c->current_title);
                                domain::apply(cmd.current_company, c->current_company);
                                domain::apply(cmd.linkedin_url, c->linkedin_url);
                                domain::apply(cmd.github_url, c->github_url);
                                domain::apply(cmd.website_url, c->website_url);
                                domain::apply(cmd.notes, c->notes);
                                domain::apply(cmd.email, c->email);
                                domain::apply(cmd.phone, c->phone);
                                if (cmd.skills) c->skills = detail::clean_skills(**cmd.skills);
                                c->updated_at = s.clock.now();
                                if (!uow.candidates().update(*c))
                                    return domain::error::not_found(std::string(candidate_not_found));
                                uow.commit();
                                return std::move(*c);
                            });
}

domain::result<domain::done> delete_candidate(services& s, const recruiter& who, record_id id) {
    return detail::in_write(s, who, detail::need::write,
                            [&](ports::recruiting_unit_of_work& uow, const member& m) -> domain::result<domain::done> {
                                if (!uow.candidates().remove(m.org_id, id))
                                    return domain::error::not_found(std::string(candidate_not_found));
                                uow.commit();
                                return domain::done{};
                            });
}

}  // namespace offertracker::recruiting
